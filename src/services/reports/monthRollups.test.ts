import {
  GOAL_SCOPES,
  managementReportFromFacts,
  type ManagementQuery,
} from '../../domain/reports/managementReport';
import { reportMonths } from '../../domain/reports/reportMonths';
import { writeIssueFacts } from '../../storage/sql/issueFacts';
import type { SqlDatabase } from '../../storage/sql/schema';
import {
  issueFactsOf,
  syntheticFacts,
  type SyntheticFacts,
} from '../../../test/support/reportFacts';
import { testDatabase } from '../../../test/support/testDatabase';
import { managementReportQuery } from './managementReportQuery';

const H = 3_600_000;

describe('the management report from monthly rollups', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  const months = reportMonths('2026-09', '2026-11', 'Europe/Copenhagen');
  const measures = { reaction: ['reaction'], resolution: ['resolution'] };
  const query: ManagementQuery = { months, grouping: 'customer', goals: 'all', measures };
  const later = Date.parse('2027-01-01T00:00Z');
  const EVALUATED = Date.parse('2026-12-31T00:00Z');
  const original = syntheticFacts(
    300,
    Date.parse('2026-08-01T00:00Z'),
    Date.parse('2026-12-31T00:00Z'),
  );

  const write = (facts: SyntheticFacts, issueIds?: readonly string[]) =>
    writeIssueFacts(
      db,
      issueFactsOf(facts, EVALUATED).filter(
        (f) => !issueIds || issueIds.includes(f.issue.issue_id),
      ),
      EVALUATED,
    );

  /** Each month's row: where its build points, when built, when last changed. */
  const rollupMonths = async () =>
    (
      await db
        .selectFrom('rollup_months')
        .select(['start_ms', 'build_id', 'built_at', 'changed_at'])
        .orderBy('start_ms')
        .execute()
    ).map((row) => ({ ...row, start_ms: Number(row.start_ms) }));

  const expectDefinition = async (facts: SyntheticFacts, now = later) => {
    for (const goals of GOAL_SCOPES) {
      const q = { ...query, goals };
      expect(await managementReportQuery(db, q, now)).toEqual(
        managementReportFromFacts(facts.cases, facts.cycles, q),
      );
    }
  };

  /** The October issue that is open at the end: resolving it changes October and November. */
  const octoberOpen = original.cases.find(
    (c) => c.resolvedAt === null && months[1]!.start <= c.createdAt && c.createdAt < months[1]!.end,
  )!;

  it('rebuilds the months a change of facts may reach, from the issue’s creation on', async () => {
    await write(original);
    await expectDefinition(original);
    const built = await rollupMonths();
    expect(built.map((m) => m.start_ms)).toEqual(months.map((m) => m.start));
    expect(built.every((m) => m.build_id !== null)).toBe(true);

    // Resolved on 10 November: its resolution cycle met, stopped then.
    const resolvedAt = Date.parse('2026-11-10T09:00Z');
    const changed: SyntheticFacts = {
      cases: original.cases.map((c) => (c === octoberOpen ? { ...c, resolvedAt } : c)),
      cycles: original.cycles.map((c) =>
        c.issueId === octoberOpen.issueId && c.goal === 'resolution'
          ? { ...c, result: 'met', stoppedAt: resolvedAt, elapsedMs: 7 * H, breachedAt: null }
          : c,
      ),
    };
    await write(changed, [octoberOpen.issueId]);
    const marked = await rollupMonths();
    expect(marked[0]).toEqual(built[0]); // September: before the issue, untouched
    expect(marked[1]!.changed_at).not.toEqual(built[1]!.changed_at);
    expect(marked[2]!.changed_at).not.toEqual(built[2]!.changed_at);

    await expectDefinition(changed);
    const rebuilt = await rollupMonths();
    expect(rebuilt[0]!.build_id).toBe(built[0]!.build_id);
    expect(rebuilt[1]!.build_id).not.toBe(built[1]!.build_id);
    expect(rebuilt[2]!.build_id).not.toBe(built[2]!.build_id);
  });

  it('keeps the months when only a running clock moved, and reads them again as they are', async () => {
    await write(original);
    await expectDefinition(original);
    const built = await rollupMonths();

    const running = original.cycles.find(
      (c) => c.issueId === octoberOpen.issueId && c.result === 'running',
    )!;
    const ticked: SyntheticFacts = {
      cases: original.cases,
      cycles: original.cycles.map((c) =>
        c === running ? { ...c, elapsedMs: c.elapsedMs + H } : c,
      ),
    };
    await write(ticked, [octoberOpen.issueId]);
    expect(await rollupMonths()).toEqual(built);
    await expectDefinition(ticked);
    expect(await rollupMonths()).toEqual(built);
  });

  it('gives two reports that build the same months at once the right figures, and keeps one build', async () => {
    await write(original);
    const [first, second] = await Promise.all([
      managementReportQuery(db, query, later),
      managementReportQuery(db, query, later),
    ]);
    const expected = managementReportFromFacts(original.cases, original.cycles, query);
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    const pointed = new Set((await rollupMonths()).map((m) => m.build_id));
    for (const table of ['rollup_case_figures', 'rollup_goal_figures'] as const) {
      const builds = await db.selectFrom(table).select('build_id').distinct().execute();
      expect(new Set(builds.map((row) => row.build_id))).toEqual(pointed);
    }
    await expectDefinition(original);
  });

  it('builds a month again when its rows were deleted under the reader', async () => {
    await write(original);
    await expectDefinition(original);
    const built = await rollupMonths();
    // What a later build of October does to the rows of the build a reader has just read.
    await db
      .deleteFrom('rollup_case_figures')
      .where('build_id', '=', built[1]!.build_id!)
      .execute();
    await db
      .deleteFrom('rollup_goal_figures')
      .where('build_id', '=', built[1]!.build_id!)
      .execute();
    await expectDefinition(original);
    expect((await rollupMonths())[1]!.build_id).not.toBe(built[1]!.build_id);
  });
});
