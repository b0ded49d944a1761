import { Kysely, MysqlDialect } from 'kysely';
import { createPool } from 'mysql2';
import { migrateDatabase } from './migrateDatabase';
import { pgliteDatabase, PgliteServer } from './pgliteDialect';
import type { Database, SqlDatabase } from './schema';

/** Where a local database lives: PGlite (in this process), or a MariaDB server. */
export type LocalSqlEngine =
  { readonly engine: 'pglite' } | { readonly engine: 'mariadb'; readonly url: string };

let sharedPglite: PgliteServer | undefined;

/**
 * A migrated database for the simulator, the tests and the bench; production uses Forge SQL
 * instead (`src/forge/forgeSql.ts`), with the same Kysely queries. On PGlite each call gets a
 * fresh schema of the process's one embedded Postgres, so databases never share rows.
 */
export async function createDatabase(config: LocalSqlEngine): Promise<SqlDatabase> {
  if (config.engine === 'pglite') {
    const db = embeddedDatabase();
    await db.selectFrom('issue_facts').select('issue_id').limit(1).execute(); // migrates it
    return db;
  }
  const db = new Kysely<Database>({
    dialect: new MysqlDialect({
      // One connection, as a Forge invocation's statements run one after another.
      pool: createPool({ uri: config.url, connectionLimit: 1 }),
    }),
  });
  await migrateDatabase(db);
  return db;
}

/**
 * A fresh database on the process's embedded Postgres, usable at once (it starts and migrates on
 * first use): for the simulator, whose construction is synchronous.
 */
export function embeddedDatabase(): SqlDatabase {
  sharedPglite ??= PgliteServer.open();
  return pgliteDatabase(sharedPglite, sharedPglite.nextSchema());
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
