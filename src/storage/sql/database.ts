import { Kysely, MysqlDialect } from 'kysely';
import { createPool } from 'mysql2';
import {
  localForgeSqlRules,
  withForgeSqlRules,
  type ForgeSqlRules,
} from '../../simulator/forgeSqlRules';
import { migrateDatabase } from './migrateDatabase';
import { pgliteDialect, PgliteServer } from './pgliteDialect';
import type { Database, SqlDatabase } from './schema';

/** Where a local database lives: PGlite (in this process), or a MariaDB server. */
export type LocalSqlEngine =
  { readonly engine: 'pglite' } | { readonly engine: 'mariadb'; readonly url: string };

let sharedPglite: PgliteServer | undefined;

/**
 * A migrated database for the simulator, the tests and the bench; production uses Forge SQL
 * instead (`src/forge/forgeSql.ts`), with the same Kysely queries. Held to Forge SQL's `rules`
 * (`forgeSqlRules.ts`, `localForgeSqlRules`), so that whatever Forge SQL would refuse fails here too. On PGlite each
 * call gets a fresh schema of the process's one embedded Postgres, so databases never share rows.
 */
export async function createDatabase(
  config: LocalSqlEngine,
  rules: ForgeSqlRules = localForgeSqlRules(),
): Promise<SqlDatabase> {
  if (config.engine === 'pglite') {
    const db = embeddedDatabase(rules);
    await db.selectFrom('issue_facts').select('issue_id').limit(1).execute(); // migrates it
    return db;
  }
  const mysql = new MysqlDialect({
    // One connection, as a Forge invocation's statements run one after another.
    pool: createPool({ uri: config.url, connectionLimit: 1 }),
  });
  const db = new Kysely<Database>({ dialect: withForgeSqlRules(mysql, rules) });
  await migrateDatabase(db);
  return db;
}

/**
 * A fresh database on the process's embedded Postgres, held to Forge SQL's `rules` and usable at
 * once (it starts and migrates on first use): for the simulator, whose construction is synchronous.
 */
export function embeddedDatabase(rules: ForgeSqlRules = localForgeSqlRules()): SqlDatabase {
  sharedPglite ??= PgliteServer.open();
  const dialect = pgliteDialect(sharedPglite, sharedPglite.nextSchema());
  return new Kysely<Database>({ dialect: withForgeSqlRules(dialect, rules) });
}

/**
 * Stops the process's embedded Postgres, if it was started: its WebAssembly runtime would
 * otherwise keep the process alive (tests close it after each file).
 */
export async function closeEmbeddedDatabases(): Promise<void> {
  const server = sharedPglite;
  sharedPglite = undefined;
  await server?.pglite.close();
}

/**
 * The engine the environment selects: MariaDB when `SLM_SQL=mariadb` (its address in
 * `SLM_SQL_MARIADB_URL`, which `.ci/run` sets), PGlite otherwise.
 */
export function localSqlEngineFromEnvironment(
  env: NodeJS.ProcessEnv = process.env,
): LocalSqlEngine {
  if (env.SLM_SQL !== 'mariadb') return { engine: 'pglite' };
  const url = env.SLM_SQL_MARIADB_URL;
  if (!url) throw new Error('SLM_SQL=mariadb needs SLM_SQL_MARIADB_URL (mysql://user@host/db)');
  return { engine: 'mariadb', url };
}
