import { errorCodes, ForgeSQLAPIError, type ForgeError } from '@forge/sql';
import type { PolicyViolation, StatementKind } from './forgeSqlRulesPolicy';

/**
 * The errors the simulator's Forge SQL refuses a statement with: `ForgeSQLAPIError`, the class
 * `@forge/sql` throws for every refusal Forge SQL answers, with the documented codes and shapes
 * (https://developer.atlassian.com/platform/forge/storage-reference/sql-handling-errors/). Where
 * Atlassian documents no status or body, the simulator's choice is said in each comment.
 */
function forgeSqlError(
  status: number,
  statusText: string,
  body: ForgeError & { debug?: Record<string, unknown> },
): ForgeSQLAPIError {
  return new ForgeSQLAPIError({ status, statusText, traceId: null }, body);
}

/** The documented `SQL_POLICY_VIOLATION` shape: code, message, suggestion (status: our choice). */
export const policyViolation = ({ message, suggestion }: PolicyViolation): ForgeSQLAPIError =>
  forgeSqlError(400, 'Bad Request', { code: 'SQL_POLICY_VIOLATION', message, suggestion });

/**
 * DDL sent with `sql.prepare`, to the DML endpoint: refused as TiDB refuses a statement the user
 * has no privilege for, in the documented `SQL_EXECUTION_ERROR` shape whose `debug` mirrors
 * TiDB's error (the simulator's choice: Atlassian documents only that the endpoint takes DML).
 */
export const ddlOnDmlEndpoint = (keyword: string): ForgeSQLAPIError =>
  forgeSqlError(400, 'Bad Request', {
    code: errorCodes.SQL_EXECUTION_ERROR,
    message: 'Unknown SQL execution error',
    suggestion: 'Run schema changes through migrationRunner, which uses the DDL endpoint',
    debug: {
      code: 'ER_TABLEACCESS_DENIED_ERROR',
      errno: 1142,
      sqlState: '42000',
      sqlMessage: `${keyword.toUpperCase()} command denied to user`,
    },
  });

/**
 * A request over the size limit, refused before it reaches the database with a 413 whose body is
 * no Forge error, which `@forge/sql` reports as `UNKNOWN_ERROR` (its `checkResponseError`).
 */
export const requestTooLarge = (bytes: number, limit: number): ForgeSQLAPIError =>
  forgeSqlError(413, 'Payload Too Large', {
    code: errorCodes.UNKNOWN_ERROR,
    message: 'Unexpected error in Forge SQL API request',
    context: { responseText: `Request of ${bytes} bytes exceeds the limit of ${limit} bytes` },
  });

/** A result over the response size limit (status and code: the simulator's choice). */
export const responseTooLarge = (bytes: number, limit: number): ForgeSQLAPIError =>
  forgeSqlError(400, 'Bad Request', {
    code: errorCodes.SQL_EXECUTION_ERROR,
    message: `The response of ${bytes} bytes exceeds Forge SQL's ${limit / 1024 / 1024} MiB limit`,
    suggestion: 'Select fewer rows or columns, or page with limit and offset',
  });

/**
 * A statement over its time limit: Forge ends the request with `QUERY_TIMED_OUT` while the query
 * goes on in the database (status: the simulator's choice).
 */
export const queryTimedOut = (kind: StatementKind, limitMs: number): ForgeSQLAPIError =>
  forgeSqlError(504, 'Gateway Timeout', {
    code: errorCodes.QUERY_TIMED_OUT,
    message: `The provided ${kind.toUpperCase()} query took more than ${limitMs / 1000} seconds to execute`,
  });
