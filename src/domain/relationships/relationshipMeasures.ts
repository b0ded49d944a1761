/**
 * The ITIL relationship process's measures of one month (`YYYY-MM`), as the management review
 * and the KPI catalogue read them. Shares are 0–1, null when there is nobody to count.
 */
export interface RelationshipMonth {
  readonly month: string;
  /** Customers in the register at the month's end. */
  readonly customers: number;
  /** Share of customers with a named account manager on our side. */
  readonly customersWithNamedContact: number | null;
  /** Share of orderers with a named contact on our side. */
  readonly orderersWithNamedContact: number | null;
  /** Share of customers bound by a written agreement (an SLA agreement in the contract). */
  readonly customersWithWrittenAgreement: number | null;
  /** Satisfaction surveys answered in the month (CSAT scale), and the share satisfied (0–1). */
  readonly surveyAnswers: number;
  readonly csat: number | null;
  /** Complaints received in the month. */
  readonly complaints: number;
}
