/**
 * What the Risk score tab's resolvers answer (`risks.ts`), shared with the tab's screens.
 */
import type { RiskSettings } from '../domain/risk/riskSettings';
import type { RiskFields } from '../domain/risk/riskRecord';
import type { RiskApprover, RiskRegisterEntry, RiskScoreTrend } from '../domain/risk/riskTrend';
import type { SettingsView } from './settingsView';

export type { RiskSettings, RiskFields, RiskApprover, RiskRegisterEntry, RiskScoreTrend };

/** Display names by account id, as the viewer may see them; an id absent shows as itself. */
export type AccountNames = Readonly<Record<string, string>>;

/** A stored revision of an area's score for a month. */
export interface RiskScoreRevisionView {
  readonly areaId: string;
  readonly month: string;
  readonly revision: number;
  readonly score: number;
  readonly source: 'entered' | 'register';
  readonly note: string | null;
  readonly scoredBy: string;
  readonly scoredAt: number;
}

/** A drop and its action plan: the issue once created, Jira's refusal while it is retried. */
export interface RiskDropView {
  readonly areaId: string;
  readonly month: string;
  readonly from: number;
  readonly to: number;
  readonly issueKey: string | null;
  readonly refused: string | null;
}

/** `getRiskScores`. */
export interface RiskScoresView {
  readonly from: string;
  readonly to: string;
  /** The viewer's current month: scores may be entered up to it. */
  readonly currentMonth: string;
  readonly canEdit: boolean;
  readonly trend: RiskScoreTrend;
  /** Each area's score source, by area id. */
  readonly sources: Readonly<Record<string, 'entered' | 'register'>>;
  /** Per month, the names of the areas without a score (the composite is then null). */
  readonly missing: readonly { readonly month: string; readonly areas: readonly string[] }[];
  readonly drops: readonly RiskDropView[];
  readonly revisions: readonly RiskScoreRevisionView[];
  /** The areas' owners' and the scorers' display names. */
  readonly names: AccountNames;
}

/** `getRiskSettings`. */
export type RiskSettingsView = SettingsView<RiskSettings> & {
  /** The areas' owners' and the saver's display names. */
  readonly names: AccountNames;
};

export interface RiskRevisionView extends RiskFields {
  readonly riskId: string;
  readonly revision: number;
  readonly changedBy: string;
  readonly changedAt: number;
}

export interface RiskApprovalView {
  readonly approvalId: string;
  readonly riskId: string;
  readonly revision: number;
  readonly level: RiskFields['level'];
  readonly body: RiskApprover;
  readonly approvedBy: string;
  readonly approvedAt: number;
  readonly note: string | null;
}

/** A risk of `getRiskRegister`: as it stands, its revisions and approvals. */
export interface RiskView extends RiskRegisterEntry {
  readonly description: string;
  readonly status: 'open' | 'closed';
  readonly revision: number;
  readonly approvalDue: boolean;
  readonly history: readonly RiskRevisionView[];
  readonly approvals: readonly RiskApprovalView[];
}

export interface RiskRegisterView {
  readonly risks: readonly RiskView[];
  /** The owners', editors' and approvers' display names. */
  readonly names: AccountNames;
}
