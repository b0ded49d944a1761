/**
 * The quality measures of the management reports, per team and month (months `[start, end)` in
 * the viewer's time zone, as the management report's):
 *
 * - CSAT %: the share of 4s and 5s among the 1–5 answers given in the month (`csatPercent`);
 * - NPS: the Net Promoter Score of the 0–10 answers given in the month — the scales are never
 *   mixed, each answer counts on its own;
 * - flagged: the answers of the month the flag rules caught;
 * - followed up in time: of the follow-ups DUE in the month, the share recorded at or before their
 *   due time. A follow-up still open before its due time is not judged yet and not counted; one
 *   recorded early counts as in time, one overdue and still open as late;
 * - open non-conformities at the month's end: raised before it and not closed by it;
 * - CAPA cycle time: the median (nearest rank, the lower middle of an even count) of the days from
 *   raised to closed, over the non-conformities closed in the month;
 * - overdue actions at the month's end (or now, for a month still running): CAPA actions whose due
 *   date has passed then and that are not done. Only an action's current state is kept, so an
 *   action done since counts as done in every month, also before it was.
 *
 * A feedback's team is the one recorded with it (null: no team); a follow-up's is its feedback's.
 * A non-conformity counts once for each team among its linked feedback, and for "no team" when
 * none of its feedback has a team or it has no linked feedback.
 *
 * The store adds answers and follow-ups up in SQL (`FeedbackTally`, `FollowUpTally`) and reads
 * non-conformities; `qualityMeasures` turns both into the measures, and
 * `qualityMeasuresFromRecords` is the definition over records in memory a store test holds equal.
 */
import { localDateAt } from '../calendar/timeZone';
import { compareGroups, type ReportMonth } from '../reports/managementReport';
import { nearestRank } from '../reports/nearestRank';
import type { CapaAction } from './capa';
import { csatPercent, netPromoterScore, type FeedbackScale } from './feedbackScale';

const MS_PER_DAY = 86_400_000;

/** Answers of one score, scale, team and month, and how many of them were flagged. */
export interface FeedbackTally {
  readonly month: string;
  readonly team: string | null;
  readonly scale: FeedbackScale;
  readonly score: number;
  readonly answers: number;
  readonly flagged: number;
}

/** The follow-ups of one team due in one month (judged ones only) and how many were in time. */
export interface FollowUpTally {
  readonly month: string;
  readonly team: string | null;
  readonly due: number;
  readonly inTime: number;
}

/** A non-conformity as the measures need it. */
export interface MeasuredNonConformity {
  readonly id: string;
  /** The distinct teams of its linked feedback (null among them for feedback without a team). */
  readonly teams: readonly (string | null)[];
  readonly raisedAt: number;
  readonly closedAt: number | null;
  readonly actions: readonly Pick<CapaAction, 'dueDate' | 'done'>[];
}

export interface QualityMeasureRow {
  readonly month: string;
  /** Null: no team. */
  readonly team: string | null;
  readonly csatAnswers: number;
  /** Null without CSAT answers. */
  readonly csatPercent: number | null;
  readonly npsAnswers: number;
  /** Null without NPS answers. */
  readonly nps: number | null;
  readonly flagged: number;
  readonly followUpsDue: number;
  readonly followUpsInTime: number;
  /** `followUpsInTime / followUpsDue` in percent; null when none was due. */
  readonly followedUpInTimePercent: number | null;
  readonly openNonConformities: number;
  readonly closedNonConformities: number;
  /** Median days from raised to closed of those closed in the month; null when none closed. */
  readonly capaCycleDays: number | null;
  readonly overdueActions: number;
}

/** CSAT % and NPS of a month, all teams together (the chart). */
export interface MonthQuality {
  readonly month: string;
  readonly csatAnswers: number;
  readonly csatPercent: number | null;
  readonly npsAnswers: number;
  readonly nps: number | null;
}

export interface QualityMeasures {
  readonly from: string;
  readonly to: string;
  /** By month, then team (no team last); only teams with something to count in the month. */
  readonly rows: readonly QualityMeasureRow[];
  readonly months: readonly MonthQuality[];
}

