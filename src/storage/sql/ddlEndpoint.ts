import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Forge SQL has two endpoints: `sql.prepare` sends to the DML one, "limited to SELECT, INSERT,
 * UPDATE and DELETE statements", and `migrationRunner` sends schema changes to the DDL one
 * (`sql.executeDDL`), "available for all other statements"
 * (https://developer.atlassian.com/platform/forge/rest/v2/api-group-forge-sql/). The local
 * migration runner (`migrateDatabase`) marks what it runs as sent to the DDL endpoint, so that the
 * simulator's rules (`src/simulator/forgeSqlRules.ts`) refuse DDL from anywhere else.
 */
const ddlEndpoint = new AsyncLocalStorage<true>();

/** Runs `work` with its statements sent to the DDL endpoint, as `migrationRunner` sends them. */
export function throughDdlEndpoint<T>(work: () => Promise<T>): Promise<T> {
  return ddlEndpoint.run(true, work);
}

/** Whether the statement being run was sent to the DDL endpoint. */
export function sentToDdlEndpoint(): boolean {
  return ddlEndpoint.getStore() === true;
}
