/**
 * What the resolvers answer, shared by the Custom UI apps in `static/` (type-only imports).
 * Every resolver answers with a `ResolverResult`, so the screens get the same envelope on
 * Forge and in the simulator and can show an error at the field it is about.
 */
import type { Contract, PartChanges } from '../domain/contract';
import type { ContractVersion } from '../domain/contract/contractVersion';
import type { OpeningDay } from '../domain/calendar/openingHoursPreview';
import type { GoalEvaluation, NextAction } from '../domain/sla';
import type { ChangePreview } from '../domain/sla/changePreview';
import type { CustomerReport } from '../domain/reports/customerReport';
import type { ReportDeliverySettings } from '../domain/reports/reportDelivery';
import type { ValidationError } from '../domain/validation';
import type { AppSettings } from '../storage/appSettings';

/**
 * `storage`: Forge storage refused a write (its code is in the message); nothing was saved.
 * `busy`: Jira kept failing or rate limiting for longer than a resolver may wait; the message
 * says when to try again.
 */
export type ResolverErrorCode =
  'invalid' | 'forbidden' | 'notFound' | 'conflict' | 'storage' | 'busy' | 'failed';

export interface ResolverFailure {
  readonly code: ResolverErrorCode;
  readonly message: string;
  /** For `invalid`: every problem, with the JSON path of the field it is about. */
  readonly errors?: readonly ValidationError[];
}

export type ResolverResult<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly error: ResolverFailure };

/** The issue panel: one call gives all it shows. */
export interface IssueSlaView {
  readonly issueKey: string;
  /** The instant the evaluation was made for (the simulator's clock in the simulator). */
  readonly now: string;
  /** The viewer's time zone, from their Jira profile. */
  readonly timeZone: string;
  readonly agreement: { readonly id: string; readonly name: string } | null;
  /** Why no agreement applies, in words. */
  readonly reason?: string;
  readonly customer: { readonly id: string; readonly name: string } | null;
  readonly environment: {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
  } | null;
  readonly product: string | null;
  readonly priority: {
    readonly id: string;
    readonly name: string;
    readonly rank: number;
    readonly model: { readonly id: string; readonly name: string };
    readonly jiraPriority: string;
  } | null;
  readonly contractVersion: number | null;
  /** All goals for staff; for a customer only those promised to them, no internal one. */
  readonly goals: readonly GoalEvaluation[];
  /** Among the goals shown: a customer's next action never comes from an internal goal. */
  readonly nextAction: NextAction | null;
}

export interface WorkListFilters {
  readonly customer?: string;
  readonly product?: string;
  /** A Jira group: issues assigned to its members. */
  readonly team?: string;
  /** Only issues assigned to the viewer. */
  readonly mine?: boolean;
}

export interface WorkListRow {
  readonly key: string;
  readonly summary: string;
  readonly status: string;
  readonly assignee: string | null;
  readonly customer: { readonly id: string; readonly name: string } | null;
  readonly jiraPriority: string;
  readonly priority: {
    readonly name: string;
    readonly rank: number;
    readonly model: string;
  } | null;
  /** As on the issue panel: for a customer, from the goals promised to them only. */
  readonly nextAction: NextAction | null;
  /** The most urgent open goal (for a customer, of the goals promised to them). */
  readonly urgent: {
    readonly goal: string;
    readonly name: string;
    readonly state: GoalEvaluation['state'];
    readonly breached: boolean;
    readonly deadline: string | null;
    readonly remainingMs: number;
  } | null;
  readonly tier: 'breached' | 'atRisk' | 'onTrack';
}

export interface WorkListPage {
  readonly now: string;
  readonly timeZone: string;
  readonly rows: readonly WorkListRow[];
  readonly nextPageToken: string | null;
  /** What the filters can be set to. */
  readonly options: {
    readonly customers: readonly { readonly id: string; readonly name: string }[];
    readonly products: readonly string[];
    readonly teams: readonly string[];
  };
}

export interface AdminConfig {
  /** The contract in force, or an empty one before the first save. */
  readonly contract: Contract;
  readonly version: number | null;
  /** Every saved version, newest first: who, when, what changed. */
  readonly history: readonly Omit<ContractVersion, 'contract'>[];
  /** Every recalculation of closed issues, newest first. */
  readonly recalculations: readonly RecalculationView[];
  /** The re-evaluation of open issues the version in force started; null when none. */
  readonly reevaluation: ReevaluationRunView | null;
}

