import type { Migration } from './migrations';

/**
 * The tables of `riskSchema.ts`, appended to `MIGRATIONS` (names v341–v359): one DDL statement each,
 * no foreign keys, portable between MySQL (TiDB, MariaDB) and Postgres (PGlite).
 */
export const RISK_MIGRATIONS: readonly Migration[] = [];
