/**
 * Forge SQL tables of the KPI catalogue's monthly values (computed and entered by hand, with who and when) and the action issues raised for them. Instants are BIGINT epoch ms, as in `schema.ts`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- tables are added by #14's work in progress
export interface KpiDatabase {}
