/**
 * The quality measures (`src/domain/quality/qualityMeasures.ts`) from Forge SQL. Answers and
 * follow-ups are added up in SQL — a row per month, team, scale and score (at most 16 scores) and
 * a row per month and team — so the responses stay small whatever the number of answers.
 * Non-conformities are few (one open per recurrence group, plus those raised by hand): they are
 * read, those alive in the months, in pages of `NC_PAGE` by id, with the teams of their linked
 * feedback, and the CAPA JSON of the open ones only (a CAPA closes only once all its actions are
 * done, `applyCapa`, so a closed one has no overdue action). A page of CAPA JSON stays far below
 * the 4 MiB response of a Forge SQL statement (https://developer.atlassian.com/platform/forge/limits-sql/);
 * at most `NC_PAGES` pages are read (`NC_PAGE × NC_PAGES` non-conformities) and a run over it
 * fails plainly rather than answering wrong figures.
 *
 * Statements: two for answers and follow-ups, two per page of non-conformities.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Capa } from '../../domain/quality/capa';
import { FEEDBACK_SCALES, type FeedbackScale } from '../../domain/quality/feedbackScale';
import {
  qualityMeasures,
  type FeedbackTally,
  type FollowUpTally,
  type MeasuredNonConformity,
  type QualityMeasures,
  type QualityMeasuresQuery,
} from '../../domain/quality/qualityMeasures';
import type { ReportMonth } from '../../domain/reports/managementReport';
import type { SqlDatabase } from '../../storage/sql/schema';

export const NC_PAGE = 200;

/** Answers with a score: a complaint is recorded as feedback without one (scale `none`). */
const SCORED_SCALES = Object.keys(FEEDBACK_SCALES) as FeedbackScale[];
export const NC_PAGES = 25;

/** More non-conformities alive in the months than one call reads: fewer months may do. */
export class TooManyNonConformitiesError extends Error {}

/** Claims whose Jira issue was never created (`nonConformities.ts`): not non-conformities. */
const PENDING_PREFIX = 'pending:';

/** BIGINT sums come back as strings from the Postgres and MySQL drivers. */
const count = (value: unknown): number => Number(value ?? 0);

/** The index of the month `column` falls in (null outside): months are contiguous, few (≤ 24). */
function monthIndexSql(column: RawBuilder<unknown>, months: readonly ReportMonth[]) {
  const cases = months.map(
    (m, i) => sql`when ${column} >= ${m.start} and ${column} < ${m.end} then ${sql.lit(i)}`,
  );
  return sql`case ${sql.join(cases, sql` `)} end`;
}

export async function qualityMeasuresQuery(
  db: SqlDatabase,
  query: QualityMeasuresQuery,
  /** Non-conformities read per statement (smaller in tests, to page). */
  ncPage = NC_PAGE,
): Promise<QualityMeasures> {
  const read = await qualityTalliesQuery(db, query, ncPage);
  return qualityMeasures(query, read.feedback, read.followUps, read.nonConformities);
}

/** What the measures are worked out from, as read: also what the KPIs add up over every team. */
export interface QualityTallies {
  readonly feedback: readonly FeedbackTally[];
  readonly followUps: readonly FollowUpTally[];
  readonly nonConformities: readonly MeasuredNonConformity[];
}

export async function qualityTalliesQuery(
  db: SqlDatabase,
  query: QualityMeasuresQuery,
  ncPage = NC_PAGE,
): Promise<QualityTallies> {
  const { months, now } = query;
  const start = months[0]!.start;
  const end = months[months.length - 1]!.end;
  const monthKey = (index: unknown): string => months[Number(index)]!.key;

  const answers = await sql<{
    m: unknown;
    team: string | null;
    scale: string;
    score: unknown;
    answers: unknown;
    flagged: unknown;
  }>`select m, team, scale, score, count(*) as answers, sum(flagged) as flagged
    from (select ${monthIndexSql(sql.ref('answered_at'), months)} as m, team, scale, score, flagged
      from feedback where answered_at >= ${start} and answered_at < ${end}
        and scale in (${sql.join(SCORED_SCALES)})) answered
    group by m, team, scale, score`.execute(db);
  const feedback: FeedbackTally[] = answers.rows.map((r) => ({
    month: monthKey(r.m),
    team: r.team,
    scale: r.scale as FeedbackScale,
    score: Number(r.score),
    answers: count(r.answers),
    flagged: count(r.flagged),
  }));

  // Judged follow-ups only: recorded, or past their due time (`isJudged`).
  const due = await sql<{ m: unknown; team: string | null; due: unknown; in_time: unknown }>`
    select m, team, count(*) as due, sum(in_time) as in_time
    from (select ${monthIndexSql(sql.ref('u.due_at'), months)} as m, f.team as team,
        case when u.recorded_at is not null and u.recorded_at <= u.due_at then 1 else 0 end as in_time
      from follow_ups u join feedback f on f.feedback_id = u.feedback_id
      where u.due_at >= ${start} and u.due_at < ${end}
        and (u.recorded_at is not null or u.due_at < ${now})) judged
    group by m, team`.execute(db);
  const followUps: FollowUpTally[] = due.rows.map((r) => ({
    month: monthKey(r.m),
    team: r.team,
    due: count(r.due),
    inTime: count(r.in_time),
  }));

  return {
    feedback,
    followUps,
    nonConformities: await nonConformitiesAlive(db, start, end, ncPage),
  };
}

/** The non-conformities raised before `end` and not closed before `start`, with their teams. */
async function nonConformitiesAlive(
  db: SqlDatabase,
  start: number,
  end: number,
  pageSize: number,
): Promise<MeasuredNonConformity[]> {
  const found: MeasuredNonConformity[] = [];
  let after = '';
  for (let page = 0; ; page += 1) {
    if (page === NC_PAGES) {
      throw new TooManyNonConformitiesError(
        `more than ${pageSize * NC_PAGES} non-conformities in the months: choose fewer months`,
      );
    }
    const rows = await db
      .selectFrom('non_conformities')
      .select(['nc_id', 'raised_at', 'closed_at'])
      .select(sql<string | null>`case when closed_at is null then capa else null end`.as('capa'))
      .where('raised_at', '<', end)
      .where((w) => w.or([w('closed_at', 'is', null), w('closed_at', '>=', start)]))
      .where('issue_key', 'not like', `${PENDING_PREFIX}%`)
      .where('nc_id', '>', after)
      .orderBy('nc_id')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return found;
    const links = await db
      .selectFrom('non_conformity_links as l')
      .innerJoin('feedback as f', 'f.feedback_id', 'l.feedback_id')
      .select(['l.nc_id', 'f.team'])
      .distinct()
      .where(
        'l.nc_id',
        'in',
        rows.map((r) => r.nc_id),
      )
      .execute();
    for (const row of rows) {
      const capa = row.capa === null ? null : (JSON.parse(row.capa) as Capa);
      found.push({
        id: row.nc_id,
        teams: links.filter((l) => l.nc_id === row.nc_id).map((l) => l.team),
        raisedAt: Number(row.raised_at),
        closedAt: row.closed_at === null ? null : Number(row.closed_at),
        actions: capa?.actions ?? [],
      });
    }
    if (rows.length < pageSize) return found;
    after = rows[rows.length - 1]!.nc_id;
  }
}
