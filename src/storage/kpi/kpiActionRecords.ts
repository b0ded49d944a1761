/**
 * The claims that make a KPI's action issue happen once per month: `owner_actions` rows of kind
 * `kpi-action` (`ownerActions.ts`), inserted before the issue is created, then settled with the
 * issue's key, or with Jira's refusal. A new attempt takes the row by compare and set on its
 * attempt number, so two runs never both create.
 */
import type { ClaimPort } from '../claimPort';
import {
  claimOwnerAction,
  ownerAction,
  ownerActionClaimPort,
  ownerActionsBetween,
  settleOwnerAction,
  takeOverOwnerAction,
  type OwnerAction,
} from '../ownerActions';
import type { SqlDatabase } from '../sql/schema';

export type KpiActionStatus = 'claimed' | 'created' | 'refused';

export interface KpiActionRecord {
  readonly kpiId: string;
  readonly month: string;
  readonly attempt: number;
  readonly status: KpiActionStatus;
  readonly startedAt: number;
  readonly issueKey: string | null;
  /** Why it is raised, as JSON (`KpiFindings`): what the issue said. */
  readonly findings: string;
  readonly error: string | null;
  readonly updatedAt: number;
}

const keyOf = (kpiId: string, month: string) =>
  ({ kind: 'kpi-action', subject: kpiId, period: month }) as const;

export async function kpiActionOf(
  db: SqlDatabase,
  kpiId: string,
  month: string,
): Promise<KpiActionRecord | undefined> {
  const action = await ownerAction(db, keyOf(kpiId, month));
  return action && fromAction(action);
}

/** The action records of the months `from`–`to`, for the Quality page. */
export async function kpiActionsBetween(
  db: SqlDatabase,
  months: { readonly from: string; readonly to: string },
): Promise<KpiActionRecord[]> {
  return (await ownerActionsBetween(db, 'kpi-action', months)).map(fromAction);
}

/** Claims attempt 1 of `kpiId`'s `month`: true for the one caller whose insert made the row. */
export const claimKpiAction = (
  db: SqlDatabase,
  claim: { kpiId: string; month: string; at: number; findings: string },
): Promise<boolean> =>
  claimOwnerAction(db, keyOf(claim.kpiId, claim.month), claim.at, claim.findings);

/**
 * Takes the row over for the attempt after `attempt` (a refused or abandoned one): true for the
 * one caller whose update still found `attempt` there.
 */
export const retakeKpiAction = (
  db: SqlDatabase,
  record: Pick<KpiActionRecord, 'kpiId' | 'month' | 'attempt'>,
  at: number,
  findings: string,
): Promise<boolean> =>
  takeOverOwnerAction(
    db,
    { ...keyOf(record.kpiId, record.month), attempt: record.attempt },
    at,
    findings,
  );

/** Records what attempt `attempt` came to: the issue created, or Jira's refusal. */
export const settleKpiAction = (
  db: SqlDatabase,
  record: { kpiId: string; month: string; attempt: number },
  outcome:
    | { status: 'created'; issueKey: string; at: number }
    | { status: 'refused'; error: string; at: number },
): Promise<void> =>
  settleOwnerAction(
    db,
    { ...keyOf(record.kpiId, record.month), attempt: record.attempt },
    outcome.status === 'created' ? { issueKey: outcome.issueKey } : { refused: outcome.error },
    outcome.at,
  );

/** The (kpi, month) claim of `raiseOwnerActionIssue`; `findings` go with each attempt. */
export const kpiActionClaimPort = (
  db: SqlDatabase,
  kpiId: string,
  month: string,
  findings: string,
): ClaimPort => ownerActionClaimPort(db, keyOf(kpiId, month), findings, true);

const fromAction = (action: OwnerAction): KpiActionRecord => ({
  kpiId: action.subject,
  month: action.period,
  attempt: action.attempt,
  status: action.issueKey ? 'created' : action.refused !== null ? 'refused' : 'claimed',
  startedAt: action.claimedAt,
  issueKey: action.issueKey,
  findings: action.detail,
  error: action.refused,
  updatedAt: action.updatedAt,
});
