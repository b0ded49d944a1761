/**
 * JQL's grammar, by recursive descent, with Jira's precedence: NOT binds tighter than AND,
 * AND tighter than OR; parentheses group.
 *
 * ```
 * query    := [or] [ORDER BY sort (',' sort)*]
 * or       := and (OR and)*
 * and      := not (AND not)*
 * not      := NOT not | '(' or ')' | clause
 * clause   := field operator operand
 * operator := = | != | < | <= | > | >= | ~ | !~ | IN | NOT IN | IS | IS NOT
 * operand  := EMPTY | NULL | value | function '(' args ')' | '(' operand (',' operand)* ')'
 * ```
 */
import type { Clause, FieldReference, JqlNode, JqlQuery, Operand, Operator, SortTerm } from './ast';
import { at, JqlError } from './jqlError';
import { tokenize, type Token } from './tokenizer';

const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const RESERVED = new Set(['and', 'or', 'not', 'order', 'by', 'in', 'is', 'empty', 'null']);
const UNSUPPORTED_OPERATORS = new Set(['was', 'changed']);

/**
 * Parses a JQL query, or throws a `JqlError` with Jira's wording and position.
 *
 * @example parseJql('project = SUP AND status != Closed ORDER BY created DESC')
 */
export function parseJql(query: string): JqlQuery {
  return new Parser(query).query();
}

