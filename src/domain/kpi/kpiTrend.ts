/** Whether a KPI is better when it rises or when it falls. */
export type KpiDirection = 'higher' | 'lower';

/** One month's value of a KPI (`YYYY-MM`); null when there is no value (nothing measured, not entered). */
export interface KpiMonthValue {
  readonly month: string;
  readonly value: number | null;
  /** Whether the value meets the target in the KPI's direction; null without a value. */
  readonly meetsTarget: boolean | null;
}

/** A KPI of the catalogue with its values month by month, as the Quality page and review read it. */
export interface KpiTrend {
  readonly id: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: KpiDirection;
  readonly target: number;
  /** The owner's Atlassian account id. */
  readonly owner: string | null;
  /** Where the values come from, e.g. `sla-compliance` or `manual:enps`. */
  readonly source: string;
  readonly months: readonly KpiMonthValue[];
}
