import type { GoalEvaluation } from './types';

/** What the work list needs to know of an issue to place it. */
export interface WorkListEntry {
  readonly key: string;
  /** Internal rank of the priority (1 = most urgent), shared by every priority model. */
  readonly rank: number | null;
  readonly goals: readonly Pick<GoalEvaluation, 'state' | 'breached' | 'deadline' | 'warnings'>[];
}

/** 0: an open goal is breached; 1: an open goal has passed a warning threshold; 2: the rest. */
export function urgencyTier(entry: Pick<WorkListEntry, 'goals'>): 0 | 1 | 2 {
  const open = entry.goals.filter((g) => g.state === 'running' || g.state === 'paused');
  if (open.some((g) => g.breached)) return 0;
  if (open.some((g) => g.warnings.some((w) => w.reached))) return 1;
  return 2;
}

/** The earliest deadline among open goals (epoch ms), or `Infinity` when none runs. */
export function nextDeadline(entry: Pick<WorkListEntry, 'goals'>): number {
  let earliest = Infinity;
  for (const goal of entry.goals) {
    if (goal.deadline !== null && (goal.state === 'running' || goal.state === 'paused')) {
      earliest = Math.min(earliest, Date.parse(goal.deadline));
    }
  }
  return earliest;
}

const keyParts = (key: string) => {
  const match = /^(.*?)-(\d+)$/.exec(key);
  return match ? { project: match[1]!, number: Number(match[2]) } : { project: key, number: 0 };
};

/**
 * The work-list order across customers and priority models: breached issues first, then those
 * at risk (past a warning threshold), then the rest; within each, by internal rank (1 first,
 * issues without a rank last), then by the earliest open deadline (none last), then by issue
 * key (project, then number) so the order is total and stable from one load to the next.
 *
 * @example entries.sort(compareWorkList)
 */
export function compareWorkList(a: WorkListEntry, b: WorkListEntry): number {
  return (
    urgencyTier(a) - urgencyTier(b) ||
    (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
    compareDeadlines(nextDeadline(a), nextDeadline(b)) ||
    compareKeys(a.key, b.key)
  );
}

function compareDeadlines(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function compareKeys(a: string, b: string): number {
  const x = keyParts(a);
  const y = keyParts(b);
  return x.project < y.project ? -1 : x.project > y.project ? 1 : x.number - y.number;
}
