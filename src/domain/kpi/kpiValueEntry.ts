/** One entry of a manual KPI's value: what, for which month, who and when (append-only). */
export interface KpiValueEntry {
  readonly kpiId: string;
  /** `YYYY-MM` in the catalogue's time zone. */
  readonly month: string;
  /** 1 for the first entry of the month, then each correction the next. */
  readonly revision: number;
  readonly value: number;
  readonly enteredBy: string;
  /** Epoch ms. */
  readonly enteredAt: number;
}
