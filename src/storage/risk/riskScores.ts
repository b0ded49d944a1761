import type { RiskScoreSource } from '../../domain/risk/riskSettings';
import type { SqlDatabase } from '../sql/schema';
import { appendRevision } from './nextRevision';

/** One revision of an area's score for a month. */
export interface StoredRiskScore {
  readonly areaId: string;
  readonly month: string;
  readonly revision: number;
  readonly score: number;
  readonly source: RiskScoreSource;
  readonly note: string | null;
  readonly scoredBy: string;
  readonly scoredAt: number;
}

/** Appends a score of (area, month) as its next revision; the newest revision is the score. */
export async function appendRiskScore(
  db: SqlDatabase,
  score: Omit<StoredRiskScore, 'revision'>,
): Promise<StoredRiskScore> {
  const revision = await appendRevision(
    async () => {
      const row = await db
        .selectFrom('risk_scores')
        .select((eb) => eb.fn.max('revision').as('revision'))
        .where('area_id', '=', score.areaId)
        .where('month', '=', score.month)
        .executeTakeFirst();
      return row?.revision == null ? null : Number(row.revision);
    },
    (revision) =>
      db
        .insertInto('risk_scores')
        .values({
          area_id: score.areaId,
          month: score.month,
          revision,
          score: score.score,
          source: score.source,
          note: score.note,
          scored_by: score.scoredBy,
          scored_at: score.scoredAt,
        })
        .execute()
        .then(() => undefined),
  );
  return { ...score, revision };
}

/** Every revision of every area's score in months `from`–`to`, oldest first per area and month. */
export async function riskScoreRevisions(
  db: SqlDatabase,
  months: { readonly from: string; readonly to: string },
): Promise<StoredRiskScore[]> {
  const rows = await db
    .selectFrom('risk_scores')
    .selectAll()
    .where('month', '>=', months.from)
    .where('month', '<=', months.to)
    .orderBy('area_id')
    .orderBy('month')
    .orderBy('revision')
    .execute();
  return rows.map((r) => ({
    areaId: r.area_id,
    month: r.month,
    revision: Number(r.revision),
    score: Number(r.score),
    source: r.source as RiskScoreSource,
    note: r.note,
    scoredBy: r.scored_by,
    scoredAt: Number(r.scored_at),
  }));
}

/** The score of each area and month (its newest revision), by area then month. */
export async function latestRiskScores(
  db: SqlDatabase,
  months: { readonly from: string; readonly to: string },
): Promise<Map<string, Map<string, number>>> {
  const latest = new Map<string, Map<string, number>>();
  for (const row of await riskScoreRevisions(db, months)) {
    let byMonth = latest.get(row.areaId);
    if (!byMonth) latest.set(row.areaId, (byMonth = new Map()));
    byMonth.set(row.month, row.score); // rows come oldest revision first: the last one wins
  }
  return latest;
}
