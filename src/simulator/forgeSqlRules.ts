import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult } from 'kysely';
import { NO_STREAMING, NO_TRANSACTIONS } from '../forge/forgeSqlRefusals';
import { sentToDdlEndpoint } from '../storage/sql/ddlEndpoint';
import {
  ddlOnDmlEndpoint,
  policyViolation,
  queryTimedOut,
  requestTooLarge,
  responseTooLarge,
} from './forgeSqlRulesErrors';
import { checkStatement, type StatementKind } from './forgeSqlRulesPolicy';

/** The limits of Forge SQL that one statement can be held to locally, and the clock to time it. */
export interface ForgeSqlRules {
  /** The most a request (the statement and its values, as `@forge/sql` sends them) may weigh. */
  readonly requestBytes: number;
  /** The most a response (its rows as JSON) may weigh. */
  readonly responseBytes: number;
  /** How long a statement may run, by kind. */
  readonly timeoutMs: Readonly<Record<StatementKind, number>>;
  /** Milliseconds from any origin; a test passes a clock of its own rather than wait. */
  readonly now: () => number;
}

const MiB = 1024 * 1024;

/**
 * Forge SQL's documented limits per query
 * (https://developer.atlassian.com/platform/forge/limits-sql/): requests of 1 MiB, responses of
 * 4 MiB, 5 s for a SELECT, 10 s for an INSERT, UPDATE or DELETE and 20 s for DDL.
 */
export const FORGE_SQL_RULES: ForgeSqlRules = {
  requestBytes: MiB,
  responseBytes: 4 * MiB,
  timeoutMs: { select: 5_000, dml: 10_000, ddl: 20_000 },
  now: () => performance.now(),
};

/**
 * The rules local databases are held to by default: Forge SQL's, except that with
 * `SLM_SQL_TIME_LIMITS=off` statements are not timed. The test runs set it
 * (`test/support/untimedSql.ts`), since no test may depend on the machine's speed; the time limits
 * have tests of their own, with a clock of their own. The simulator and the bench time them.
 */
export function localForgeSqlRules(env: NodeJS.ProcessEnv = process.env): ForgeSqlRules {
  if (env.SLM_SQL_TIME_LIMITS !== 'off') return FORGE_SQL_RULES;
  return { ...FORGE_SQL_RULES, timeoutMs: { select: Infinity, dml: Infinity, ddl: Infinity } };
}

/**
 * `dialect` held to Forge SQL's rules, so that the simulator, the store tests and the bench refuse
 * what Forge SQL would, with its errors (`forgeSqlRulesErrors.ts`): no transaction or streaming
 * (as the app's Forge driver, `forgeSql.ts`); the query policy (`forgeSqlRulesPolicy.ts`); DDL only
 * from the migration runner (`ddlEndpoint.ts`); the request, response and time limits. A
 * statement over its time limit has run, as on Forge, and fails after the fact.
 */
export function withForgeSqlRules(
  dialect: Dialect,
  rules: ForgeSqlRules = FORGE_SQL_RULES,
): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new RuledDriver(dialect.createDriver(), rules),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
  };
}

class RuledDriver implements Driver {
  constructor(
    private readonly driver: Driver,
    private readonly rules: ForgeSqlRules,
  ) {}

  init(): Promise<void> {
    return this.driver.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RuledConnection(await this.driver.acquireConnection(), this.rules);
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

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.driver.releaseConnection((connection as RuledConnection).connection);
  }

  destroy(): Promise<void> {
    return this.driver.destroy();
  }
}

class RuledConnection implements DatabaseConnection {
  constructor(
    readonly connection: DatabaseConnection,
    private readonly rules: ForgeSqlRules,
  ) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const check = checkStatement(compiledQuery.sql);
    if (!check.allowed) throw policyViolation(check.violation);
    if (check.kind === 'ddl' && !sentToDdlEndpoint()) throw ddlOnDmlEndpoint(check.keyword);
    // The body `@forge/sql` posts (`storageApi` in its sql.js).
    const requestBytes = jsonBytes({
      query: compiledQuery.sql,
      params: compiledQuery.parameters,
      method: 'all',
    });
    if (requestBytes > this.rules.requestBytes)
      throw requestTooLarge(requestBytes, this.rules.requestBytes);
    const started = this.rules.now();
    const result = await this.connection.executeQuery<R>(compiledQuery);
    const limitMs = this.rules.timeoutMs[check.kind];
    if (this.rules.now() - started > limitMs) throw queryTimedOut(check.kind, limitMs);
    const responseBytes = jsonBytes({ rows: result.rows });
    if (responseBytes > this.rules.responseBytes)
      throw responseTooLarge(responseBytes, this.rules.responseBytes);
    return result;
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error(NO_STREAMING);
  }
}

/** Bytes of `value` as JSON, BIGINTs written as their digits. */
function jsonBytes(value: unknown): number {
  return Buffer.byteLength(
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
  );
}
