import { randomUUID } from 'node:crypto';
import { createPool } from 'mysql2/promise';
import { localForgeSqlRules, type ForgeSqlRules } from '../../src/simulator/forgeSqlRules';
import { createDatabase, localSqlEngineFromEnvironment } from '../../src/storage/sql/database';
import type { SqlDatabase } from '../../src/storage/sql/schema';

/**
 * A fresh, migrated database on the engine the environment selects: PGlite in memory by default,
 * MariaDB when `SLM_SQL=mariadb` (`.ci/run` sets it for the second run of the store tests), held
 * to Forge SQL's `rules`. On MariaDB each call gets a database of its own, dropped by `destroy()`,
 * so tests never share rows.
 */
export async function testDatabase(
  rules: ForgeSqlRules = localForgeSqlRules(),
): Promise<SqlDatabase> {
  const engine = localSqlEngineFromEnvironment();
  if (engine.engine === 'pglite') return createDatabase(engine, rules);
  const url = new URL(engine.url);
  const name = `slm_test_${randomUUID().replaceAll('-', '')}`;
  await adminStatement(
    engine.url,
    `CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`,
  );
  url.pathname = `/${name}`;
  const db = await createDatabase({ engine: 'mariadb', url: url.toString() }, rules);
  const destroy = db.destroy.bind(db);
  db.destroy = async () => {
    await destroy();
    await adminStatement(engine.url, `DROP DATABASE ${name}`);
  };
  return db;
}

async function adminStatement(url: string, statement: string): Promise<void> {
  const pool = createPool({ uri: url, connectionLimit: 1 });
  try {
    await pool.query(statement);
  } finally {
    await pool.end();
  }
}
