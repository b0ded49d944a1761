/**
 * Forge SQL tables of the relationship register's records: customer meetings with their minutes and agreed actions, and what else the register keeps in SQL. Instants are BIGINT epoch ms, as in `schema.ts`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- tables are added by #14's work in progress
export interface RelationshipDatabase {}