export type SaveOutcome =
  | {
      readonly saved: true;
      readonly version: number;
      readonly changes: readonly PartChanges[];
      /** The re-evaluation of the open issues the version can affect; null when it affects none. */
      readonly run: ReevaluationRunView | null;
    }
  | { readonly saved: false; readonly unchanged: true; readonly version: number };

/**
 * `reevaluate`: the open issues a saved version can affect, measured under it. `recalculate`:
 * closed issues of a period an admin chose, measured again under the version in force.
 * `preview`: open issues measured under a draft and the version in force, nothing written.
 */
export type RunKind = 'reevaluate' | 'recalculate' | 'preview';

/** A period of resolution dates, both days included (`YYYY-MM-DD`). */
export interface ResolvedPeriod {
  readonly from: string;
  readonly to: string;
}

/** A re-evaluation run and how far it has got, as the admin page polls it. */
export interface ReevaluationRunView {
  readonly id: string;
  readonly kind: RunKind;
  /** The version the issues are measured under; for a preview, the version in force. */
  readonly contractVersion: number | null;
  readonly startedAt: string;
  readonly startedBy: string;
  /** Issues found so far; the total once `found`. */
  readonly total: number;
  /** Every issue of the run has been found and queued. */
  readonly found: boolean;
  /** Issues measured, and issues whose measuring failed (the app retries those on its own). */
  readonly done: number;
  readonly failed: number;
  /** Of the issues measured, those whose evaluation changed (recalculations count them). */
  readonly changed: number;
  /** When the last issue was measured; null while the run goes on. */
  readonly finishedAt: string | null;
  readonly period?: ResolvedPeriod;
  /** What the draft changes, over the issues measured so far (preview runs). */
  readonly preview?: ChangePreview;
}

/** A recalculation of closed issues, as the History tab lists it. */
export interface RecalculationView {
  readonly runId: string;
  /** The version the issues were measured under. */
  readonly version: number;
  readonly startedAt: string;
  readonly startedBy: string;
  readonly period: ResolvedPeriod;
  /** Its progress: issues recalculated, how many changed, when it finished. */
  readonly run: ReevaluationRunView | null;
}

export interface ImportPreview {
  readonly changes: readonly PartChanges[];
  readonly contract: Contract;
}

/** The admin page's Settings: the field mapping and the fields it can choose from. */
export interface SettingsView {
  readonly settings: AppSettings;
  /** The version of the settings shown (null: never saved, the defaults): a save sends it back. */
  readonly version: number | null;
  /** Custom fields of the site that can name a customer, environment or product. */
  readonly customFields: readonly { readonly id: string; readonly name: string }[];
  /** The site's Team fields (Atlassian Teams): the choices for the team the reports group by. */
  readonly teamFields: readonly { readonly id: string; readonly name: string }[];
  /** The app's own SLA field(s) on this site (one per Forge environment installed). */
  readonly slaFields: readonly { readonly key: string; readonly name: string }[];
}

/** What saving the settings answers: the settings as saved, and their new version. */
export interface SettingsSaved {
  readonly settings: AppSettings;
  readonly version: number;
}

export interface SimulationInput {
  readonly contract: unknown;
  readonly agreement: string;
  readonly issueType: string;
  readonly priority: string;
  /** ISO instant the issue is created. */
  readonly created: string;
  /** Stretches the issue waits in a pausing status. */
  readonly pauses?: readonly {
    readonly status: string;
    readonly from: string;
    readonly to: string;
  }[];
}

export interface SimulationResult {
  readonly goals: readonly {
    readonly goal: string;
    readonly name: string;
    readonly targetMs: number;
    readonly calendar: string;
    readonly deadline: string | null;
    readonly state: GoalEvaluation['state'];
  }[];
}

export interface CalendarPreviewInput {
  readonly contract: unknown;
  readonly calendar: string;
  /** `YYYY-MM-DD`, the first local date shown. */
  readonly from: string;
  readonly days?: number;
}

export type CalendarPreview = readonly OpeningDay[];

