import { setUpKpiDemo } from '../../src/simulator/demo/kpis';
import { setUpManagementReviewDemo } from '../../src/simulator/demo/managementReview';
import { setUpRelationshipsDemo } from '../../src/simulator/demo/relationships';
import { setUpRiskDemo } from '../../src/simulator/demo/risk';
import { issuedPackContent } from '../../src/services/review/managementReview';
import { listReviewPacks, reviewPack } from '../../src/storage/review/reviewPacks';
import { loadReviewSchedule } from '../../src/storage/review/reviewScheduleSettings';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

/** Mid-December 2026 in Copenhagen: the annual review covers December 2025 to November 2026. */
const DECEMBER = Date.parse('2026-12-15T10:00:00Z');

describe('the management review demo', () => {
  it('issues last year’s pack from the other areas’ demo data, through the service', async () => {
    const { sim } = await demoSimulator(DECEMBER);
    await setUpRiskDemo(sim);
    await setUpRelationshipsDemo(sim);
    await setUpKpiDemo(sim);
    await setUpManagementReviewDemo(sim);
    const ctx = sim.forge.context();
    const [head] = await listReviewPacks(ctx.sql);
    expect(head).toMatchObject({
      period_from: '2025-12',
      period_to: '2026-11',
      revision: 1,
      issued_by: DEMO_USERS.admin,
    });
    const pack = issuedPackContent((await reviewPack(ctx.sql, head!.pack_id))!);
    expect(pack.auditResults.audits.map((a) => [a.kind, a.heldOn])).toEqual([
      ['internal', '2026-03-14'],
      ['external', '2026-08-03'],
    ]);
    expect(pack.risk.register.length).toBeGreaterThan(0);
    expect(pack.risk.compositeLatest?.month).toBe('2026-11');
    expect(pack.kpis.summary.some((k) => k.monthsWithValue > 0)).toBe(true);
    expect(pack.customerSatisfaction.months).toHaveLength(12);
    expect((await loadReviewSchedule(ctx.store)).month).toBe(1);
    // Run again (a restart keeping the stores): nothing more.
    await setUpManagementReviewDemo(sim);
    expect((await listReviewPacks(ctx.sql)).map((p) => p.revision)).toEqual([1]);
  });
});
