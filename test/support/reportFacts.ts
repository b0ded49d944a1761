/**
 * Synthetic report facts, repeatable from a seed, for the report store tests and the bench:
 * issues spread over a period with teams, customers, products and assignees, each with a
 * reaction, a resolution and an internal pick-up goal cycle, some running, some breached.
 */
import type { CaseFact, CycleFact } from '../../src/domain/reports/managementReport';
import { seededRandom } from '../../src/domain/seededRandom';
import type { GoalCycleRow, IssueFacts } from '../../src/storage/sql/issueFacts';
import type { SqlDatabase } from '../../src/storage/sql/schema';

const H = 3_600_000;

export interface SyntheticFacts {
  readonly cases: CaseFact[];
  readonly cycles: CycleFact[];
}

export function syntheticFacts(issues: number, from: number, to: number, seed = 7): SyntheticFacts {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const teams = ['blue', 'red', 'green', null];
  const customers = ['acme', 'schultz', 'nordlys', 'fjord', 'zeta'];
  const cases: CaseFact[] = [];
  const cycles: CycleFact[] = [];
  for (let i = 0; i < issues; i += 1) {
    const createdAt = Math.floor(from + next() * (to - from));
    const open = next() < 0.15;
    const resolvedAt = open ? null : createdAt + Math.floor(next() * 20 * 24 * H);
    const dims = {
      team: pick(teams),
      customer: pick(customers),
      product: pick(['ihlp', 'portal', null]),
      agreement: pick(['gold', 'silver', 'bronze']),
      issueType: pick(['Incident', 'Service request', 'Problem']),
      assignee: pick(['acc-1', 'acc-2', 'acc-3', 'acc-4', 'acc-5', null]),
    };
    const issueId = String(10_000 + i);
    cases.push({ ...dims, issueId, createdAt, resolvedAt });
    const goal = (
      goalId: string,
      internal: boolean,
      targetMs: number,
      stoppedAt: number | null,
    ): void => {
      const elapsedMs = Math.floor(next() * targetMs * 1.6);
      const breached = elapsedMs > targetMs;
      const result = stoppedAt === null ? 'running' : breached ? 'missed' : 'met';
      cycles.push({
        ...dims,
        issueId,
        goal: goalId,
        internal,
        result,
        elapsedMs,
        stoppedAt,
        breachedAt: breached ? createdAt + targetMs + Math.floor(next() * H) : null,
      });
    };
    goal('reaction', false, 2 * H, createdAt + Math.floor(next() * 6 * H));
    goal('resolution', false, 40 * H, resolvedAt);
    goal('pickup', true, 4 * H, next() < 0.1 ? null : createdAt + Math.floor(next() * 8 * H));
  }
  return { cases, cycles };
}

/**
 * The facts as the refresh would write them (`writeIssueFacts`): each issue's row and its cycles'
 * rows, one cycle of each goal.
 */
export function issueFactsOf({ cases, cycles }: SyntheticFacts, evaluatedAt: number): IssueFacts[] {
  const cyclesOf = new Map<string, GoalCycleRow[]>();
  for (const c of cycles) {
    const rows = cyclesOf.get(c.issueId) ?? [];
    cyclesOf.set(c.issueId, rows);
    rows.push({
      issue_id: c.issueId,
      goal: c.goal,
      cycle: 0,
      goal_name: c.goal,
      internal: c.internal ? 1 : 0,
      agreement: c.agreement ?? 'none',
      contract_version: 1,
      customer: c.customer,
      environment: null,
      product: c.product,
      team: c.team,
      assignee: c.assignee,
      issue_type: c.issueType!,
      priority: '2',
      priority_rank: 2,
      started_at: 0,
      stopped_at: c.stoppedAt,
      target_ms: 0,
      elapsed_ms: c.elapsedMs,
      paused_ms: 0,
      result: c.result,
      breached_at: c.breachedAt,
      evaluated_at: evaluatedAt,
    });
  }
  return cases.map((c) => ({
    issue: {
      issue_id: c.issueId,
      issue_key: `SUP-${c.issueId}`,
      customer: c.customer,
      environment: null,
      product: c.product,
      agreement: c.agreement,
      contract_version: 1,
      team: c.team,
      assignee: c.assignee,
      issue_type: c.issueType!,
      priority: '2',
      priority_name: 'Priority 2',
      priority_rank: 2,
      status: c.resolvedAt === null ? 'Open' : 'Resolved',
      resolved: c.resolvedAt === null ? 0 : 1,
      created_at: c.createdAt,
      resolved_at: c.resolvedAt,
      evaluated_at: evaluatedAt,
    },
    cycles: cyclesOf.get(c.issueId) ?? [],
    mayLeaveStale: false,
  }));
}

/**
 * Writes the facts as rows, a thousand to a statement (within every engine's parameter limit),
 * straight into the tables: no rollup is told.
 */
export async function insertFacts(db: SqlDatabase, facts: SyntheticFacts): Promise<void> {
  const rows = issueFactsOf(facts, Date.now());
  const cycles = rows.flatMap((f) => f.cycles);
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('issue_facts')
      .values(rows.slice(i, i + 1000).map((f) => f.issue))
      .execute();
  }
  for (let i = 0; i < cycles.length; i += 1000) {
    await db
      .insertInto('goal_cycles')
      .values(cycles.slice(i, i + 1000))
      .execute();
  }
}