export interface QualityMeasuresQuery {
  readonly months: readonly ReportMonth[];
  /** Decides which follow-ups are judged and when actions of the running month are overdue. */
  readonly now: number;
  /** The viewer's, to read action due dates (local dates) against the month's end. */
  readonly timeZone: string;
}

/** The key of the month `t` falls in, if any. */
export function monthOf(months: readonly ReportMonth[], t: number): string | undefined {
  return months.find((m) => t >= m.start && t < m.end)?.key;
}

/** Whether a follow-up due at `dueAt` is judged at `now`: recorded, or its due time has passed. */
export const isJudged = (dueAt: number, recordedAt: number | null, now: number): boolean =>
  recordedAt !== null || dueAt < now;

/** Whether it was recorded at or before its due time. */
export const isInTime = (dueAt: number, recordedAt: number | null): boolean =>
  recordedAt !== null && recordedAt <= dueAt;

/** Whether an action is overdue at instant `t`: not done and its due date over by then. */
export const isOverdueAt = (
  action: Pick<CapaAction, 'dueDate' | 'done'>,
  t: number,
  timeZone: string,
): boolean => !action.done && action.dueDate < localDateAt(timeZone, t);

interface Figures {
  csat: number[];
  nps: number[];
  flagged: number;
  followUpsDue: number;
  followUpsInTime: number;
  openNonConformities: number;
  cycleDays: number[];
  overdueActions: number;
}

const emptyFigures = (): Figures => ({
  csat: [],
  nps: [],
  flagged: 0,
  followUpsDue: 0,
  followUpsInTime: 0,
  openNonConformities: 0,
  cycleDays: [],
  overdueActions: 0,
});

/** Repeats each score by its count: answers are few (thousands a month at most). */
const scoresOf = (tallies: readonly FeedbackTally[], scale: FeedbackScale): number[] =>
  tallies.filter((t) => t.scale === scale).flatMap((t) => Array<number>(t.answers).fill(t.score));

export function qualityMeasures(
  query: QualityMeasuresQuery,
  feedback: readonly FeedbackTally[],
  followUps: readonly FollowUpTally[],
  nonConformities: readonly MeasuredNonConformity[],
): QualityMeasures {
  const { months, now, timeZone } = query;
  if (months.length === 0) throw new RangeError('no months');
  const cells = new Map<string, Map<string | null, Figures>>(months.map((m) => [m.key, new Map()]));
  const cell = (month: string, team: string | null): Figures => {
    const teams = cells.get(month)!;
    let figures = teams.get(team);
    if (!figures) teams.set(team, (figures = emptyFigures()));
    return figures;
  };

  for (const tally of feedback) {
    if (tally.answers === 0) continue;
    const figures = cell(tally.month, tally.team);
    figures[tally.scale].push(...Array<number>(tally.answers).fill(tally.score));
    figures.flagged += tally.flagged;
  }
  for (const tally of followUps) {
    if (tally.due === 0) continue;
    const figures = cell(tally.month, tally.team);
    figures.followUpsDue += tally.due;
    figures.followUpsInTime += tally.inTime;
  }
  for (const nc of nonConformities) {
    const teams = nc.teams.length > 0 ? [...new Set(nc.teams)] : [null];
    for (const month of months) {
      const open = nc.raisedAt < month.end && (nc.closedAt === null || nc.closedAt >= month.end);
      const closedIn =
        nc.closedAt !== null && nc.closedAt >= month.start && nc.closedAt < month.end;
      const asOf = Math.min(month.end, now);
      const overdue =
        nc.raisedAt < month.end
          ? nc.actions.filter((a) => isOverdueAt(a, asOf, timeZone)).length
          : 0;
      if (!open && !closedIn && overdue === 0) continue;
      for (const team of teams) {
        const figures = cell(month.key, team);
        if (open) figures.openNonConformities += 1;
        if (closedIn) figures.cycleDays.push((nc.closedAt! - nc.raisedAt) / MS_PER_DAY);
        figures.overdueActions += overdue;
      }
    }
  }

  const rows: QualityMeasureRow[] = [];
  for (const month of months) {
    const teams = [...cells.get(month.key)!.entries()].sort(([a], [b]) => compareGroups(a, b));
    for (const [team, f] of teams) {
      const cycleDays = [...f.cycleDays].sort((a, b) => a - b);
      rows.push({
        month: month.key,
        team,
        csatAnswers: f.csat.length,
        csatPercent: csatPercent(f.csat),
        npsAnswers: f.nps.length,
        nps: netPromoterScore(f.nps),
        flagged: f.flagged,
        followUpsDue: f.followUpsDue,
        followUpsInTime: f.followUpsInTime,
        followedUpInTimePercent:
          f.followUpsDue === 0 ? null : (100 * f.followUpsInTime) / f.followUpsDue,
        openNonConformities: f.openNonConformities,
        closedNonConformities: cycleDays.length,
        capaCycleDays: nearestRank(cycleDays, 50),
        overdueActions: f.overdueActions,
      });
    }
  }
  return {
    from: months[0]!.key,
    to: months[months.length - 1]!.key,
    rows,
    months: months.map((month) => {
      const ofMonth = feedback.filter((t) => t.month === month.key);
      const csat = scoresOf(ofMonth, 'csat');
      const nps = scoresOf(ofMonth, 'nps');
      return {
        month: month.key,
        csatAnswers: csat.length,
        csatPercent: csatPercent(csat),
        npsAnswers: nps.length,
        nps: netPromoterScore(nps),
      };
    }),
  };
}

