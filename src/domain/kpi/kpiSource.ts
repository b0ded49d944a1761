/**
 * The figures the app computes itself for a KPI, each per month: SLA compliance (customer-facing
 * goals met of those completed), CSAT and NPS of the quality loop's feedback, flagged follow-ups
 * recorded in time, open non-conformities at month end, CAPA cycle time, complaints received,
 * defect density (defects per release) and uptime % of an environment.
 */
export const COMPUTED_KPI_METRICS = [
  'sla-compliance',
  'csat',
  'nps',
  'follow-ups-in-time',
  'open-non-conformities',
  'capa-cycle-time',
  'complaints',
  'defect-density',
  'uptime',
] as const;
export type ComputedKpiMetric = (typeof COMPUTED_KPI_METRICS)[number];

/**
 * Where a KPI's monthly values come from: computed by the app (uptime for one environment, or
 * every environment when none is named), or entered by hand each month with who and when (eNPS,
 * workload, mental health, churn).
 */
export type KpiSource =
  | {
      readonly kind: 'computed';
      readonly metric: ComputedKpiMetric;
      /** Only for `uptime`: the contract environment's id. */
      readonly environment?: string;
    }
  | { readonly kind: 'manual' };
