import { parseIsoDate } from '../domain/calendar/civilDate';
import type { ValidationError } from '../domain/validation';
import { invalid } from './resolverKit';
import type { ResolvedPeriod } from './views';

/** Run ids are the UUIDs `reevaluationRuns.ts` gives them. */
const RUN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The run a request names (`$.id`), refused unless it is a run id. */
export function readRunId(input: Record<string, unknown>): string {
  const { id } = input;
  if (typeof id !== 'string' || !RUN_ID.test(id)) {
    throw invalid([{ path: '$.id', message: 'must be the id of a run' }]);
  }
  return id;
}

/** The period of resolution dates a request names (`$.from`, `$.to`), both days included. */
export function readResolvedPeriod(input: Record<string, unknown>): ResolvedPeriod {
  const errors: ValidationError[] = [];
  const date = (name: 'from' | 'to') => {
    const value = input[name];
    if (typeof value === 'string' && parseIsoDate(value) !== undefined) return value;
    errors.push({ path: `$.${name}`, message: 'must be a date YYYY-MM-DD' });
    return undefined;
  };
  const from = date('from');
  const to = date('to');
  if (from && to && to < from) {
    errors.push({ path: '$.to', message: 'must be on or after the first day' });
  }
  if (errors.length > 0 || !from || !to) throw invalid(errors);
  return { from, to };
}
