/** A JQL query Jira would refuse, with Jira's wording; the search answers it with a 400. */
export class JqlError extends Error {}

/**
 * Jira's position suffix for a character offset in the query: `(line 1, character 12)`.
 *
 * @example at('a = b', 4) // '(line 1, character 5)'
 */
export function at(query: string, offset: number): string {
  const before = query.slice(0, offset);
  const line = before.split('\n').length;
  const character = offset - before.lastIndexOf('\n');
  return `(line ${line}, character ${character})`;
}
