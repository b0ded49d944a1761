import { isObjectOf } from '../fieldReaders';
import { parseIsoDate } from '../calendar/civilDate';
import { field, index, isRecord, jsonType, type ValidationError } from '../validation';
import type { Checked } from './customerRelationship';

/**
 * A customer meeting as recorded: when, who attended, the minutes, and the agreed actions —
 * each a new Jira issue the app creates (summary, owner, due date) or an existing issue.
 */
export interface CustomerMeeting {
  readonly customerId: string;
  /** `YYYY-MM-DD`. */
  readonly heldOn: string;
  readonly attendees: readonly string[];
  readonly minutes: string;
  readonly actions: readonly MeetingAction[];
}

export type MeetingAction =
  | {
      readonly kind: 'new';
      readonly summary: string;
      /** The owner's account id: the issue's assignee. */
      readonly owner: string;
      /** `YYYY-MM-DD`. */
      readonly dueDate: string;
    }
  | { readonly kind: 'existing'; readonly issueKey: string };

/** The most actions one meeting records, so one JQL search shows the status of ten meetings' actions. */
export const MAX_MEETING_ACTIONS = 10;
export const MAX_ATTENDEES = 30;
/** Minutes are long text, but bounded: a meeting's minutes, not a document store. */
export const MAX_MINUTES = 20_000;
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;
const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;

const isDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  parseIsoDate(value) !== undefined;

/** Checks a meeting as the form sends it (without `customerId`); every wrong field by its path. */
export function checkCustomerMeeting(
  value: unknown,
  path = '$',
): Checked<Omit<CustomerMeeting, 'customerId'>> {
  const errors: ValidationError[] = [];
  const known = ['heldOn', 'attendees', 'minutes', 'actions'];
  if (!isObjectOf(errors, value, path, known, 'a meeting')) return { ok: false, errors };
  if (!isDate(value.heldOn)) {
    errors.push({ path: field(path, 'heldOn'), message: 'must be a date, YYYY-MM-DD' });
  }
  const attendees: string[] = [];
  if (
    !Array.isArray(value.attendees) ||
    value.attendees.length === 0 ||
    value.attendees.length > MAX_ATTENDEES
  ) {
    errors.push({
      path: field(path, 'attendees'),
      message: `must list 1 to ${MAX_ATTENDEES} attendees`,
    });
  } else {
    value.attendees.forEach((a, i) => {
      const name = typeof a === 'string' ? a.trim() : '';
      if (name === '' || name.length > 255) {
        errors.push({ path: index(field(path, 'attendees'), i), message: 'must be a name' });
      } else attendees.push(name);
    });
  }
  const minutes = typeof value.minutes === 'string' ? value.minutes : null;
  if (minutes === null || minutes.trim() === '' || minutes.length > MAX_MINUTES) {
    errors.push({
      path: field(path, 'minutes'),
      message: `must be the minutes, 1 to ${MAX_MINUTES} characters`,
    });
  }
  const actions: MeetingAction[] = [];
  const list = value.actions ?? [];
  if (!Array.isArray(list) || list.length > MAX_MEETING_ACTIONS) {
    errors.push({
      path: field(path, 'actions'),
      message: `must be a list of at most ${MAX_MEETING_ACTIONS} actions`,
    });
  } else {
    list.forEach((a, i) => {
      const action = checkAction(a, index(field(path, 'actions'), i), errors);
      if (action) actions.push(action);
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { heldOn: value.heldOn as string, attendees, minutes: minutes!, actions },
  };
}

function checkAction(
  value: unknown,
  path: string,
  errors: ValidationError[],
): MeetingAction | null {
  if (!isRecord(value)) {
    errors.push({ path, message: `must be an object, not ${jsonType(value)}` });
    return null;
  }
  if (value.kind === 'existing') {
    const extra = Object.keys(value).filter((k) => k !== 'kind' && k !== 'issueKey');
    for (const k of extra)
      errors.push({ path: field(path, k), message: 'is not a field of an existing issue action' });
    if (typeof value.issueKey !== 'string' || !ISSUE_KEY.test(value.issueKey)) {
      errors.push({ path: field(path, 'issueKey'), message: 'must be an issue key, e.g. SUP-12' });
      return null;
    }
    return extra.length > 0 ? null : { kind: 'existing', issueKey: value.issueKey };
  }
  if (value.kind !== 'new') {
    errors.push({ path: field(path, 'kind'), message: 'must be "new" or "existing"' });
    return null;
  }
  const before = errors.length;
  for (const k of Object.keys(value).filter(
    (k) => !['kind', 'summary', 'owner', 'dueDate'].includes(k),
  )) {
    errors.push({ path: field(path, k), message: 'is not a field of a new action' });
  }
  const summary = typeof value.summary === 'string' ? value.summary.trim() : '';
  if (summary === '' || summary.length > 255) {
    errors.push({
      path: field(path, 'summary'),
      message: 'must be a summary of 1 to 255 characters',
    });
  }
  if (typeof value.owner !== 'string' || !ACCOUNT_ID.test(value.owner)) {
    errors.push({
      path: field(path, 'owner'),
      message: 'must be the owner’s Atlassian account id',
    });
  }
  if (!isDate(value.dueDate)) {
    errors.push({ path: field(path, 'dueDate'), message: 'must be a date, YYYY-MM-DD' });
  }
  if (errors.length > before) return null;
  return { kind: 'new', summary, owner: value.owner as string, dueDate: value.dueDate as string };
}
