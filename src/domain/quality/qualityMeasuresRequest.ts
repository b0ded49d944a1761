import type { ValidationError } from '../validation';
import { readManagementRequest } from '../reports/managementRequest';

/**
 * What the Reports page's Quality section asks for: months `from`–`to` (`YYYY-MM`, inclusive,
 * both or neither; without them the last 12 up to the current one, `defaultMonths`).
 */
export interface QualityMeasuresRequest {
  readonly from?: string;
  readonly to?: string;
}

/**
 * Reads a request, or every problem in it with its JSON path. The months are read as the
 * management report reads them (`readManagementRequest`: the same messages and the same
 * 24-month limit); this request has no other field.
 */
export function readQualityMeasuresRequest(
  input: Readonly<Record<string, unknown>>,
): { readonly request: QualityMeasuresRequest } | { readonly errors: ValidationError[] } {
  const extra: ValidationError[] = Object.keys(input)
    .filter((key) => key !== 'from' && key !== 'to')
    .map((key) => ({ path: `$.${key}`, message: 'is not a field of the request' }));
  const months = Object.fromEntries(
    Object.entries(input).filter(([key]) => key === 'from' || key === 'to'),
  );
  const read = readManagementRequest(months);
  const errors = [...('errors' in read ? read.errors : []), ...extra];
  if (errors.length > 0) return { errors };
  const { from, to } = 'request' in read ? read.request : {};
  return { request: from && to ? { from, to } : {} };
}
