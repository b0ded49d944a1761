import { migrationRunner, sql as forgeSqlClient, type UpdateQueryResponse } from '@forge/sql';
import {
  Kysely,
  MysqlAdapter,
  MysqlIntrospector,
  MysqlQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import { MIGRATIONS } from '../storage/sql/migrations';
import type { Database, SqlDatabase } from '../storage/sql/schema';
import { NO_STREAMING, NO_TRANSACTIONS } from './forgeSqlRefusals';

/**
 * Kysely over Forge SQL (`@forge/sql`): MySQL as TiDB speaks it, one HTTPS request per statement
 * (`sql.prepare(query).bindParams(...).execute()`). Requests hold no session, so there is no
 * transaction to open: `db.transaction()` is refused rather than pretended. Statements are sent
 * with `?` placeholders, as the MySQL compiler writes them
 * (https://developer.atlassian.com/platform/forge/storage-reference/sql-api/).
 */
export const forgeSqlDialect: Dialect = {
  createAdapter: () => new MysqlAdapter(),
  createDriver: () => new ForgeSqlDriver(),
  createIntrospector: (db) => new MysqlIntrospector(db),
  createQueryCompiler: () => new MysqlQueryCompiler(),
};

class ForgeSqlDriver implements Driver {
  private readonly connection = new ForgeSqlConnection();

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return this.connection;
  }

  async beginTransaction(): Promise<void> {
    throw new Error(NO_TRANSACTIONS);
  }

  async commitTransaction(): Promise<void> {
    throw new Error(NO_TRANSACTIONS);
  }

  async rollbackTransaction(): Promise<void> {
    throw new Error(NO_TRANSACTIONS);
  }

  async releaseConnection(): Promise<void> {}

  async destroy(): Promise<void> {}
}

class ForgeSqlConnection implements DatabaseConnection {
  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await forgeSqlClient
      .prepare<R | UpdateQueryResponse>(compiledQuery.sql)
      .bindParams(...compiledQuery.parameters)
      .execute();
    // A SELECT answers with its rows; INSERT, UPDATE and DELETE with what they changed.
    if (Array.isArray(result.rows)) return { rows: result.rows as R[] };
    const update = result.rows as UpdateQueryResponse;
    return {
      rows: [],
      numAffectedRows: BigInt(update.affectedRows),
      ...(update.insertId ? { insertId: BigInt(update.insertId) } : {}),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error(NO_STREAMING);
  }
}

/** The app's Forge SQL database. */
export const forgeSql: SqlDatabase = new Kysely<Database>({ dialect: forgeSqlDialect });

/**
 * Applies the schema migrations this installation has not had, through Forge's `migrationRunner`
 * (DDL goes to Forge SQL's DDL endpoint, and the runner records each by name), on install, on
 * upgrade and every hour, as Forge's documentation suggests
 * (https://developer.atlassian.com/platform/forge/storage-reference/sql-api-schema/). The
 * statements are the ones `migrateDatabase` applies locally, compiled for MySQL.
 */
export async function runForgeMigrations(): Promise<readonly string[]> {
  for (const migration of MIGRATIONS) {
    migrationRunner.enqueue(
      migration.name,
      migration.statement(forgeSql as unknown as Kysely<unknown>).compile().sql,
    );
  }
  return migrationRunner.run();
}
