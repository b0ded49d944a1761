import type { Contract } from '../domain/contract';
import { formatInstant } from '../domain/instant';
import { parseRealInstant } from '../domain/realInstant';
import type { HistoryEntry, IssueSnapshot } from '../domain/sla';
import { field, index, isRecord, type ValidationError } from '../domain/validation';
import { invalid } from './resolverKit';

/** What the admin page's simulation evaluates: an issue under a draft contract, and when. */
export interface SimulationRequest {
  readonly issue: IssueSnapshot;
  /** The end of the last pause (or the creation), so deadlines are projected from there. */
  readonly now: number;
}

/** More pauses than anyone enters by hand; the bound keeps one request's work small. */
export const MAX_PAUSES = 100;

const WORKING = 'In Progress';

/**
 * Reads a simulation's inputs against a valid contract: an agreement of it, an issue type, a
 * priority, when the issue was created and the pauses (a status the issue waited in, from, to).
 * Every problem comes back at once, each at its path, in an `invalid` error.
 */
export function readSimulationRequest(
  input: Record<string, unknown>,
  contract: Contract,
): SimulationRequest {
  const errors: ValidationError[] = [];
  const agreement = contract.agreements.find((a) => a.id === input.agreement);
  if (!agreement)
    errors.push({ path: '$.agreement', message: 'pick an agreement of the contract' });
  const issueType = text(input.issueType, '$.issueType', 'pick an issue type', errors);
  const priority = text(input.priority, '$.priority', 'pick a priority', errors);
  const created = parseRealInstant(input.created);
  if (created === undefined) errors.push({ path: '$.created', message: 'must be a date and time' });
  const history = pausesHistory(input.pauses, errors);
  if (errors.length > 0 || !agreement || created === undefined) throw invalid(errors);

  const environment =
    agreement.environments?.[0] ??
    contract.customers
      .find((c) => c.id === agreement.customer)
      ?.environments.find((e) => e.product === agreement.product)?.id;
  const createdAt = formatInstant(created);
  history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return {
    issue: {
      key: 'SIM-1',
      issueType: issueType!,
      priority: priority!,
      status: WORKING,
      customer: agreement.customer,
      environment: environment ?? null,
      product: agreement.product,
      created: createdAt,
      history:
        history.length > 0
          ? [{ at: createdAt, type: 'status', from: 'Open', to: WORKING }, ...history]
          : [],
    },
    now: history.reduce((latest, entry) => Math.max(latest, Date.parse(entry.at)), created),
  };
}

/** A non-empty text of at most 255 characters (an issue type or status name's length). */
function text(
  value: unknown,
  path: string,
  message: string,
  errors: ValidationError[],
): string | undefined {
  if (typeof value === 'string' && value !== '' && value.length <= 255) return value;
  errors.push({
    path,
    message:
      typeof value === 'string' && value !== '' ? 'must be at most 255 characters long' : message,
  });
  return undefined;
}

/** Each pause as the issue leaving work for its status and coming back. */
function pausesHistory(pauses: unknown, errors: ValidationError[]): HistoryEntry[] {
  if (pauses === undefined || pauses === null) return [];
  if (!Array.isArray(pauses) || pauses.length > MAX_PAUSES) {
    errors.push({ path: '$.pauses', message: `must be a list of at most ${MAX_PAUSES} pauses` });
    return [];
  }
  const history: HistoryEntry[] = [];
  pauses.forEach((pause: unknown, i) => {
    const path = index('$.pauses', i);
    if (!isRecord(pause)) {
      errors.push({ path, message: 'must be a pause: { status, from, to }' });
      return;
    }
    const status = text(
      pause.status,
      field(path, 'status'),
      'pick the status the issue waits in',
      errors,
    );
    const from = parseRealInstant(pause.from);
    const to = parseRealInstant(pause.to);
    if (from === undefined)
      errors.push({ path: field(path, 'from'), message: 'must be a date and time' });
    if (to === undefined || (from !== undefined && to <= from)) {
      errors.push({ path: field(path, 'to'), message: 'must be after the start of the pause' });
    }
    if (status === undefined || from === undefined || to === undefined || to <= from) return;
    history.push({ at: formatInstant(from), type: 'status', from: WORKING, to: status });
    history.push({ at: formatInstant(to), type: 'status', from: status, to: WORKING });
  });
  return history;
}
