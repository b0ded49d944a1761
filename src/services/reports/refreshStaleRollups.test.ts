import type { ManagementQuery } from '../../domain/reports/managementReport';
import { reportMonths } from '../../domain/reports/reportMonths';
import { writeIssueFacts } from '../../storage/sql/issueFacts';
import type { SqlDatabase } from '../../storage/sql/schema';
import { issueFactsOf, syntheticFacts } from '../../../test/support/reportFacts';
import { testDatabase } from '../../../test/support/testDatabase';
import { managementReportQuery } from './managementReportQuery';
import { refreshStaleRollups } from './refreshStaleRollups';

describe('refreshing stale rollups in the background', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  const months = reportMonths('2026-09', '2026-11', 'Europe/Copenhagen');
  const query: ManagementQuery = {
    months,
    grouping: 'customer',
    goals: 'all',
    measures: { reaction: ['reaction'], resolution: ['resolution'] },
  };
  const now = Date.parse('2027-01-01T00:00Z');
  const EVALUATED = Date.parse('2026-12-31T00:00Z');
  const facts = syntheticFacts(
    120,
    Date.parse('2026-08-01T00:00Z'),
    Date.parse('2026-12-31T00:00Z'),
  );
  const builds = async () =>
    (
      await db
        .selectFrom('rollup_months')
        .select(['start_ms', 'build_id'])
        .orderBy('start_ms')
        .execute()
    ).map((row) => row.build_id);
  const NO_LIMIT = Number.MAX_SAFE_INTEGER;
  /**
   * Every issue written again as new facts: every month from the earliest creation is stale. The
   * builds are dated two minutes back and the change one, as a build counts as current only when
   * it started more than the clock-skew margin after the last change (`CLOCK_SKEW_MARGIN_MS`).
   */
  const rewriteFacts = async () => {
    await db.deleteFrom('issue_facts').execute();
    await writeIssueFacts(db, issueFactsOf(facts, EVALUATED), EVALUATED);
    await db
      .updateTable('rollup_months')
      .set((eb) => ({
        built_at: eb('built_at', '-', 120_000),
        changed_at: eb('changed_at', '-', 60_000),
      }))
      .execute();
  };

  it('rebuilds the stale months a report has covered, and only those', async () => {
    await writeIssueFacts(db, issueFactsOf(facts, EVALUATED), EVALUATED);
    expect(await refreshStaleRollups(db, now, NO_LIMIT)).toBe(0); // no month reported on yet
    const report = await managementReportQuery(db, query, now);
    const first = await builds();
    expect(first).toHaveLength(3);
    expect(await refreshStaleRollups(db, now, NO_LIMIT)).toBe(0); // all current

    await rewriteFacts();
    expect(await refreshStaleRollups(db, now, NO_LIMIT)).toBe(3);
    const rebuilt = await builds();
    expect(rebuilt.every((id, i) => id !== null && id !== first[i])).toBe(true);

    // The report now reads what the refresh built: the same figures, no build of its own.
    expect(await managementReportQuery(db, query, now)).toEqual(report);
    expect(await builds()).toEqual(rebuilt);
  });

  it('stops when its time budget is spent, leaving the rest for later', async () => {
    await writeIssueFacts(db, issueFactsOf(facts, EVALUATED), EVALUATED);
    await managementReportQuery(db, query, now);
    await rewriteFacts();
    expect(await refreshStaleRollups(db, now, 0)).toBe(0);
    expect(await refreshStaleRollups(db, now, NO_LIMIT)).toBe(3);
  });
});
