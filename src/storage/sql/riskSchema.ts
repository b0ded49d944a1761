/**
 * Forge SQL tables of the monthly risk scores per area, the action plans raised for drops, and the risk register with its approvals. Instants are BIGINT epoch ms, as in `schema.ts`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- tables are added by #14's work in progress
export interface RiskDatabase {}
