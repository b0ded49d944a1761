/**
 * Compiles a parsed query into what a search runs: a predicate on issues, the sort tuple of an
 * issue with its directions, and an index plan (see `plan.ts`). Literals are resolved once, at
 * compile time, so a bad value fails the query before any issue is read.
 *
 * Semantics follow Jira's: `!=` and `NOT IN` match only issues where the field has a value
 * (`assignee != x` leaves out unassigned issues); `= EMPTY` is `IS EMPTY`; a list may hold
 * `EMPTY`; `~` matches when every word of the literal occurs in the text, case-insensitively.
 */
import type { IssueRecord } from '../state';
import type { Clause, JqlNode, JqlQuery } from './ast';
import {
  bindField,
  operandValues,
  type BindContext,
  type BoundField,
  type Scalar,
} from './jqlFields';
import { JqlError } from './jqlError';
import { planIndex, type IndexPlan } from './plan';

export type Predicate = (issue: IssueRecord) => boolean;
export type SortValue = Scalar | null;

export interface CompiledQuery {
  /** Whether the query has a condition (Jira refuses unbounded searches). */
  bounded: boolean;
  matches: Predicate;
  /** The sort tuple of an issue: one value per ORDER BY term, then the issue id. */
  sortTuple(issue: IssueRecord): SortValue[];
  /** 1 for ascending, -1 for descending, per tuple position. */
  directions: number[];
  /** Candidate issue ids from an index, when the query allows one; null: scan every issue. */
  plan: IndexPlan | null;
}

/** Compiles a query for one caller at one instant. */
export function compileJql(query: JqlQuery, ctx: BindContext): CompiledQuery {
  const clauses: { clause: Clause; field: BoundField }[] = [];
  const matches = query.where ? compileNode(query.where, ctx, clauses) : () => true;

  const terms = query.orderBy.map((term) => {
    const field = bindField(term.field, term.fieldText, ctx);
    const sortKey = field.sortKey;
    if (!sortKey) throw new JqlError(`Field '${term.fieldText}' does not support sorting.`);
    return { sortKey, direction: term.direction === 'DESC' ? -1 : 1 };
  });
  if (terms.length === 0) {
    // Jira's default order: newest first.
    terms.push({ sortKey: (issue: IssueRecord) => issue.created, direction: -1 });
  }
  const idDirection = query.orderBy.length === 0 ? -1 : 1;
  return {
    bounded: query.where !== null,
    matches,
    sortTuple: (issue) => [...terms.map((t) => t.sortKey(issue)), Number(issue.id)],
    directions: [...terms.map((t) => t.direction), idDirection],
    plan: query.where ? planIndex(query.where, clauses, ctx.jira) : null,
  };
}

/**
 * Orders two sort tuples. Empty values sort after every value ascending (first descending).
 */
export function compareTuples(a: SortValue[], b: SortValue[], directions: number[]): number {
  for (let i = 0; i < directions.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    let cmp: number;
    if (x === y) cmp = 0;
    else if (x === null) cmp = 1;
    else if (y === null) cmp = -1;
    else cmp = x < y ? -1 : x > y ? 1 : 0;
    if (cmp !== 0) return cmp * (directions[i] as number);
  }
  return 0;
}

function compileNode(
  node: JqlNode,
  ctx: BindContext,
  clauses: { clause: Clause; field: BoundField }[],
): Predicate {
  switch (node.kind) {
    case 'and': {
      const parts = node.children.map((c) => compileNode(c, ctx, clauses));
      return (issue) => parts.every((p) => p(issue));
    }
    case 'or': {
      const parts = node.children.map((c) => compileNode(c, ctx, clauses));
      return (issue) => parts.some((p) => p(issue));
    }
    case 'not': {
      const inner = compileNode(node.child, ctx, clauses);
      return (issue) => !inner(issue);
    }
    case 'clause': {
      const field = bindField(node.field, node.fieldText, ctx);
      clauses.push({ clause: node, field });
      return compileClause(node, field);
    }
  }
}

function compileClause(clause: Clause, field: BoundField): Predicate {
  const { operator, operand } = clause;
  if (!field.operators.has(operator)) {
    throw new JqlError(`The operator '${operator}' is not supported by the '${field.name}' field.`);
  }
  const isEmpty: Predicate = (issue) => field.values(issue).length === 0;
  switch (operator) {
    case 'IS':
      return isEmpty;
    case 'IS NOT':
      return (issue) => !isEmpty(issue);
    case '=':
    case 'IN':
    case '!=':
    case 'NOT IN': {
      const { values, empty } = operandValues(operand, field);
      const wanted = new Set<Scalar>(values);
      const hit: Predicate = (issue) => {
        const vs = field.values(issue);
        return vs.length === 0 ? empty : vs.some((v) => wanted.has(v));
      };
      if (operator === '=' || operator === 'IN') return hit;
      // != and NOT IN: the field must have a value, unless EMPTY was excluded explicitly.
      return (issue) => {
        const vs = field.values(issue);
        if (vs.length === 0) return false;
        return !vs.some((v) => wanted.has(v));
      };
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      if (operand.kind === 'empty' || operand.kind === 'list') {
        throw new JqlError(
          `The operator '${operator}' needs a single value for the '${field.name}' field.`,
        );
      }
      const resolved = field.resolve(operand);
      if (resolved.length !== 1) {
        throw new JqlError(
          `The value for '${field.name}' ${operator} must name exactly one value.`,
        );
      }
      const order = field.order ?? ((v: Scalar) => v);
      const bound = order(resolved[0] as Scalar);
      const test = comparison(operator, bound);
      if (field.kind === 'key') {
        // Keys compare within their project.
        const prefix = String(bound).split('-')[0];
        return (issue) =>
          field.values(issue).some((v) => {
            const position = order(v);
            return String(position).split('-')[0] === prefix && test(position);
          });
      }
      return (issue) => field.values(issue).some((v) => test(order(v)));
    }
    case '~':
    case '!~': {
      if (operand.kind !== 'value') {
        throw new JqlError(
          `The operator '${operator}' needs a text value for the '${field.name}' field.`,
        );
      }
      const terms = searchTerms(operand.value);
      if (terms.length === 0) {
        throw new JqlError(
          `The text query '${operand.value}' for field '${field.name}' has no words.`,
        );
      }
      const contains: Predicate = (issue) =>
        field.values(issue).some((v) => {
          const text = String(v).toLowerCase();
          return terms.every((t) => text.includes(t));
        });
      if (operator === '~') return contains;
      return (issue) => !isEmpty(issue) && !contains(issue);
    }
  }
}

function comparison(operator: '<' | '<=' | '>' | '>=', bound: Scalar): (v: Scalar) => boolean {
  switch (operator) {
    case '<':
      return (v) => v < bound;
    case '<=':
      return (v) => v <= bound;
    case '>':
      return (v) => v > bound;
    case '>=':
      return (v) => v >= bound;
  }
}

/** The words of a text query, lower-cased, without Jira's wildcard and phrase marks. */
function searchTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[\s"*?]+/)
    .filter((t) => t !== '');
}
