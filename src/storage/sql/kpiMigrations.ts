import type { Migration } from './migrations';

/**
 * The tables of `kpiSchema.ts`, appended to `MIGRATIONS` (names v321–v339): one DDL statement each,
 * no foreign keys, portable between MySQL (TiDB, MariaDB) and Postgres (PGlite).
 */
export const KPI_MIGRATIONS: readonly Migration[] = [];
