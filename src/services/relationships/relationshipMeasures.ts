import { sql } from 'kysely';
import {
  contractAsOf,
  relationshipMonth,
  standingsAt,
  type RelationshipMonth,
} from '../../domain/relationships/relationshipMeasures';
import type { ReportMonth } from '../../domain/reports/managementReport';
import { reportMonths } from '../../domain/reports/reportMonths';
import { standingsAsOfSql } from '../../storage/relationships/customerRelationships';
import type { SqlDatabase } from '../../storage/sql/schema';
import type { AppContext } from '../appContext';
import { contractsAtMonthEnds } from './contractsAtMonthEnds';

/**
 * The relationship measures of months `from`–`to` (`YYYY-MM`, inclusive), oldest first, in
 * `timeZone` (the viewer's, as the Reports page's Quality section reads months; UTC when left
 * out). The definition is `relationshipMeasuresFromRecords`; a store test holds the two equal.
 */
export async function readRelationshipMeasures(
  ctx: AppContext,
  months: { readonly from: string; readonly to: string; readonly timeZone?: string },
): Promise<readonly RelationshipMonth[]> {
  const runs = reportMonths(months.from, months.to, months.timeZone ?? 'UTC');
  const [contracts, tallies] = await Promise.all([
    contractsAtMonthEnds(ctx, runs),
    feedbackTallies(ctx.sql, runs),
  ]);
  return Promise.all(
    runs.map(async (m, i) => {
      const contract = contractAsOf(contracts, m.end);
      const standings = standingsAt(contract, await standingsAsOfSql(ctx.sql, m.end), m.end - 1);
      const month = tallies.filter((t) => t.month === i);
      const csatScores = month
        .filter((t) => t.scale === 'csat')
        .flatMap((t) => Array<number>(t.answers).fill(t.score));
      const complaints = month
        .filter((t) => t.source === 'complaint')
        .reduce((n, t) => n + t.answers, 0);
      return relationshipMonth(m.key, standings, csatScores, complaints);
    }),
  );
}

interface Tally {
  readonly month: number;
  readonly source: string;
  readonly scale: string;
  readonly score: number;
  readonly answers: number;
}

/** CSAT answers per score and complaints, per month, added up in SQL. */
async function feedbackTallies(db: SqlDatabase, months: readonly ReportMonth[]): Promise<Tally[]> {
  const start = months[0]!.start;
  const end = months[months.length - 1]!.end;
  const cases = months.map(
    (m, i) => sql`when answered_at >= ${m.start} and answered_at < ${m.end} then ${sql.lit(i)}`,
  );
  const result = await sql<{
    m: unknown;
    source: string;
    scale: string;
    score: unknown;
    answers: unknown;
  }>`select m, source, scale, score, count(*) as answers
    from (select case ${sql.join(cases, sql` `)} end as m, source, scale, score
      from feedback where answered_at >= ${start} and answered_at < ${end}
        and (scale = 'csat' or source = 'complaint')) answered
    group by m, source, scale, score`.execute(db);
  return result.rows.map((r) => ({
    month: Number(r.m),
    source: r.source,
    scale: r.scale,
    score: Number(r.score),
    answers: Number(r.answers),
  }));
}
