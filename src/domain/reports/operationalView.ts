/**
 * The operational view: per team, the goals breached now, breaching within the hour, and
 * breaching later today (the viewer's day). Buckets do not overlap, so a team's row adds up.
 */
import { TZDate } from '@date-fns/tz';
import { compareGroups } from './managementReport';

export const HOUR_MS = 3_600_000;

/** A running goal cycle of an open issue, with when it breached or will breach. */
export interface OpenGoal {
  readonly issueKey: string;
  readonly team: string | null;
  readonly goal: string;
  readonly goalName: string;
  readonly internal: boolean;
  /** When it breached; null when not (yet). */
  readonly breachedAt: number | null;
  /** When it will breach if its clock runs on; null when breached or paused. */
  readonly breachesAt: number | null;
}

export type OperationalBucket = 'breached' | 'withinHour' | 'today';

export interface OperationalGoal extends OpenGoal {
  readonly bucket: OperationalBucket;
}

export interface OperationalTeamRow {
  readonly team: string | null;
  readonly breached: number;
  readonly withinHour: number;
  readonly today: number;
}

export interface OperationalView {
  readonly now: number;
  /** The end of the viewer's day (next local midnight). */
  readonly dayEnd: number;
  readonly timeZone: string;
  /** By team, the goals without one last. */
  readonly teams: readonly OperationalTeamRow[];
  /** Breached first (longest ago first), then by when they breach. */
  readonly goals: readonly OperationalGoal[];
}

/** The next local midnight after `now` in `timeZone`. */
export function endOfLocalDay(now: number, timeZone: string): number {
  const local = new TZDate(now, timeZone);
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, timeZone).getTime();
}

export function bucketOf(goal: OpenGoal, now: number, dayEnd: number): OperationalBucket | null {
  if (goal.breachedAt !== null && goal.breachedAt <= now) return 'breached';
  if (goal.breachesAt === null) return null;
  if (goal.breachesAt <= now + HOUR_MS) return 'withinHour';
  return goal.breachesAt <= dayEnd ? 'today' : null;
}

const instantOf = (goal: OperationalGoal): number =>
  goal.bucket === 'breached' ? goal.breachedAt! : goal.breachesAt!;

export function operationalView(
  open: readonly OpenGoal[],
  now: number,
  timeZone: string,
): OperationalView {
  const dayEnd = endOfLocalDay(now, timeZone);
  const goals: OperationalGoal[] = [];
  for (const goal of open) {
    const bucket = bucketOf(goal, now, dayEnd);
    if (bucket) goals.push({ ...goal, bucket });
  }
  goals.sort((a, b) => instantOf(a) - instantOf(b) || a.issueKey.localeCompare(b.issueKey));
  const teams = new Map<string | null, { breached: number; withinHour: number; today: number }>();
  for (const goal of goals) {
    const row = teams.get(goal.team) ?? { breached: 0, withinHour: 0, today: 0 };
    row[goal.bucket] += 1;
    teams.set(goal.team, row);
  }
  return {
    now,
    dayEnd,
    timeZone,
    teams: [...teams.entries()]
      .sort(([a], [b]) => compareGroups(a, b))
      .map(([team, row]) => ({ team, ...row })),
    goals,
  };
}
