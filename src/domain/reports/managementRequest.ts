import { jsonType, type ValidationError } from '../validation';
import {
  GOAL_SCOPES,
  REPORT_GROUPINGS,
  type GoalScope,
  type ReportGrouping,
} from './managementReport';
import { parsePeriodKey, periodKeyAt, previousPeriodKey } from './reportPeriod';
import { MAX_REPORT_MONTHS } from './reportMonths';

/**
 * What the Reports page asks for: months `from`–`to` (`YYYY-MM`, inclusive), grouped. Without
 * `from` and `to`, the last 12 months up to the current one (`defaultMonths`).
 */
export interface ManagementRequest {
  readonly from?: string;
  readonly to?: string;
  readonly grouping: ReportGrouping;
  readonly goals: GoalScope;
}

const monthIndex = (key: string): number => {
  const { year, month } = parsePeriodKey(key)!;
  return year * 12 + month - 1;
};

/** Reads a management report request, or every problem in it with its JSON path. */
export function readManagementRequest(
  input: Readonly<Record<string, unknown>>,
): { readonly request: ManagementRequest } | { readonly errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const month = (name: 'from' | 'to'): string | undefined => {
    const value = input[name];
    if (typeof value === 'string' && parsePeriodKey(value)) return value;
    if (value === undefined) {
      errors.push({ path: `$.${name}`, message: 'must be given with the other month, as YYYY-MM' });
      return undefined;
    }
    errors.push({
      path: `$.${name}`,
      message: `must be a month as YYYY-MM, not ${typeof value === 'string' ? JSON.stringify(value.slice(0, 20)) : jsonType(value)}`,
    });
    return undefined;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = input[name] === undefined ? fallback : input[name];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
      return value as T;
    errors.push({ path: `$.${name}`, message: `must be one of ${allowed.join(', ')}` });
    return fallback;
  };
  const bothAbsent = input.from === undefined && input.to === undefined;
  const from = bothAbsent ? undefined : month('from');
  const to = bothAbsent ? undefined : month('to');
  const grouping = oneOf('grouping', REPORT_GROUPINGS, 'team');
  const goals = oneOf('goals', GOAL_SCOPES, 'all');
  if (from && to) {
    const span = monthIndex(to) - monthIndex(from) + 1;
    if (span < 1) errors.push({ path: '$.to', message: 'must not be before from' });
    else if (span > MAX_REPORT_MONTHS) {
      errors.push({ path: '$.to', message: `a report covers at most ${MAX_REPORT_MONTHS} months` });
    }
  }
  for (const key of Object.keys(input)) {
    if (!['from', 'to', 'grouping', 'goals'].includes(key)) {
      errors.push({ path: `$.${key}`, message: 'is not a field of the request' });
    }
  }
  return errors.length > 0
    ? { errors }
    : { request: { ...(from && to && { from, to }), grouping, goals } };
}

/** The default run: the 12 months up to and including the one `now` falls in, in `timeZone`. */
export function defaultMonths(now: number, timeZone: string): { from: string; to: string } {
  const to = periodKeyAt(now, timeZone);
  let from = to;
  for (let i = 1; i < 12; i += 1) from = previousPeriodKey(from);
  return { from, to };
}
