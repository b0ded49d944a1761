/**
 * Forge SQL tables of the issued management review packs (immutable once issued). Instants are BIGINT epoch ms, as in `schema.ts`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- tables are added by #14's work in progress
export interface ReviewDatabase {}
