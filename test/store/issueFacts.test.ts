import type { Evaluation, IssueSnapshot } from '../../src/domain/sla';
import { issueFacts, writeIssueFacts } from '../../src/storage/sql/issueFacts';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { statementChunks, STATEMENT_LIMITS } from '../../src/storage/sql/upsert';
import { testDatabase } from '../support/testDatabase';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-03-02T08:00:00.000Z');
const iso = (t: number) => new Date(t).toISOString();

const snapshot = (key: string, over: Partial<IssueSnapshot> = {}): IssueSnapshot => ({
  key,
  issueType: 'Incident',
  priority: 'p1',
  status: 'In Progress',
  customer: 'Schultz A/S',
  environment: 'Production',
  product: 'ihlp',
  created: iso(T0),
  history: [],
  ...over,
});

/** A goal's cycles: [start, stop | null, elapsed] each, measured against `target`. */
const goal = (
  id: string,
  target: number,
  cycles: [number, number | null, number][],
  internal = false,
): Evaluation['goals'][number] => ({
  goal: id,
  name: id,
  internal,
  state: 'running',
  breached: false,
  targetMs: target,
  elapsedMs: 0,
  remainingMs: target,
  deadline: null,
  breachedAt: null,
  breachesAt: null,
  completedAt: null,
  warnings: [],
  calendar: 'dk-office',
  cycles: cycles.map(([start, stop, elapsed]) => ({
    start: iso(start),
    stop: stop === null ? null : iso(stop),
    pausedMs: 0,
    elapsedMs: elapsed,
    targetMs: target,
    breachedAt: elapsed > target ? iso(start + target) : null,
  })),
});

const evaluation = (goals: Evaluation['goals']): Evaluation => ({
  agreement: 'schultz-prod',
  contractVersion: 3,
  priority: { id: 'p1', name: 'Critical', rank: 1, model: 'standard' },
  goals,
  nextAction: null,
});

const source = (issueId: string, previousGoals?: { goal: string; cycleCount: number }[]) => ({
  issueId,
  assignee: 'agent-1',
  team: 'Second line',
  priorityName: 'High',
  previousGoals,
});

