/**
 * What the app's Forge SQL driver (`forgeSql.ts`) refuses because Forge SQL holds no session:
 * every statement is an HTTPS request of its own, answered whole. The local engines refuse with
 * the same words (`forgeSqlRules.ts`, `pgliteDialect.ts`), so the app meets the same error
 * wherever it runs. (No import of `@forge/sql` here: tests load this before they mock it.)
 */
export const NO_TRANSACTIONS =
  'Forge SQL runs each statement as a request of its own: it has no transactions';

export const NO_STREAMING = 'Forge SQL answers whole results: page with limit and offset';
