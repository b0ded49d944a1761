/**
 * The demo's KPIs (`npm start`): the default catalogue with owners from the demo users, action
 * issues in the QM project, months in Copenhagen time, and six months of the manual KPIs up to
 * last month entered by the admin through the app's own service, the current month's eNPS too.
 * Last month, churn misses its ≤ 5 % and eNPS worsened twice in a row (27 → 24 → 21): entering
 * them raises their owners' action issues, as the daily job would. A catalogue an admin edited
 * is kept; the values are entered once per fresh database.
 */
import type { KpiCatalogue } from '../../domain/kpi/kpiCatalogue';
import { monthsEndingWith } from '../../domain/kpi/kpiMonths';
import { lastEndedPeriodKey, periodKeyAt } from '../../domain/reports/reportPeriod';
import { enterKpiValue } from '../../services/kpi/kpiValueEntry';
import { kpiValueEntries } from '../../storage/kpi/kpiValues';
import {
  loadKpiCatalogue,
  loadSavedKpiCatalogue,
  saveKpiCatalogue,
} from '../../storage/kpiCatalogue';
import type { Simulator } from '../simulator';
import { DEMO_USERS } from './site';

/** The manual KPIs' values over the six months up to last month, oldest first. */
const VALUES: Readonly<Record<string, readonly number[]>> = {
  enps: [21, 22, 25, 27, 24, 21],
  workload: [81, 80, 82, 81, 83, 84],
  'mental-health': [82, 83, 81, 84, 85, 86],
  churn: [2, 3, 2.5, 4, 3.5, 6.5],
};

/** Who owns which KPI: the quality lead most, the admin the people measures. */
const OWNERS: Readonly<Record<string, string>> = {
  enps: DEMO_USERS.admin,
  workload: DEMO_USERS.admin,
  'mental-health': DEMO_USERS.admin,
};

export async function setUpKpiDemo(sim: Simulator): Promise<void> {
  const ctx = sim.forge.context();
  const saved = await loadSavedKpiCatalogue(ctx.store);
  const untouched = !saved || saved.settings.kpis.every((k) => k.owner === null);
  if (untouched) {
    const base = await loadKpiCatalogue(ctx.store);
    const catalogue: KpiCatalogue = {
      ...base,
      timeZone: 'Europe/Copenhagen',
      kpis: base.kpis.map((k) => ({ ...k, owner: OWNERS[k.id] ?? DEMO_USERS.lead })),
      actions: { projectKey: 'QM', issueType: 'Task', dueInDays: 14 },
    };
    await saveKpiCatalogue(ctx.store, catalogue, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(sim.now()).toISOString(),
      baseVersion: saved?.version ?? null,
    });
  }
  const { timeZone } = await loadKpiCatalogue(ctx.store);
  const months = monthsEndingWith(lastEndedPeriodKey(sim.now(), timeZone), 6);
  const ids = Object.keys(VALUES);
  if ((await kpiValueEntries(ctx.sql, ids, { from: months[0]!, to: months.at(-1)! })).length > 0)
    return;
  for (const [i, month] of months.entries()) {
    for (const id of ids) {
      const result = await enterKpiValue(
        ctx,
        { kpiId: id, month, value: VALUES[id]![i] },
        DEMO_USERS.admin,
      );
      if ('errors' in result) throw new Error(`demo KPI value: ${JSON.stringify(result.errors)}`);
    }
  }
  // This month's eNPS so far: shown, but no action until the month has ended.
  await enterKpiValue(
    ctx,
    { kpiId: 'enps', month: periodKeyAt(sim.now(), timeZone), value: 23 },
    DEMO_USERS.admin,
  );
  await sim.forge.settle();
}
