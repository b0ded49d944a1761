/**
 * What the Environments resolvers (`environmentVersions.ts`) answer, for the admin page: plain
 * types without runtime imports, so the browser build can use them.
 */

/** Where a version comes from: a report's source, or the contract. */
export type VersionSourceView = 'pipeline' | 'admin' | 'resolver' | 'contract';

/** Whether a pipeline secret is set, when (ISO 8601) and by whom: never the secret. */
export interface EnvironmentSecretStatusView {
  readonly set: boolean;
  readonly setAt: string | null;
  readonly setBy: string | null;
}

export interface HistoryEntryView {
  readonly reportId: string;
  readonly version: string;
  readonly source: Exclude<VersionSourceView, 'contract'>;
  readonly reportedBy: string;
  readonly reportedAt: string;
}

export interface WaitingCaseView {
  readonly caseId: string;
  readonly caseKey: string;
  readonly devKey: string;
  readonly fixedIn: string;
  /** The closing's status when one is under way ('pending', 'commented', 'failed'), else null. */
  readonly closure: string | null;
  /** Whether the version the environment runs has the fix (its closing is on the way). */
  readonly fixReached: boolean;
}

export interface EnvironmentVersionView {
  readonly id: string;
  readonly name: string;
  readonly customer: string;
  readonly product: string;
  /** What it runs; null when neither a report nor the contract says. */
  readonly version: string | null;
  readonly source: VersionSourceView;
  readonly reportedAt: string | null;
  readonly reportedBy: string | null;
  /** Newest first, bounded. */
  readonly history: readonly HistoryEntryView[];
  readonly waiting: readonly WaitingCaseView[];
  readonly secret: EnvironmentSecretStatusView;
}

export interface EnvironmentVersionsView {
  /** The URL pipelines POST to (`environment-version` web trigger). */
  readonly webTriggerUrl: string;
  readonly environments: readonly EnvironmentVersionView[];
}
