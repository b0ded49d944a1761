import type { CustomerReport } from '../../src/domain/reports/customerReport';
import { demoSimulator, DEMO_USERS, HOUR, MINUTE } from '../support/simulator';

// Tuesday 31 March 2026, 20:00 UTC: 22:00 in Copenhagen (CEST), two hours before March ends there.
const MARCH_31_2200_CPH = Date.parse('2026-03-31T20:00:00Z');

describe('the hourly customer report schedule', () => {
  it("issues March's report once, at the first run after March ended in Copenhagen", async () => {
    const { sim, act, reportIncident } = await demoSimulator(MARCH_31_2200_CPH);
    const open = await reportIncident('High', 'Payroll export fails');
    const resolved = await reportIncident('Low', 'Typo on the help page');
    await act.comment(DEMO_USERS.agents[0], resolved, 'Fixed, thanks!');
    await act.transition(DEMO_USERS.agents[0], resolved, 'Resolved');
    const reports = () =>
      sim.forge.sql.db.selectFrom('issued_reports').selectAll().orderBy('agreement').execute();

    // 21:55 UTC, 23:55 local: March has not ended in Copenhagen yet, so no report for it.
    await sim.advanceTo(Date.parse('2026-03-31T21:55:00Z'));
    expect((await reports()).filter((r) => r.period === '2026-03')).toEqual([]);

    // The hourly run at 22:00 UTC (00:00 local on 1 April) and the ones after issue it once.
    await sim.advanceBy(2 * HOUR + 5 * MINUTE);
    const march = (await reports()).filter(
      (r) => r.period === '2026-03' && r.agreement === 'schultz-prod-gold',
    );
    expect(march).toHaveLength(1);
    expect(march[0]).toMatchObject({ revision: 1, issued_by: 'app', contract_version: 1 });
    const report = JSON.parse(march[0]!.content) as CustomerReport;
    expect(report.period).toMatchObject({
      start: '2026-02-28T23:00:00.000Z',
      end: '2026-03-31T22:00:00.000Z',
      timeZone: 'Europe/Copenhagen',
    });
    expect(report.casesCreated).toBe(2);
    expect(report.activeAtEnd.total).toBe(1);
    expect(report.goals.some((row) => row.issueKey === open)).toBe(true);
    // The internal goal (second-line pickup) never reaches the customer's copy.
    expect(report.goals.some((row) => row.goal === 'second-line-pickup')).toBe(false);
    expect(sim.forge.log.filter((line) => line.message.includes('not issued'))).toEqual([]);
  });
});
