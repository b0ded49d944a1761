/**
 * What of an issue's facts the management report's monthly rollups add up
 * (`src/services/reports/monthRollups.ts`): its groupings, creation and resolution, and each
 * goal cycle's goal, flag, result, stop, breach and, once stopped, elapsed time. A running
 * cycle's elapsed time grows at every evaluation but counts in no rollup, so it is left out:
 * re-evaluating an open issue does not make its months stale.
 */
import type { IssueFacts } from './issueFacts';
import type { SqlDatabase } from './schema';

const GROUPINGS = ['team', 'customer', 'product', 'agreement', 'issue_type', 'assignee'] as const;

interface FingerprintIssue {
  readonly created_at: unknown;
  readonly resolved_at?: unknown;
  readonly team?: string | null;
  readonly customer?: string | null;
  readonly product?: string | null;
  readonly agreement?: string | null;
  readonly issue_type: string;
  readonly assignee?: string | null;
}

interface FingerprintCycle {
  readonly goal: string;
  readonly cycle: unknown;
  readonly internal: unknown;
  readonly result: string;
  readonly stopped_at?: unknown;
  readonly breached_at?: unknown;
  readonly elapsed_ms: unknown;
}

/** BIGINT columns may come back as strings from a MySQL driver. */
const instant = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

export function rollupFingerprint(
  issue: FingerprintIssue,
  cycles: readonly FingerprintCycle[],
): string {
  return JSON.stringify([
    GROUPINGS.map((column) => issue[column] ?? null),
    instant(issue.created_at),
    instant(issue.resolved_at),
    cycles
      .map((c) => [
        c.goal,
        Number(c.cycle),
        Number(c.internal),
        c.result,
        instant(c.stopped_at),
        instant(c.breached_at),
        instant(c.stopped_at) === null ? null : Number(c.elapsed_ms),
      ])
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)),
  ]);
}

/** What the store holds of the issues before they are written again: one statement. */
export async function storedRollupFingerprints(
  db: SqlDatabase,
  issueIds: readonly string[],
): Promise<Map<string, { fingerprint: string; createdAt: number }>> {
  const rows = await db
    .selectFrom('issue_facts as f')
    .leftJoin('goal_cycles as c', 'c.issue_id', 'f.issue_id')
    .select([
      'f.issue_id',
      'f.created_at',
      'f.resolved_at',
      ...GROUPINGS.map((column) => `f.${column}` as const),
      'c.goal',
      'c.cycle',
      'c.internal',
      'c.result',
      'c.stopped_at',
      'c.breached_at',
      'c.elapsed_ms',
    ])
    .where('f.issue_id', 'in', issueIds)
    .execute();
  const byIssue = new Map<string, { issue: (typeof rows)[number]; cycles: FingerprintCycle[] }>();
  for (const row of rows) {
    let found = byIssue.get(row.issue_id);
    if (!found) byIssue.set(row.issue_id, (found = { issue: row, cycles: [] }));
    if (row.goal !== null) found.cycles.push(row as FingerprintCycle);
  }
  return new Map(
    [...byIssue].map(([issueId, { issue, cycles }]) => [
      issueId,
      { fingerprint: rollupFingerprint(issue, cycles), createdAt: Number(issue.created_at) },
    ]),
  );
}

/**
 * The earliest creation among the issues whose rollup fingerprint the batch changes (or that
 * are new to the store), before or after the write; null when none changes.
 */
export function earliestRollupChange(
  facts: readonly IssueFacts[],
  stored: ReadonlyMap<string, { fingerprint: string; createdAt: number }>,
): number | null {
  let earliest: number | null = null;
  for (const f of facts) {
    const before = stored.get(f.issue.issue_id);
    if (before?.fingerprint === rollupFingerprint(f.issue, f.cycles)) continue;
    const since = Math.min(f.issue.created_at, before?.createdAt ?? Infinity);
    earliest = earliest === null ? since : Math.min(earliest, since);
  }
  return earliest;
}