/** An issued customer report (one revision), as the Reports page lists it. */
export interface IssuedReportSummary {
  readonly reportId: string;
  readonly agreement: { readonly id: string; readonly name: string };
  readonly customer: { readonly id: string; readonly name: string };
  /** `YYYY-MM` in the agreement's time zone, and its bounds as ISO instants `[start, end)`. */
  readonly period: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  /** 1 for the first issue of a period; each re-issue adds one. */
  readonly revision: number;
  readonly contractVersion: number | null;
  /** SHA-256 (hex) of the report's canonical JSON. */
  readonly contentHash: string;
  readonly issuedAt: string;
  /** An Atlassian account id, or `app` for the scheduled issue. */
  readonly issuedBy: string;
  /** What moved since the previous revision; null for revision 1. */
  readonly changeNote: string | null;
  /** How the revision was distributed; null when it was not (no delivery issue, or not asked). */
  readonly delivery: ReportDeliveryView | null;
}

/**
 * A revision's delivery: `pending` (claimed), `posting` (an attempt under way), `delivered`
 * (posted on `issueKey` and notified) or `failed` (`lastError`; the hourly schedule tries again
 * while `attempts` < `maxAttempts`, an administrator at any time).
 */
export interface ReportDeliveryView {
  readonly status: 'pending' | 'posting' | 'delivered' | 'failed';
  readonly issueKey: string;
  /** Users and groups named, plus one each for the issue's reporter and its watchers. */
  readonly recipientCount: number;
  readonly commentId: string | null;
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly lastError: string | null;
  readonly attemptedAt: string | null;
  readonly deliveredAt: string | null;
}

/** `getDeliverySettings` payload, and its answer with the agreement's settings. */
export interface DeliverySettingsInput {
  readonly agreement: string;
}
export interface DeliverySettingsView {
  readonly agreement: string;
  readonly settings: ReportDeliverySettings;
}
/** `saveDeliverySettings` payload; it answers the settings saved (`DeliverySettingsView`). */
export interface SaveDeliverySettingsInput {
  readonly agreement: string;
  readonly settings: ReportDeliverySettings;
}
export type {
  ReportDeliverySettings,
  ReportRecipients,
  ReportSchedule,
} from '../domain/reports/reportDelivery';

/** `retryDelivery` payload: a revision not delivered; it answers the revision's summary. */
export interface RetryDeliveryInput {
  readonly reportId: string;
}

/** `listReports` payload: every agreement, or one. */
export interface ListReportsInput {
  readonly agreement?: string;
}

export interface ReportList {
  /** Newest period first, then highest revision first. */
  readonly reports: readonly IssuedReportSummary[];
  /** The agreements a report can be issued for, with the time zone their periods follow. */
  readonly agreements: readonly {
    readonly id: string;
    readonly name: string;
    readonly customer: string;
    readonly timeZone: string;
  }[];
}

/** `getReport` payload. */
export interface GetReportInput {
  readonly reportId: string;
}

export interface IssuedReportView {
  readonly summary: IssuedReportSummary;
  readonly report: CustomerReport;
}

/**
 * `issueReport` payload: a past period (`YYYY-MM`) of an agreement. `notify` (default true)
 * delivers a new revision per the agreement's settings; false keeps it for internal checking.
 */
export interface IssueReportInput {
  readonly agreement: string;
  readonly period: string;
  readonly notify?: boolean;
}

/**
 * `issueReport` answer: `issued` with the new revision, or `unchanged` when the figures equal
 * the latest revision's (no revision is added for nothing).
 */
export type IssueReportOutcome =
  | { readonly issued: true; readonly summary: IssuedReportSummary }
  | { readonly issued: false; readonly unchanged: true; readonly summary: IssuedReportSummary };

export type ReportFormat = 'csv' | 'html';

/** `downloadReport` payload. */
export interface DownloadReportInput {
  readonly reportId: string;
  readonly format: ReportFormat;
}

/** A file for the browser to save: `text/csv` or `text/html`, UTF-8. */
export interface ReportDownload {
  readonly fileName: string;
  readonly mimeType: string;
  readonly content: string;
}

/** The Reports page (`src/resolvers/reports.ts`): management, OLA and operational reports. */
export type {
  GoalScope,
  ManagementReport,
  ManagementRow,
  MonthCompliance,
  ReportGrouping,
} from '../domain/reports/managementReport';
export type { ManagementRequest } from '../domain/reports/managementRequest';
/** The Reports page's Quality section (`src/resolvers/qualityMeasures.ts`). */
export type {
  MonthQuality,
  QualityMeasureRow,
  QualityMeasures,
} from '../domain/quality/qualityMeasures';
export type { QualityMeasuresRequest } from '../domain/quality/qualityMeasuresRequest';
export type {
  OperationalGoal,
  OperationalTeamRow,
  OperationalView,
} from '../domain/reports/operationalView';
