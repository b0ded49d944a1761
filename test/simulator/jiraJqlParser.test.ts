/** The JQL parser: each operator, precedence, field and operand forms, and Jira's errors. */
import { parseJql } from '../../src/simulator/jira';
import type { JqlNode } from '../../src/simulator/jira/jql/ast';
import { tokenize } from '../../src/simulator/jira/jql/tokenizer';

/** A compact rendering of a condition tree: `(a = 1 AND NOT b = 2)`. */
function show(node: JqlNode | null): string {
  if (node === null) return '';
  switch (node.kind) {
    case 'and':
    case 'or':
      return `(${node.children.map(show).join(` ${node.kind.toUpperCase()} `)})`;
    case 'not':
      return `NOT ${show(node.child)}`;
    case 'clause': {
      const operand = (o: typeof node.operand): string =>
        o.kind === 'value'
          ? o.value
          : o.kind === 'empty'
            ? 'EMPTY'
            : o.kind === 'function'
              ? `${o.name}(${o.args.join(',')})`
              : `(${o.items.map(operand).join(',')})`;
      return `${node.fieldText} ${node.operator} ${operand(node.operand)}`;
    }
  }
}

describe('tokenize', () => {
  it('reads words, quoted strings with escapes, operators and punctuation', () => {
    expect(
      tokenize(`summary ~ "say \\"hi\\"" AND key IN (SUP-1,'x y')`).map((t) => [t.kind, t.text]),
    ).toEqual([
      ['word', 'summary'],
      ['operator', '~'],
      ['string', 'say "hi"'],
      ['word', 'AND'],
      ['word', 'key'],
      ['word', 'IN'],
      ['(', '('],
      ['word', 'SUP-1'],
      [',', ','],
      ['string', 'x y'],
      [')', ')'],
      ['end', ''],
    ]);
  });

  it('reads &&, || and ! as AND, OR and NOT', () => {
    expect(tokenize('a=1&&b!=2||!c=3').map((t) => t.text)).toEqual([
      'a',
      '=',
      '1',
      'AND',
      'b',
      '!=',
      '2',
      'OR',
      'NOT',
      'c',
      '=',
      '3',
      '',
    ]);
  });
});

describe('parseJql', () => {
  it.each([
    ['status = Open', 'status = Open'],
    ['status != Open', 'status != Open'],
    ['created < "2026-03-02"', 'created < 2026-03-02'],
    ['created <= -1d', 'created <= -1d'],
    ['created > now()', 'created > now()'],
    ['created >= "2026-03-02 10:00"', 'created >= 2026-03-02 10:00'],
    ['summary ~ printer', 'summary ~ printer'],
    ['summary !~ "printer fire"', 'summary !~ printer fire'],
    ['status IN (Open, "In Progress")', 'status IN (Open,In Progress)'],
    ['status not in (Closed)', 'status NOT IN (Closed)'],
    ['assignee IS EMPTY', 'assignee IS EMPTY'],
    ['assignee is not null', 'assignee IS NOT EMPTY'],
    ['assignee = EMPTY', 'assignee = EMPTY'],
    ['assignee in (currentUser(), EMPTY)', 'assignee IN (currentUser(),EMPTY)'],
    ['cf[10050] = Gold', 'cf[10050] = Gold'],
    ['"Customer Tier" = Gold', 'Customer Tier = Gold'],
    [
      'issue.property[slm].nextCheck <= "2026-03-02T10:00"',
      'issue.property[slm].nextCheck <= 2026-03-02T10:00',
    ],
  ])('%s', (jql, expected) => {
    expect(show(parseJql(jql).where)).toBe(expected);
  });

  it('reads field references: names, custom field numbers, property paths', () => {
    const fields = (jql: string) => (parseJql(jql).where as { field: unknown }).field;
    expect(fields('cf[10050] = x')).toEqual({ kind: 'customField', id: 10050 });
    expect(fields('issue.property[slm].goals.reaction = x')).toEqual({
      kind: 'property',
      key: 'slm',
      path: 'goals.reaction',
    });
    expect(fields('slmNextCheck = x')).toEqual({ kind: 'name', name: 'slmNextCheck' });
  });

  it('binds NOT tighter than AND, and AND tighter than OR', () => {
    expect(show(parseJql('a = 1 OR b = 2 AND c = 3').where)).toBe('(a = 1 OR (b = 2 AND c = 3))');
    expect(show(parseJql('a = 1 AND b = 2 OR c = 3').where)).toBe('((a = 1 AND b = 2) OR c = 3)');
    expect(show(parseJql('NOT a = 1 AND b = 2').where)).toBe('(NOT a = 1 AND b = 2)');
    expect(show(parseJql('NOT (a = 1 AND b = 2)').where)).toBe('NOT (a = 1 AND b = 2)');
    expect(show(parseJql('(a = 1 OR b = 2) AND c = 3').where)).toBe('((a = 1 OR b = 2) AND c = 3)');
    expect(show(parseJql('a = 1 && (b = 2 || !c = 3)').where)).toBe(
      '(a = 1 AND (b = 2 OR NOT c = 3))',
    );
  });

  it('reads ORDER BY with several fields and directions', () => {
    const query = parseJql(
      'project = SUP ORDER BY priority DESC, created, issue.property[slm].nextCheck asc',
    );
    expect(query.orderBy.map((t) => [t.fieldText, t.direction])).toEqual([
      ['priority', 'DESC'],
      ['created', 'ASC'],
      ['issue.property[slm].nextCheck', 'ASC'],
    ]);
    expect(parseJql('ORDER BY created').where).toBeNull();
    expect(parseJql('').where).toBeNull();
  });

  it.each([
    ['summary ~ "open', "The quoted string 'open' has not been completed. (line 1, character 11)"],
    ['status Open', "Expecting operator but got 'Open'. The valid operators are"],
    ['status =', 'Expecting either a value, list or function before the end of the query.'],
    [
      'status = )',
      "Expecting either a value, list or function but got ')'. You must surround ')' in quotation marks",
    ],
    ['(status = Open', "Expecting ')' before the end of the query."],
    [
      'status = Open Closed',
      "Expecting either 'OR' or 'AND' but got 'Closed'. (line 1, character 15)",
    ],
    ['status = Open AND', 'Expecting a field name at the end of the query.'],
    ['status = AND', "Expecting either a value, list or function but got 'AND'"],
    ['status IN Open', "Expecting '(' but got 'Open'"],
    ['status IS Open', "Expecting 'EMPTY' but got 'Open'"],
    ['status = (Open)', "The operator '=' does not support the list of values."],
    ['status WAS Open', "The operator 'WAS' is not supported by the simulated Jira."],
    ['ORDER created', "Expecting 'by' but got 'created'."],
    ['ORDER BY created, created', "The sort field 'created' is referenced multiple times"],
    ['a = 1 &', "The character '&' is a reserved JQL character."],
    ['status = Open\nAND x', 'Expecting operator before the end of the query.'],
  ])('refuses %j', (jql, message) => {
    expect(() => parseJql(jql)).toThrow(message);
  });

  it('gives positions on later lines', () => {
    expect(() => parseJql('status = Open\nAND x y')).toThrow('(line 2, character 7)');
  });
});
