/**
 * The claims of the areas' action plans for a month's drop: `owner_actions` rows of kind
 * `risk-drop` (`ownerActions.ts`), key (area, month), with the drop (from → to) they were made
 * for. The key lets one caller in, ever: correcting a score afterwards finds the claim.
 */
import type { ClaimPort } from '../claimPort';
import {
  claimOwnerAction,
  ownerAction,
  ownerActionClaimPort,
  ownerActionsBetween,
  settleOwnerAction,
  takeOverOwnerAction,
  unfinishedOwnerActions,
  type OwnerAction,
} from '../ownerActions';
import type { SqlDatabase } from '../sql/schema';

/** The claim of an area's action plan for a month's drop. */
export interface RiskDropClaim {
  readonly areaId: string;
  readonly month: string;
  readonly claimedAt: number;
  readonly attempt: number;
  readonly from: number;
  readonly to: number;
  readonly issueKey: string | null;
  /** Jira's refusal of the last attempt; the next run tries again. */
  readonly refused: string | null;
}

type ClaimKey = Pick<RiskDropClaim, 'areaId' | 'month'>;
type Drop = Pick<RiskDropClaim, 'areaId' | 'month' | 'from' | 'to'>;

const keyOf = (claim: ClaimKey) =>
  ({ kind: 'risk-drop', subject: claim.areaId, period: claim.month }) as const;
const detailOf = (drop: Drop): string => JSON.stringify({ from: drop.from, to: drop.to });

/**
 * Claims (area, month): true for the one caller whose row went in. The primary key refuses any
 * second row, whoever tries and however often the score is corrected afterwards.
 */
export const claimRiskDrop = (
  db: SqlDatabase,
  claim: Drop & Pick<RiskDropClaim, 'claimedAt'>,
): Promise<boolean> => claimOwnerAction(db, keyOf(claim), claim.claimedAt, detailOf(claim));

/**
 * Takes over a claim whose attempt crashed or was refused: compare-and-set on the attempt seen,
 * so of two runs taking it over at once, one does.
 */
export const takeOverRiskDrop = (
  db: SqlDatabase,
  seen: ClaimKey & Pick<RiskDropClaim, 'attempt'>,
  at: number,
): Promise<boolean> => takeOverOwnerAction(db, { ...keyOf(seen), attempt: seen.attempt }, at);

export const recordRiskDropIssue = (
  db: SqlDatabase,
  key: ClaimKey & Pick<RiskDropClaim, 'attempt'>,
  issueKey: string,
  at: number,
): Promise<void> =>
  settleOwnerAction(db, { ...keyOf(key), attempt: key.attempt }, { issueKey }, at);

export const recordRiskDropRefusal = (
  db: SqlDatabase,
  key: ClaimKey & Pick<RiskDropClaim, 'attempt'>,
  refusal: string,
  at: number,
): Promise<void> =>
  settleOwnerAction(db, { ...keyOf(key), attempt: key.attempt }, { refused: refusal }, at);

export async function riskDropClaim(
  db: SqlDatabase,
  areaId: string,
  month: string,
): Promise<RiskDropClaim | null> {
  const action = await ownerAction(db, keyOf({ areaId, month }));
  return action ? toClaim(action) : null;
}

/** The claims of months `from`–`to`, for the page's highlighted drops. */
export async function riskDropClaims(
  db: SqlDatabase,
  months: { readonly from: string; readonly to: string },
): Promise<RiskDropClaim[]> {
  return (await ownerActionsBetween(db, 'risk-drop', months)).map(toClaim);
}

/** Claims still without an issue: crashed or refused attempts, for the daily job. */
export async function unfinishedRiskDrops(db: SqlDatabase): Promise<RiskDropClaim[]> {
  return (await unfinishedOwnerActions(db, 'risk-drop')).map(toClaim);
}

/** The (area, month) claim of `raiseOwnerActionIssue`, made for `drop`. */
export const riskDropClaimPort = (db: SqlDatabase, drop: Drop): ClaimPort =>
  ownerActionClaimPort(db, keyOf(drop), detailOf(drop));

function toClaim(action: OwnerAction): RiskDropClaim {
  const { from, to } = JSON.parse(action.detail) as { from: number; to: number };
  return {
    areaId: action.subject,
    month: action.period,
    claimedAt: action.claimedAt,
    attempt: action.attempt,
    from,
    to,
    issueKey: action.issueKey,
    refused: action.refused,
  };
}