class Parser {
  private readonly tokens: Token[];
  private position = 0;

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
  }

  query(): JqlQuery {
    let where: JqlNode | null = null;
    if (!this.atEnd() && !this.isWord('order')) where = this.or();
    const orderBy: SortTerm[] = [];
    if (this.isWord('order')) {
      this.next();
      if (!this.isWord('by')) this.fail(`Expecting 'by' but got ${this.describe(this.peek())}.`);
      this.next();
      do {
        const token = this.peek();
        const { field, fieldText } = this.field('Expecting a field name');
        let direction: 'ASC' | 'DESC' = 'ASC';
        if (this.isWord('asc') || this.isWord('desc')) {
          direction = this.next().text.toUpperCase() as 'ASC' | 'DESC';
        }
        if (orderBy.some((t) => t.fieldText.toLowerCase() === fieldText.toLowerCase())) {
          throw new JqlError(
            `Error in the JQL Query: The sort field '${fieldText}' is referenced multiple times in the JQL sort. ${at(this.text, token.offset)}`,
          );
        }
        orderBy.push({ field, fieldText, direction });
      } while (this.accept(','));
    }
    if (!this.atEnd()) {
      const token = this.peek();
      this.fail(
        where === null && orderBy.length === 0
          ? `Expecting a field name but got ${this.describe(token)}.`
          : `Expecting either 'OR' or 'AND' but got ${this.describe(token)}.`,
        token,
      );
    }
    return { where, orderBy };
  }

  private or(): JqlNode {
    const children = [this.and()];
    while (this.isWord('or')) {
      this.next();
      children.push(this.and());
    }
    return children.length === 1 ? (children[0] as JqlNode) : { kind: 'or', children };
  }

  private and(): JqlNode {
    const children = [this.not()];
    while (this.isWord('and')) {
      this.next();
      children.push(this.not());
    }
    return children.length === 1 ? (children[0] as JqlNode) : { kind: 'and', children };
  }

  private not(): JqlNode {
    if (this.isWord('not')) {
      this.next();
      return { kind: 'not', child: this.not() };
    }
    if (this.accept('(')) {
      const inner = this.or();
      if (!this.accept(')')) {
        this.fail(
          this.atEnd()
            ? "Expecting ')' before the end of the query."
            : `Expecting ')' but got ${this.describe(this.peek())}.`,
        );
      }
      return inner;
    }
    return this.clause();
  }

  private clause(): Clause {
    const start = this.peek();
    const { field, fieldText } = this.field('Expecting a field name');
    const operator = this.operator();
    const operand = this.operand(operator);
    return { kind: 'clause', field, fieldText, operator, operand, offset: start.offset };
  }

  private field(expecting: string): { field: FieldReference; fieldText: string } {
    const token = this.peek();
    if (token.kind === 'string') {
      this.next();
      return { field: { kind: 'name', name: token.text }, fieldText: token.text };
    }
    if (token.kind !== 'word' || RESERVED.has(token.text.toLowerCase())) {
      this.fail(
        token.kind === 'end'
          ? `${expecting} at the end of the query.`
          : `${expecting} but got ${this.describe(token)}.`,
        token,
      );
    }
    this.next();
    const text = token.text;
    const custom = /^cf\[(\d+)\]$/i.exec(text);
    if (custom) return { field: { kind: 'customField', id: Number(custom[1]) }, fieldText: text };
    const property = /^issue\.property\[([^\]]+)\]\.(.+)$/i.exec(text);
    if (property) {
      return {
        field: { kind: 'property', key: property[1] as string, path: property[2] as string },
        fieldText: text,
      };
    }
    return { field: { kind: 'name', name: text }, fieldText: text };
  }

  private operator(): Operator {
    const token = this.peek();
    if (token.kind === 'operator') {
      this.next();
      return token.text as Operator;
    }
    if (token.kind === 'word') {
      const word = token.text.toLowerCase();
      if (word === 'in') {
        this.next();
        return 'IN';
      }
      if (word === 'is') {
        this.next();
        if (this.isWord('not')) {
          this.next();
          return 'IS NOT';
        }
        return 'IS';
      }
      if (
        word === 'not' &&
        this.peek(1).kind === 'word' &&
        this.peek(1).text.toLowerCase() === 'in'
      ) {
        this.next();
        this.next();
        return 'NOT IN';
      }
      if (UNSUPPORTED_OPERATORS.has(word)) {
        this.fail(
          `The operator '${token.text.toUpperCase()}' is not supported by the simulated Jira.`,
          token,
        );
      }
    }
    this.fail(
      token.kind === 'end'
        ? `Expecting operator before the end of the query. ${VALID_OPERATORS}`
        : `Expecting operator but got ${this.describe(token)}. ${VALID_OPERATORS}`,
      token,
    );
  }

  private operand(operator: Operator): Operand {
    const token = this.peek();
    if (operator === 'IS' || operator === 'IS NOT') {
      if (this.isWord('empty') || this.isWord('null')) {
        this.next();
        return { kind: 'empty' };
      }
      this.fail(`Expecting 'EMPTY' but got ${this.describe(token)}.`, token);
    }
    if (operator === 'IN' || operator === 'NOT IN') {
      // A list, or a function that returns one: `assignee IN membersOf("support-team")`.
      if (token.kind === 'word' && this.peek(1).kind === '(') return this.single();
      if (token.kind !== '(') {
        this.fail(
          `Expecting '(' but got ${this.describe(token)}. The '${operator}' operator needs a list of values.`,
          token,
        );
      }
      return this.list();
    }
    if (token.kind === '(') {
      this.fail(`The operator '${operator}' does not support the list of values.`, token);
    }
    return this.single();
  }

  private list(): Operand {
    this.next(); // (
    const items: Operand[] = [this.single()];
    while (this.accept(',')) items.push(this.single());
    if (!this.accept(')')) {
      this.fail(
        this.atEnd()
          ? "Expecting ')' before the end of the query."
          : `Expecting ',' or ')' but got ${this.describe(this.peek())}.`,
      );
    }
    return { kind: 'list', items };
  }

  private single(): Operand {
    const token = this.peek();
    if (token.kind === 'string') {
      this.next();
      return { kind: 'value', value: token.text, quoted: true };
    }
    if (token.kind === 'word') {
      const word = token.text.toLowerCase();
      if (word === 'empty' || word === 'null') {
        this.next();
        return { kind: 'empty' };
      }
      if (!RESERVED.has(word)) {
        this.next();
        if (this.peek().kind === '(') return this.functionCall(token.text);
        return { kind: 'value', value: token.text, quoted: false };
      }
    }
    this.fail(
      token.kind === 'end'
        ? 'Expecting either a value, list or function before the end of the query.'
        : `Expecting either a value, list or function but got ${this.describe(token)}. You must surround ${this.describe(token)} in quotation marks to use it as a value.`,
      token,
    );
  }

  private functionCall(name: string): Operand {
    this.next(); // (
    const args: string[] = [];
    if (!this.accept(')')) {
      do {
        const arg = this.peek();
        if (arg.kind !== 'word' && arg.kind !== 'string') {
          this.fail(`Expecting a function argument but got ${this.describe(arg)}.`, arg);
        }
        this.next();
        args.push(arg.text);
      } while (this.accept(','));
      if (!this.accept(')')) this.fail(`Expecting ')' but got ${this.describe(this.peek())}.`);
    }
    return { kind: 'function', name, args };
  }

  private peek(ahead = 0): Token {
    return (this.tokens[this.position + ahead] ?? this.tokens[this.tokens.length - 1]) as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.position++;
    return token;
  }

  private accept(kind: Token['kind']): boolean {
    if (this.peek().kind !== kind) return false;
    this.next();
    return true;
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token.kind === 'word' && token.text.toLowerCase() === word;
  }

  private atEnd(): boolean {
    return this.peek().kind === 'end';
  }

  private describe(token: Token): string {
    return token.kind === 'end' ? 'the end of the query' : `'${token.text}'`;
  }

  private fail(message: string, token: Token = this.peek()): never {
    const where = token.kind === 'end' ? '' : ` ${at(this.text, token.offset)}`;
    throw new JqlError(`Error in the JQL Query: ${message}${where}`);
  }
}
