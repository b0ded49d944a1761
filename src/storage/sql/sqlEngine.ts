import { MysqlAdapter, type Kysely } from 'kysely';

/**
 * The SQL dialect family a database speaks: 'mysql' for Forge SQL (TiDB) and MariaDB, 'postgres'
 * for PGlite. Queries are written once; only the few statements without a common spelling (an
 * upsert, a large text column) ask.
 */
export type SqlEngine = 'mysql' | 'postgres';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function sqlEngineOf(db: Kysely<any>): SqlEngine {
  // Kysely marks `getExecutor` internal, but the adapter is the dialect's own statement of what it
  // supports; every MySQL dialect, including `forgeSqlDialect.ts`, uses MysqlAdapter.
  return db.getExecutor().adapter instanceof MysqlAdapter ? 'mysql' : 'postgres';
}
