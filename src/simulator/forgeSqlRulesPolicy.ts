/**
 * What Forge SQL checks in a statement's text before it runs it: its query policy
 * (https://developer.atlassian.com/platform/forge/storage-reference/sql-query-policy/) and which
 * endpoint takes it (https://developer.atlassian.com/platform/forge/rest/v2/api-group-forge-sql/).
 * Pure: the text in, the statement's kind or the reason it is refused out.
 */

/** Which of Forge SQL's statement time limits applies: SELECT, INSERT/UPDATE/DELETE, or DDL. */
export type StatementKind = 'select' | 'dml' | 'ddl';

export interface PolicyViolation {
  readonly message: string;
  readonly suggestion: string;
}

export type StatementCheck =
  | { readonly allowed: true; readonly kind: StatementKind; readonly keyword: string }
  | { readonly allowed: false; readonly violation: PolicyViolation };

/** The optimizer hints the query policy permits; any other is refused. */
const PERMITTED_HINTS = new Set([
  'USE_INDEX',
  'IGNORE_INDEX',
  'FORCE_INDEX',
  'ORDER_INDEX',
  'NO_ORDER_INDEX',
  'HASH_JOIN',
  'MERGE_JOIN',
  'INL_JOIN',
  'INL_HASH_JOIN',
  'INL_MERGE_JOIN',
  'BKA',
  'NO_BKA',
  'BNL',
  'NO_BNL',
]);

/** The SHOW statements the query policy permits (SHOW KEYS is SHOW INDEXES' other name). */
const PERMITTED_SHOW = /^show\s+(tables|columns|indexes|keys)\b/i;

/** Statements that change the schema: Forge takes them only on its DDL endpoint. */
const DDL_KEYWORDS = new Set(['create', 'alter', 'drop', 'truncate', 'rename']);
const DML_KEYWORDS = new Set(['insert', 'update', 'delete']);

const violation = (message: string, suggestion: string): StatementCheck => ({
  allowed: false,
  violation: { message, suggestion },
});

/** Checks one request's statement text against the query policy. */
export function checkStatement(text: string): StatementCheck {
  const { code, hints } = skeleton(text);
  const statement = code.trim().replace(/;\s*$/, '');
  if (statement.includes(';'))
    return violation(
      'Multiple statements are not allowed in a single request',
      'Send each statement in a request of its own',
    );
  const refusedHint = hints
    .flatMap((hint) => [...hint.matchAll(/([A-Za-z_]+)\s*\(/g)].map((m) => m[1]!.toUpperCase()))
    .find((name) => !PERMITTED_HINTS.has(name));
  if (refusedHint)
    return violation(
      `The optimizer hint ${refusedHint} is not permitted`,
      `Use only the permitted optimizer hints: ${[...PERMITTED_HINTS].join(', ')}`,
    );
  const keyword = (/^[\s(]*([A-Za-z]+)/.exec(statement)?.[1] ?? '').toLowerCase();
  switch (keyword) {
    case 'set':
      return /^set\s+@\w/i.test(statement) && !statement.includes('@@')
        ? { allowed: true, kind: 'select', keyword }
        : violation(
            'Only user-variable assignments (SET @var = ...) are permitted',
            'Do not change session or global settings',
          );
    case 'show':
      return PERMITTED_SHOW.test(statement)
        ? { allowed: true, kind: 'select', keyword }
        : violation(
            'Only SHOW TABLES, SHOW COLUMNS and SHOW INDEXES (SHOW KEYS) are permitted',
            'Query INFORMATION_SCHEMA instead',
          );
    case 'prepare':
    case 'execute':
    case 'deallocate':
      return violation(
        'SQL-level PREPARE, EXECUTE and DEALLOCATE PREPARE statements are not permitted',
        'Use sql.prepare(...).bindParams(...) to parameterize a query',
      );
    case 'use':
      return violation(
        'The USE statement is not permitted',
        'Queries are scoped to your app installation’s schema already',
      );
  }
  if (DDL_KEYWORDS.has(keyword)) return { allowed: true, kind: 'ddl', keyword };
  return { allowed: true, kind: DML_KEYWORDS.has(keyword) ? 'dml' : 'select', keyword };
}

/**
 * The statement's code without its string literals, quoted identifiers and comments, which may
 * hold any character (a `;` in a literal is no second statement), and the bodies of its
 * optimizer hints (`/*+ ... *\/`), which the policy reads.
 */
function skeleton(text: string): { code: string; hints: string[] } {
  let code = '';
  const hints: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === "'" || c === '"' || c === '`') {
      i = endOfQuoted(text, i, c);
      code += ' ? ';
    } else if ((c === '-' && next === '-') || c === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const close = end < 0 ? text.length : end;
      if (text[i + 2] === '+') hints.push(text.slice(i + 3, close));
      i = close + 2;
      code += ' ';
    } else {
      code += c;
      i += 1;
    }
  }
  return { code, hints };
}

/** The index after the quoted text opened at `start`; a doubled quote or a backslash escapes. */
function endOfQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\' && quote !== '`') i += 2;
    else if (text[i] === quote && text[i + 1] === quote) i += 2;
    else if (text[i] === quote) return i + 1;
    else i += 1;
  }
  return i;
}
