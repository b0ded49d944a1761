/**
 * A manual KPI value as an admin enters it on the Quality page: `{ kpiId, month, value }`, checked
 * field by field against the catalogue (the KPI exists and is entered by hand), the month (not
 * after the current one) and the value (a finite number; 0–100 for a %).
 */
import { isObjectOf } from '../fieldReaders';
import { jsonType, type ValidationError } from '../validation';
import { PERCENT_UNIT, type KpiCatalogue, type KpiDefinition } from './kpiCatalogue';
import { isMonthKey } from './kpiMonths';

export interface KpiValueRequest {
  readonly kpi: KpiDefinition;
  readonly month: string;
  readonly value: number;
}

export function readKpiValueRequest(
  payload: unknown,
  catalogue: KpiCatalogue,
  /** The month now falls in, in the catalogue's time zone. */
  currentMonth: string,
): { readonly request: KpiValueRequest } | { readonly errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  if (!isObjectOf(errors, payload, '$', ['kpiId', 'month', 'value'], 'the request')) {
    return { errors };
  }
  const { kpiId, month, value } = payload;
  const kpi = catalogue.kpis.find((k) => k.id === kpiId);
  if (!kpi) {
    errors.push({
      path: '$.kpiId',
      message:
        typeof kpiId === 'string'
          ? `is not a KPI of the catalogue: "${kpiId.slice(0, 64)}"`
          : `must be a KPI's id, not ${jsonType(kpiId)}`,
    });
  } else if (kpi.source.kind !== 'manual') {
    errors.push({ path: '$.kpiId', message: `"${kpi.name}" is computed by the app, not entered` });
  }
  if (!isMonthKey(month)) {
    errors.push({ path: '$.month', message: 'must be a month YYYY-MM' });
  } else if (month > currentMonth) {
    errors.push({
      path: '$.month',
      message: `must not be after the current month ${currentMonth}`,
    });
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push({ path: '$.value', message: 'must be a finite number' });
  } else if (kpi?.unit === PERCENT_UNIT && (value < 0 || value > 100)) {
    errors.push({ path: '$.value', message: 'must be between 0 and 100 (a %)' });
  }
  return errors.length > 0 || !kpi
    ? { errors }
    : { request: { kpi, month: month as string, value: value as number } };
}