describe('issue facts in SQL', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  const cycleRows = () =>
    db
      .selectFrom('goal_cycles')
      .select(['issue_id', 'goal', 'cycle', 'result', 'elapsed_ms', 'internal', 'stopped_at'])
      .orderBy('issue_id')
      .orderBy('goal')
      .orderBy('cycle')
      .execute();

  it('writes an issue and every cycle of its goals, and reads them back', async () => {
    const facts = issueFacts(
      source('10001'),
      snapshot('SUP-1', {
        history: [{ at: iso(T0 + 5 * HOUR), type: 'resolution', to: 'Done' }],
      }),
      evaluation([
        goal('reaction', HOUR, [[T0, T0 + HOUR / 2, HOUR / 2]]),
        goal('handover', HOUR, [[T0, T0 + 2 * HOUR, 2 * HOUR]], true),
        goal('update', HOUR, [
          [T0, T0 + HOUR, HOUR],
          [T0 + HOUR, null, HOUR / 4],
        ]),
      ]),
      T0 + 6 * HOUR,
    );
    await writeIssueFacts(db, [facts], T0 + 6 * HOUR);

    const issue = await db.selectFrom('issue_facts').selectAll().executeTakeFirstOrThrow();
    expect({ ...issue, created_at: Number(issue.created_at) }).toMatchObject({
      issue_id: '10001',
      issue_key: 'SUP-1',
      customer: 'Schultz A/S',
      agreement: 'schultz-prod',
      contract_version: 3,
      team: 'Second line',
      assignee: 'agent-1',
      priority: 'p1',
      priority_name: 'Critical',
      priority_rank: 1,
      resolved: 1,
      created_at: T0,
    });
    expect(Number(issue.resolved_at)).toBe(T0 + 5 * HOUR);
    expect((await cycleRows()).map((r) => ({ ...r, elapsed_ms: Number(r.elapsed_ms) }))).toEqual([
      expect.objectContaining({ goal: 'handover', cycle: 0, result: 'missed', internal: 1 }),
      expect.objectContaining({ goal: 'reaction', cycle: 0, result: 'met', internal: 0 }),
      expect.objectContaining({ goal: 'update', cycle: 0, result: 'met', elapsed_ms: HOUR }),
      expect.objectContaining({ goal: 'update', cycle: 1, result: 'running', stopped_at: null }),
    ]);
  });

  it('never counts a cycle twice when an evaluation is replayed', async () => {
    const facts = issueFacts(
      source('10001'),
      snapshot('SUP-1'),
      evaluation([goal('reaction', HOUR, [[T0, T0 + HOUR / 2, HOUR / 2]])]),
      T0 + HOUR,
    );
    await writeIssueFacts(db, [facts], T0 + HOUR);
    await writeIssueFacts(db, [facts], T0 + HOUR);
    const later = issueFacts(
      source('10001', [{ goal: 'reaction', cycleCount: 1 }]),
      snapshot('SUP-1', { status: 'Resolved' }),
      evaluation([goal('reaction', HOUR, [[T0, T0 + HOUR / 2, HOUR / 2]])]),
      T0 + 2 * HOUR,
    );
    await writeIssueFacts(db, [later], T0 + 2 * HOUR);

    expect(await cycleRows()).toHaveLength(1);
    const issues = await db.selectFrom('issue_facts').select(['status', 'evaluated_at']).execute();
    expect(issues.map((i) => [i.status, Number(i.evaluated_at)])).toEqual([
      ['Resolved', T0 + 2 * HOUR],
    ]);
  });

  it('deletes the cycles a later evaluation no longer has', async () => {
    const two = evaluation([
      goal('update', HOUR, [
        [T0, T0 + HOUR, HOUR],
        [T0 + HOUR, null, 0],
      ]),
    ]);
    await writeIssueFacts(db, [issueFacts(source('10001'), snapshot('SUP-1'), two, T0)], T0);
    // Recalculated under a contract whose update goal resets no more: one cycle left.
    const one = evaluation([goal('update', HOUR, [[T0, null, 2 * HOUR]])]);
    const previous = [{ goal: 'update', cycleCount: 2 }];
    await writeIssueFacts(
      db,
      [issueFacts(source('10001', previous), snapshot('SUP-1'), one, T0 + HOUR)],
      T0 + HOUR,
    );
    expect(await cycleRows()).toEqual([
      expect.objectContaining({ goal: 'update', cycle: 0, result: 'running' }),
    ]);
  });

  it('writes batches larger than one statement takes', async () => {
    const many = Array.from({ length: 3_000 }, (_, n) =>
      issueFacts(
        source(String(20000 + n)),
        snapshot(`SUP-${n}`),
        evaluation([goal('reaction', HOUR, [[T0, T0 + n, n]])]),
        T0,
      ),
    );
    expect(statementChunks(many.flatMap((f) => f.cycles)).length).toBeGreaterThan(1);
    await writeIssueFacts(db, many, T0);
    await writeIssueFacts(db, many, T0);
    const { count } = await db
      .selectFrom('goal_cycles')
      .select((eb) => eb.fn.countAll().as('count'))
      .executeTakeFirstOrThrow();
    expect(Number(count)).toBe(3_000);
  });

  it('splits rows into statements within Forge SQL’s request size and the placeholder limit', () => {
    const wide = Array.from({ length: 5_000 }, (_, n) => ({ id: n, text: 'x'.repeat(500) }));
    const narrow = Array.from({ length: 40_000 }, (_, n) => ({ a: n, b: n }));
    for (const rows of [wide, narrow] as object[][]) {
      const chunks = statementChunks(rows);
      expect(chunks.flat()).toEqual(rows);
      for (const chunk of chunks) {
        expect(JSON.stringify(chunk.map(Object.values)).length).toBeLessThan(
          STATEMENT_LIMITS.bytes,
        );
        expect(chunk.length * 2).toBeLessThanOrEqual(STATEMENT_LIMITS.values);
      }
    }
  });

  it('finds the cycles stopped in a period, per agreement, with the index the reports use', async () => {
    const periodStart = T0;
    const periodEnd = T0 + 24 * HOUR;
    await writeIssueFacts(
      db,
      [
        issueFacts(
          source('1'),
          snapshot('SUP-1'),
          evaluation([goal('reaction', HOUR, [[T0 - HOUR, T0 - 1, HOUR - 1]])]),
          T0,
        ),
        issueFacts(
          source('2'),
          snapshot('SUP-2'),
          evaluation([goal('reaction', HOUR, [[T0, T0, 0]])]),
          T0,
        ),
        issueFacts(
          source('3'),
          snapshot('SUP-3'),
          evaluation([goal('reaction', HOUR, [[T0, periodEnd - 1, 2 * HOUR]])]),
          T0,
        ),
        issueFacts(
          source('4'),
          snapshot('SUP-4'),
          evaluation([goal('reaction', HOUR, [[T0, periodEnd, HOUR]])]),
          T0,
        ),
        issueFacts(
          source('5'),
          snapshot('SUP-5'),
          evaluation([goal('reaction', HOUR, [[T0, null, HOUR]])]),
          T0,
        ),
      ],
      T0,
    );
    const stopped = await db
      .selectFrom('goal_cycles')
      .select(['issue_id', 'result'])
      .where('agreement', '=', 'schultz-prod')
      .where('stopped_at', '>=', periodStart)
      .where('stopped_at', '<', periodEnd)
      .orderBy('issue_id')
      .execute();
    expect(stopped).toEqual([
      { issue_id: '2', result: 'met' },
      { issue_id: '3', result: 'missed' },
    ]);
  });
});
