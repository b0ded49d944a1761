import {
  GOAL_SCOPES,
  REPORT_GROUPINGS,
  managementReportFromFacts,
} from '../../domain/reports/managementReport';
import { reportMonths } from '../../domain/reports/reportMonths';
import type { SqlDatabase } from '../../storage/sql/schema';
import { insertFacts, syntheticFacts } from '../../../test/support/reportFacts';
import { testDatabase } from '../../../test/support/testDatabase';
import { managementReportQuery } from './managementReportQuery';

describe('the management report in SQL', () => {
  let db: SqlDatabase;
  beforeAll(async () => (db = await testDatabase()));
  afterAll(() => db.destroy());

  // Issues from August to December around a report of September to November in Copenhagen
  // (October ends in the DST change): cases received before, resolved after, breaches open at
  // the end, empty groups, and groups of odd and even sizes for the percentiles.
  const months = reportMonths('2026-09', '2026-11', 'Europe/Copenhagen');
  const facts = syntheticFacts(
    600,
    Date.parse('2026-08-01T00:00Z'),
    Date.parse('2026-12-31T00:00Z'),
  );
  const measures = { reaction: ['reaction'], resolution: ['resolution'] };
  /** After every month of the report: all of them closed, so all from rollups. */
  const later = Date.parse('2027-01-01T00:00Z');

  it('gives exactly the figures of the definition, for every grouping and goal scope', async () => {
    await insertFacts(db, facts);
    for (const grouping of REPORT_GROUPINGS) {
      for (const goals of GOAL_SCOPES) {
        const query = { months, grouping, goals, measures };
        expect(await managementReportQuery(db, query, later)).toEqual(
          managementReportFromFacts(facts.cases, facts.cycles, query),
        );
      }
    }
  });

  it('adds the open month up live to the closed months from rollups, and gives the same', async () => {
    const withDecember = reportMonths('2026-10', '2026-12', 'Europe/Copenhagen');
    const inDecember = Date.parse('2026-12-20T12:00Z');
    for (const grouping of REPORT_GROUPINGS) {
      for (const goals of GOAL_SCOPES) {
        const query = { months: withDecember, grouping, goals, measures };
        expect(await managementReportQuery(db, query, inDecember)).toEqual(
          managementReportFromFacts(facts.cases, facts.cycles, query),
        );
      }
    }
    // December, still open, was added up live and not kept.
    const kept = await db.selectFrom('rollup_months').select('start_ms').execute();
    expect(kept.map((row) => Number(row.start_ms))).not.toContain(withDecember[2]!.start);
    expect(kept.map((row) => Number(row.start_ms))).toContain(withDecember[1]!.start);
  });

  it('reports no group and empty months before any issue', async () => {
    const query = {
      months: reportMonths('2020-01', '2020-02', 'UTC'),
      grouping: 'team' as const,
      goals: 'all' as const,
      measures,
    };
    const report = await managementReportQuery(db, query, later);
    expect(report.rows).toEqual([]);
    expect(report.months).toEqual([
      { month: '2020-01', met: 0, missed: 0, compliancePct: null },
      { month: '2020-02', met: 0, missed: 0, compliancePct: null },
    ]);
  });
});
