/**
 * A manual KPI value entered by an admin: appended (a correction is a new entry, the newest is
 * the value), then, for a month that has ended, the KPI's action issue is raised at once if the
 * value misses its target or continues a worsening streak (the daily job's once-only path).
 */
import { readKpiValueRequest } from '../../domain/kpi/kpiValueRequest';
import type { ValidationError } from '../../domain/validation';
import { periodKeyAt } from '../../domain/reports/reportPeriod';
import { appendKpiValue, type KpiValueEntry } from '../../storage/kpi/kpiValues';
import { loadKpiCatalogue } from '../../storage/kpiCatalogue';
import type { AppContext } from '../appContext';
import { isCompleteMonth, raiseKpiActionsFor, type KpiActionOutcome } from './kpiActions';

export type KpiValueEntryResult =
  | { readonly errors: ValidationError[] }
  | { readonly entry: KpiValueEntry; readonly action: KpiActionOutcome | null };

export async function enterKpiValue(
  ctx: AppContext,
  payload: unknown,
  enteredBy: string,
): Promise<KpiValueEntryResult> {
  const catalogue = await loadKpiCatalogue(ctx.store);
  const now = ctx.now();
  const read = readKpiValueRequest(payload, catalogue, periodKeyAt(now, catalogue.timeZone));
  if ('errors' in read) return read;
  const { kpi, month, value } = read.request;
  const entry = await appendKpiValue(ctx.sql, {
    kpiId: kpi.id,
    month,
    value,
    enteredBy,
    enteredAt: now,
  });
  if (!isCompleteMonth(now, catalogue, month)) return { entry, action: null };
  const [action] = await raiseKpiActionsFor(ctx, catalogue, [kpi], month);
  return { entry, action: action ?? null };
}
