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

/**
 * Claims (area, month): true for the one caller whose row went in. The primary key refuses any
 * second row, whoever tries and however often the score is corrected afterwards.
 */
export async function claimRiskDrop(
  db: SqlDatabase,
  claim: Pick<RiskDropClaim, 'areaId' | 'month' | 'claimedAt' | 'from' | 'to'>,
): Promise<boolean> {
  try {
    await db
      .insertInto('risk_drop_actions')
      .values({
        area_id: claim.areaId,
        month: claim.month,
        claimed_at: claim.claimedAt,
        attempt: 1,
        score_from: claim.from,
        score_to: claim.to,
        issue_key: null,
        refused: null,
      })
      .execute();
    return true;
  } catch (error) {
    if (await riskDropClaim(db, claim.areaId, claim.month)) return false;
    throw error;
  }
}

/**
 * Takes over a claim whose attempt crashed or was refused: compare-and-set on the attempt seen,
 * so of two runs taking it over at once, one does.
 */
export async function takeOverRiskDrop(
  db: SqlDatabase,
  seen: Pick<RiskDropClaim, 'areaId' | 'month' | 'attempt'>,
  at: number,
): Promise<boolean> {
  const result = await db
    .updateTable('risk_drop_actions')
    .set({ attempt: seen.attempt + 1, claimed_at: at, refused: null })
    .where('area_id', '=', seen.areaId)
    .where('month', '=', seen.month)
    .where('attempt', '=', seen.attempt)
    .where('issue_key', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordRiskDropIssue(
  db: SqlDatabase,
  key: Pick<RiskDropClaim, 'areaId' | 'month' | 'attempt'>,
  issueKey: string,
): Promise<void> {
  await db
    .updateTable('risk_drop_actions')
    .set({ issue_key: issueKey })
    .where('area_id', '=', key.areaId)
    .where('month', '=', key.month)
    .where('attempt', '=', key.attempt)
    .where('issue_key', 'is', null)
    .execute();
}

export async function recordRiskDropRefusal(
  db: SqlDatabase,
  key: Pick<RiskDropClaim, 'areaId' | 'month' | 'attempt'>,
  refusal: string,
): Promise<void> {
  await db
    .updateTable('risk_drop_actions')
    .set({ refused: refusal.slice(0, 1000) })
    .where('area_id', '=', key.areaId)
    .where('month', '=', key.month)
    .where('attempt', '=', key.attempt)
    .where('issue_key', 'is', null)
    .execute();
}

const toClaim = (r: {
  area_id: string;
  month: string;
  claimed_at: number;
  attempt: number;
  score_from: number;
  score_to: number;
  issue_key: string | null;
  refused: string | null;
}): RiskDropClaim => ({
  areaId: r.area_id,
  month: r.month,
  claimedAt: Number(r.claimed_at),
  attempt: Number(r.attempt),
  from: Number(r.score_from),
  to: Number(r.score_to),
  issueKey: r.issue_key,
  refused: r.refused,
});

export async function riskDropClaim(
  db: SqlDatabase,
  areaId: string,
  month: string,
): Promise<RiskDropClaim | null> {
  const row = await db
    .selectFrom('risk_drop_actions')
    .selectAll()
    .where('area_id', '=', areaId)
    .where('month', '=', month)
    .executeTakeFirst();
  return row ? toClaim(row) : null;
}

/** The claims of months `from`–`to`, for the page's highlighted drops. */
export async function riskDropClaims(
  db: SqlDatabase,
  months: { readonly from: string; readonly to: string },
): Promise<RiskDropClaim[]> {
  const rows = await db
    .selectFrom('risk_drop_actions')
    .selectAll()
    .where('month', '>=', months.from)
    .where('month', '<=', months.to)
    .orderBy('month')
    .orderBy('area_id')
    .execute();
  return rows.map(toClaim);
}

/** Claims still without an issue: crashed or refused attempts, for the daily job. */
export async function unfinishedRiskDrops(db: SqlDatabase): Promise<RiskDropClaim[]> {
  const rows = await db
    .selectFrom('risk_drop_actions')
    .selectAll()
    .where('issue_key', 'is', null)
    .orderBy('month')
    .orderBy('area_id')
    .execute();
  return rows.map(toClaim);
}
