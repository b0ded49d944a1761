/** The syntax tree of a JQL query, as the parser builds it and the compiler reads it. */

export type Operator =
  '=' | '!=' | '<' | '<=' | '>' | '>=' | '~' | '!~' | 'IN' | 'NOT IN' | 'IS' | 'IS NOT';

/** What a clause is about: a field by name, a custom field by number, or a property path. */
export type FieldReference =
  | { kind: 'name'; name: string }
  | { kind: 'customField'; id: number }
  | { kind: 'property'; key: string; path: string };

/** A clause's right-hand side. */
export type Operand =
  | { kind: 'value'; value: string; quoted: boolean }
  | { kind: 'function'; name: string; args: string[] }
  | { kind: 'list'; items: Operand[] }
  | { kind: 'empty' };

export interface Clause {
  kind: 'clause';
  field: FieldReference;
  /** The field as written, for messages. */
  fieldText: string;
  operator: Operator;
  operand: Operand;
  offset: number;
}

export type JqlNode =
  | Clause
  | { kind: 'and'; children: JqlNode[] }
  | { kind: 'or'; children: JqlNode[] }
  | { kind: 'not'; child: JqlNode };

export interface SortTerm {
  field: FieldReference;
  fieldText: string;
  direction: 'ASC' | 'DESC';
}

export interface JqlQuery {
  /** null for a query with no condition (`ORDER BY created`, or nothing at all). */
  where: JqlNode | null;
  orderBy: SortTerm[];
}
