/**
 * JQL's tokens: words (field names, bare values, keywords, function names), quoted strings,
 * operators, parentheses and commas. `&&`, `||` and a lone `!` are read as AND, OR and NOT.
 */
import { at, JqlError } from './jqlError';

export type TokenKind = 'word' | 'string' | 'operator' | '(' | ')' | ',' | 'end';

export interface Token {
  kind: TokenKind;
  /** The word, the string's content (unescaped) or the operator. */
  text: string;
  /** Offset of the token's first character in the query. */
  offset: number;
}

const OPERATORS = ['!=', '!~', '<=', '>=', '=', '~', '<', '>'];
/** Characters that end a bare word. */
const BREAKS = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '(',
  ')',
  ',',
  '"',
  "'",
  '=',
  '!',
  '<',
  '>',
  '~',
  '&',
  '|',
]);

/**
 * Splits a query into tokens, ending with an `end` token.
 *
 * @example tokenize('status = "In Progress"').map((t) => t.text) // ['status', '=', 'In Progress', '']
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: c, text: c, offset: i });
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const start = i;
      let text = '';
      i++;
      while (i < query.length && query[i] !== c) {
        if (query[i] === '\\' && i + 1 < query.length) i++;
        text += query[i];
        i++;
      }
      if (i >= query.length) {
        throw new JqlError(
          `Error in the JQL Query: The quoted string '${text}' has not been completed. ${at(query, start)}`,
        );
      }
      i++;
      tokens.push({ kind: 'string', text, offset: start });
      continue;
    }
    if (query.startsWith('&&', i) || query.startsWith('||', i)) {
      tokens.push({ kind: 'word', text: c === '&' ? 'AND' : 'OR', offset: i });
      i += 2;
      continue;
    }
    const operator = OPERATORS.find((op) => query.startsWith(op, i));
    if (operator) {
      tokens.push({ kind: 'operator', text: operator, offset: i });
      i += operator.length;
      continue;
    }
    if (c === '!') {
      tokens.push({ kind: 'word', text: 'NOT', offset: i });
      i++;
      continue;
    }
    if (c === '&' || c === '|') {
      throw new JqlError(
        `Error in the JQL Query: The character '${c}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u00${c.charCodeAt(0).toString(16)}' instead. ${at(query, i)}`,
      );
    }
    const start = i;
    while (i < query.length && !BREAKS.has(query[i] as string)) i++;
    tokens.push({ kind: 'word', text: query.slice(start, i), offset: start });
  }
  tokens.push({ kind: 'end', text: '', offset: query.length });
  return tokens;
}
