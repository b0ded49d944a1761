import { errorCodes, ForgeSQLAPIError } from '@forge/sql';
import { sql, type Insertable } from 'kysely';
import { testDatabase } from '../../test/support/testDatabase';
import { throughDdlEndpoint } from '../storage/sql/ddlEndpoint';
import { migrateDatabase } from '../storage/sql/migrateDatabase';
import type { IssuedReportsTable, SqlDatabase } from '../storage/sql/schema';
import { FORGE_SQL_RULES, localForgeSqlRules } from './forgeSqlRules';

const MiB = 1024 * 1024;

/** An issued report whose content is `bytes` long, so a test can size requests and rows. */
const report = (id: string, bytes: number): Insertable<IssuedReportsTable> => ({
  report_id: id,
  agreement: 'gold',
  customer: 'Schultz A/S',
  period: id,
  period_start: 0,
  period_end: 1,
  revision: 1,
  contract_version: 1,
  content_hash: 'hash',
  content: 'x'.repeat(bytes),
  issued_at: 1,
  issued_by: 'acc-admin',
  change_note: null,
});

/** What a refused statement threw, for its shape. */
async function refusal(statement: Promise<unknown>): Promise<ForgeSQLAPIError> {
  const error = await statement.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ForgeSQLAPIError);
  return error as ForgeSQLAPIError;
}

describe('the simulator’s Forge SQL refuses what Forge SQL refuses', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('refuses a transaction with the app’s Forge driver’s own error: each statement is a request', async () => {
    await expect(db.transaction().execute(async () => undefined)).rejects.toThrow(
      'Forge SQL runs each statement as a request of its own: it has no transactions',
    );
  });

  it('refuses a request over 1 MiB (the statement and its values as JSON) and writes nothing', async () => {
    const error = await refusal(
      db.insertInto('issued_reports').values(report('big', MiB)).execute(),
    );
    expect(error.responseDetails.status).toBe(413);
    expect(error.code).toBe(errorCodes.UNKNOWN_ERROR);
    expect(await db.selectFrom('issued_reports').select('report_id').execute()).toEqual([]);
    await db
      .insertInto('issued_reports')
      .values(report('fits', MiB - 4096))
      .execute();
  });

  it('refuses a response over 4 MiB of JSON', async () => {
    for (const id of ['a', 'b', 'c', 'd', 'e'])
      await db.insertInto('issued_reports').values(report(id, 900_000)).execute();
    const fourRows = db.selectFrom('issued_reports').select('content').limit(4);
    expect(await fourRows.execute()).toHaveLength(4);
    const error = await refusal(db.selectFrom('issued_reports').select('content').execute());
    expect(error.code).toBe(errorCodes.SQL_EXECUTION_ERROR);
    expect(error.message).toMatch(/4 MiB/);
  });

  it('refuses DDL outside the migration runner, as the DML endpoint takes only SELECT, INSERT, UPDATE and DELETE', async () => {
    const error = await refusal(
      db.schema.createTable('scratch').addColumn('id', 'integer').execute(),
    );
    expect(error.code).toBe(errorCodes.SQL_EXECUTION_ERROR);
    expect(error.context).toMatchObject({ debug: { code: 'ER_TABLEACCESS_DENIED_ERROR' } });
    // The local migration runner goes through the DDL endpoint, as `migrationRunner` does.
    expect(await migrateDatabase(db)).toEqual([]);
  });

  it.each([
    ['two statements in one request', 'select 1; select 2'],
    ['a SET other than a user variable', 'set search_path to public'],
    ['a SHOW other than tables, columns and indexes', 'show server_version'],
    ['an SQL-level PREPARE', 'prepare two as select 2'],
    ['an SQL-level EXECUTE', 'execute two'],
    ['a USE', 'use other_installation'],
    ['an optimizer hint Forge does not permit', 'select /*+ MAX_EXECUTION_TIME(1) */ 1'],
  ])('refuses %s with SQL_POLICY_VIOLATION before it runs', async (_what, statement) => {
    const error = await refusal(sql.raw(statement).execute(db));
    expect(error.code).toBe('SQL_POLICY_VIOLATION');
    expect(error.suggestion).toBeTruthy();
  });

  it('lets through what the policy permits: a semicolon in a literal, a permitted hint', async () => {
    const rows = await sql<{ text: string }>`select ${'a; b'} as text, ';' as semi`.execute(db);
    expect(rows.rows[0]).toMatchObject({ text: 'a; b', semi: ';' });
    await sql.raw('select /*+ HASH_JOIN(a) */ 1 -- a comment; with a semicolon').execute(db);
  });

  it('documents the limits it enforces with Forge’s numbers', () => {
    expect(FORGE_SQL_RULES.requestBytes).toBe(MiB);
    expect(FORGE_SQL_RULES.responseBytes).toBe(4 * MiB);
    expect(FORGE_SQL_RULES.timeoutMs).toEqual({ select: 5_000, dml: 10_000, ddl: 20_000 });
  });

  it('times statements locally unless the test runs turn it off', () => {
    expect(localForgeSqlRules({})).toBe(FORGE_SQL_RULES);
    const untimed = localForgeSqlRules({ SLM_SQL_TIME_LIMITS: 'off' });
    expect(untimed.timeoutMs.select).toBe(Infinity);
    expect(untimed.requestBytes).toBe(MiB);
  });
});

describe('statement time limits', () => {
  /** A clock that moves `step` ms each time it is read: every statement then takes `step`. */
  const clock = { step: 0, t: 0 };
  let db: SqlDatabase;
  beforeEach(async () => {
    clock.step = 0;
    db = await testDatabase({ ...FORGE_SQL_RULES, now: () => (clock.t += clock.step) });
  });
  afterEach(() => db.destroy());

  it('fails a SELECT over 5 s with QUERY_TIMED_OUT after it ran, and lets an INSERT run for 10 s', async () => {
    clock.step = 5_001;
    await db.insertInto('issued_reports').values(report('slow', 10)).execute();
    const error = await refusal(db.selectFrom('issued_reports').selectAll().execute());
    expect(error.code).toBe(errorCodes.QUERY_TIMED_OUT);
    expect(error.responseDetails.status).toBe(504);
  });

  it('fails an INSERT over 10 s, whose row stays written: Forge ends the request, not the query', async () => {
    clock.step = 10_001;
    const error = await refusal(
      db.insertInto('issued_reports').values(report('slow', 10)).execute(),
    );
    expect(error.code).toBe(errorCodes.QUERY_TIMED_OUT);
    clock.step = 0;
    expect(await db.selectFrom('issued_reports').select('report_id').execute()).toEqual([
      { report_id: 'slow' },
    ]);
  });

  it('gives DDL from the migration runner 20 s', async () => {
    const createTable = (name: string) =>
      throughDdlEndpoint(() => sql.raw(`create table ${name} (id integer)`).execute(db));
    clock.step = 19_999;
    await createTable('scratch_a');
    clock.step = 20_001;
    expect((await refusal(createTable('scratch_b'))).code).toBe(errorCodes.QUERY_TIMED_OUT);
  });
});
