/**
 * The demo's KPI sources: defect density of the APP releases of the last four months and the
 * uptime of Fjellheim's production show values, computed by the app from what the demo did in
 * Jira.
 */
import { periodKeyAt } from '../../src/domain/reports/reportPeriod';
import { addMonths } from '../../src/domain/kpi/kpiMetricMonths';
import { computeKpiMetric } from '../../src/services/kpi/kpiMetrics';
import { setUpKpiSourcesDemo } from '../../src/simulator/demo/kpiSourcesDemo';
import { loadKpiCatalogue } from '../../src/storage/kpiCatalogue';
import { demoSimulator, HOUR } from '../support/simulator';

describe('the KPI sources demo', () => {
  it('shows defect density for recent releases and uptime below 100 % in one environment', async () => {
    const { sim } = await demoSimulator();
    await setUpKpiSourcesDemo(sim);
    await sim.advanceBy(HOUR);
    const ctx = sim.forge.context();
    const catalogue = await loadKpiCatalogue(ctx.store);
    expect(catalogue.sources.defectDensity.releaseProjects).toEqual(['APP']);

    const tz = 'Europe/Copenhagen';
    const thisMonth = periodKeyAt(sim.now(), tz);
    const months = [-3, -2, -1, 0].map((n) => addMonths(thisMonth, n));
    const density = await computeKpiMetric(
      ctx,
      { kind: 'computed', metric: 'defect-density' },
      months,
      catalogue.sources,
      tz,
    );
    expect([...density.values()]).toEqual([3 / 9, 2 / 9, 1 / 9, 4 / 9]);

    const uptime = (environment: string) =>
      computeKpiMetric(
        ctx,
        { kind: 'computed', metric: 'uptime', environment },
        [thisMonth],
        catalogue.sources,
        tz,
      );
    const prod = (await uptime('fjellheim-prod')).get(thisMonth)!;
    expect(prod).toBeLessThan(100);
    expect(prod).toBeGreaterThan(90);
    expect((await uptime('gota-prod')).get(thisMonth)).toBe(100);
  });
});