/** One answer as the measures read it. */
export interface MeasuredFeedback {
  readonly team: string | null;
  readonly scale: FeedbackScale;
  readonly score: number;
  readonly answeredAt: number;
  readonly flagged: boolean;
}

/** One follow-up with its feedback's team. */
export interface MeasuredFollowUp {
  readonly team: string | null;
  readonly dueAt: number;
  readonly recordedAt: number | null;
}

/** Adds answers up per month, team, scale and score (what the store does in SQL). */
export function tallyFeedback(
  feedback: readonly MeasuredFeedback[],
  months: readonly ReportMonth[],
): FeedbackTally[] {
  const tallies = new Map<string, { -readonly [K in keyof FeedbackTally]: FeedbackTally[K] }>();
  for (const answer of feedback) {
    const month = monthOf(months, answer.answeredAt);
    if (!month) continue;
    const key = JSON.stringify([month, answer.team, answer.scale, answer.score]);
    const tally = tallies.get(key) ?? {
      month,
      team: answer.team,
      scale: answer.scale,
      score: answer.score,
      answers: 0,
      flagged: 0,
    };
    tally.answers += 1;
    if (answer.flagged) tally.flagged += 1;
    tallies.set(key, tally);
  }
  return [...tallies.values()];
}

/** Adds the follow-ups judged at `now` up per month of their due time and team. */
export function tallyFollowUps(
  followUps: readonly MeasuredFollowUp[],
  months: readonly ReportMonth[],
  now: number,
): FollowUpTally[] {
  const tallies = new Map<
    string,
    { month: string; team: string | null; due: number; inTime: number }
  >();
  for (const followUp of followUps) {
    const month = monthOf(months, followUp.dueAt);
    if (!month || !isJudged(followUp.dueAt, followUp.recordedAt, now)) continue;
    const key = JSON.stringify([month, followUp.team]);
    const tally = tallies.get(key) ?? { month, team: followUp.team, due: 0, inTime: 0 };
    tally.due += 1;
    if (isInTime(followUp.dueAt, followUp.recordedAt)) tally.inTime += 1;
    tallies.set(key, tally);
  }
  return [...tallies.values()];
}

/** The definition over records in memory. */
export function qualityMeasuresFromRecords(
  query: QualityMeasuresQuery,
  records: {
    readonly feedback: readonly MeasuredFeedback[];
    readonly followUps: readonly MeasuredFollowUp[];
    readonly nonConformities: readonly MeasuredNonConformity[];
  },
): QualityMeasures {
  return qualityMeasures(
    query,
    tallyFeedback(records.feedback, query.months),
    tallyFollowUps(records.followUps, query.months, query.now),
    records.nonConformities,
  );
}
