import { sql, type Insertable } from 'kysely';
import type { Database, SqlDatabase } from './schema';
import { sqlEngineOf } from './sqlEngine';

/**
 * What one INSERT may carry. Forge SQL takes requests of at most 1 MiB (the statement and its
 * values, as JSON) and runs an INSERT for at most 10 s
 * (https://developer.atlassian.com/platform/forge/limits-sql); MySQL and Postgres take at most
 * 65,535 placeholders in a statement. A quarter of the request size is left for the statement's
 * own text and JSON's escapes.
 */
export const STATEMENT_LIMITS = { bytes: 768 * 1024, values: 60_000 } as const;

/**
 * Inserts rows, or replaces the rows with the same key: written again, a row is overwritten,
 * never added twice. As few statements as `STATEMENT_LIMITS` allow, spelled as each engine
 * wants it: ON DUPLICATE KEY UPDATE on MySQL (TiDB, MariaDB), ON CONFLICT on Postgres.
 */
export async function upsertRows<T extends keyof Database & string>(
  db: SqlDatabase,
  table: T,
  key: readonly (keyof Database[T] & string)[],
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!).filter((c) => !key.includes(c as never));
  const mysql = sqlEngineOf(db) === 'mysql';
  for (const chunk of statementChunks(rows)) {
    const insert = db.insertInto(table).values(chunk as never);
    await (
      mysql
        ? insert.onDuplicateKeyUpdate(
            Object.fromEntries(columns.map((c) => [c, sql`values(${sql.ref(c)})`])) as never,
          )
        : insert.onConflict((conflict) =>
            conflict
              .columns(key as never)
              .doUpdateSet(
                Object.fromEntries(columns.map((c) => [c, sql.ref(`excluded.${c}`)])) as never,
              ),
          )
    ).execute();
  }
}

/** Splits rows into runs that each fit one statement by `STATEMENT_LIMITS`. */
export function statementChunks<R extends object>(rows: readonly R[]): R[][] {
  const chunks: R[][] = [];
  let chunk: R[] = [];
  let bytes = 0;
  let values = 0;
  for (const row of rows) {
    const rowValues = Object.keys(row).length;
    // The values as JSON, and a `?, ` placeholder for each in the statement.
    const rowBytes = JSON.stringify(Object.values(row)).length + 3 * rowValues;
    if (
      chunk.length > 0 &&
      (bytes + rowBytes > STATEMENT_LIMITS.bytes || values + rowValues > STATEMENT_LIMITS.values)
    ) {
      chunks.push(chunk);
      chunk = [];
      bytes = 0;
      values = 0;
    }
    chunk.push(row);
    bytes += rowBytes;
    values += rowValues;
  }
  chunks.push(chunk);
  return chunks;
}
