import { kpiActionsBetween } from '../../src/storage/kpi/kpiActionRecords';
import { kpiValueEntries } from '../../src/storage/kpi/kpiValues';
import { DEFAULT_KPI_CATALOGUE } from '../../src/domain/kpi/kpiCatalogue';
import {
  loadKpiCatalogue,
  loadSavedKpiCatalogue,
  saveKpiCatalogue,
} from '../../src/storage/kpiCatalogue';
import { setUpKpiDemo } from '../../src/simulator/demo/kpis';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

/** Mid-December 2026 in Copenhagen: the demo's six months run June–November. */
const DECEMBER = Date.parse('2026-12-15T10:00:00Z');

describe('the KPI demo', () => {
  it('owns every KPI, enters six months through the service, and raises last month’s actions', async () => {
    const { sim } = await demoSimulator(DECEMBER);
    await setUpKpiDemo(sim);
    const ctx = sim.forge.context();
    const catalogue = await loadKpiCatalogue(ctx.store);
    expect(catalogue.kpis.every((k) => k.owner !== null)).toBe(true);
    expect(catalogue.actions.projectKey).toBe('QM');
    const entries = await kpiValueEntries(ctx.sql, ['enps', 'churn', 'workload', 'mental-health'], {
      from: '2026-06',
      to: '2026-12',
    });
    expect(entries).toHaveLength(25);
    expect(entries.every((e) => e.enteredBy === DEMO_USERS.admin)).toBe(true);
    const actions = await kpiActionsBetween(ctx.sql, { from: '2026-06', to: '2026-12' });
    expect(actions.map((a) => [a.kpiId, a.month, a.status]).sort()).toEqual([
      ['churn', '2026-11', 'created'],
      ['enps', '2026-11', 'created'],
    ]);
    // Run again (a restart keeping the database): nothing more.
    await setUpKpiDemo(sim);
    expect(
      await kpiValueEntries(ctx.sql, ['enps'], { from: '2026-06', to: '2026-12' }),
    ).toHaveLength(7);
  });

  it('owns the catalogue the KPI sources demo saved, keeping its source settings', async () => {
    const { sim } = await demoSimulator(DECEMBER);
    const sources = DEFAULT_KPI_CATALOGUE.sources;
    const withRelease = {
      ...sources,
      defectDensity: { ...sources.defectDensity, releaseProjects: ['APP'] },
    };
    await saveKpiCatalogue(
      sim.forge.store,
      { ...DEFAULT_KPI_CATALOGUE, sources: withRelease },
      { savedBy: DEMO_USERS.admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
    );
    await setUpKpiDemo(sim);
    const saved = await loadSavedKpiCatalogue(sim.forge.store);
    expect(saved).toMatchObject({ version: 2, settings: { sources: withRelease } });
    expect(saved!.settings.kpis.every((k) => k.owner !== null)).toBe(true);
  });
});
