/**
 * Index use. A search normally reads every issue; when the query's top level is an AND (or a
 * single clause) with an equality or range predicate on a declared entity-property path
 * (`issue.property[slm].nextCheck <= "…"`, or its search alias) or on `key`, the candidates come
 * from that index instead: a binary search in the property's sorted index, then one step per
 * issue in range. The whole query is still evaluated on each candidate, so the index only
 * narrows the scan and never changes the result. Predicates under OR or NOT fall back to the
 * scan, as do undeclared paths.
 */
import type { JiraState } from '../state';
import type { IndexRange, IndexValue } from '../sortedIndex';
import type { IndexedPropertyDefinition } from '../types';
import type { Clause, JqlNode } from './ast';
import { operandValues, type BoundField } from './jqlFields';

export interface IndexPlan {
  /** What the plan reads, for tests and logs: `key`, or `property slm.nextCheck`. */
  description: string;
  /** Candidate issue ids (numeric), possibly with repeats. */
  candidates(): Iterable<number>;
}

interface PropertyBounds {
  definition: IndexedPropertyDefinition;
  equals?: IndexValue[];
  range: IndexRange;
}

/** The best index plan for a query's condition, or null to scan. */
export function planIndex(
  where: JqlNode,
  clauses: readonly { clause: Clause; field: BoundField }[],
  jira: JiraState,
): IndexPlan | null {
  const conjuncts = where.kind === 'clause' ? [where] : where.kind === 'and' ? where.children : [];
  const bounds = new Map<IndexedPropertyDefinition, PropertyBounds>();
  let keyIds: number[] | undefined;
  for (const node of conjuncts) {
    if (node.kind !== 'clause') continue;
    const field = clauses.find((c) => c.clause === node)?.field;
    if (!field) continue;
    const { operator, operand } = node;
    if (field.kind === 'key' && (operator === '=' || operator === 'IN')) {
      const { values } = operandValues(operand, field);
      keyIds = values.map(Number);
      continue;
    }
    const definition = field.property;
    if (!definition || !jira.propertyIndexes.isRangeIndexed(definition)) continue;
    if (!['=', 'IN', '<', '<=', '>', '>='].includes(operator)) continue;
    const { values, empty } = operandValues(operand, field);
    if (empty) continue;
    const b = bounds.get(definition) ?? { definition, range: {} };
    bounds.set(definition, b);
    if (operator === '=' || operator === 'IN') {
      b.equals = b.equals ? b.equals.filter((v) => values.includes(v)) : [...values];
    } else {
      narrow(b.range, operator, values[0] as IndexValue);
    }
  }
  if (keyIds) {
    const ids = keyIds;
    return { description: 'key', candidates: () => ids };
  }
  const chosen =
    [...bounds.values()].find((b) => b.equals !== undefined) ?? [...bounds.values()][0];
  if (!chosen) return null;
  const { definition, equals, range } = chosen;
  const description = `property ${definition.propertyKey}.${definition.path}`;
  if (equals) {
    return {
      description,
      candidates: function* () {
        for (const v of equals) {
          yield* jira.propertyIndexes.range(definition, { lower: v, upper: v });
        }
      },
    };
  }
  return { description, candidates: () => jira.propertyIndexes.range(definition, range) };
}

/** Tightens a range with one more bound. */
function narrow(range: IndexRange, operator: string, value: IndexValue): void {
  if (operator === '>' || operator === '>=') {
    const inclusive = operator === '>=';
    if (range.lower === undefined || value > range.lower || (value === range.lower && !inclusive)) {
      range.lower = value;
      range.lowerInclusive = inclusive;
    }
  } else {
    const inclusive = operator === '<=';
    if (range.upper === undefined || value < range.upper || (value === range.upper && !inclusive)) {
      range.upper = value;
      range.upperInclusive = inclusive;
    }
  }
}
