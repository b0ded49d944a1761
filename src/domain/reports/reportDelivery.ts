import { field, index, isRecord, jsonType, type ValidationError } from '../validation';

/**
 * How an agreement's customer reports are issued and distributed: app configuration, kept
 * beside the contract (the contract format has no report settings).
 *
 * - `schedule`: `monthly` issues each month when it ends in the agreement's time zone;
 *   `onDemand` only when an administrator issues one.
 * - `deliveryIssue`: the issue each revision is posted on as a comment, e.g. the customer's
 *   "Service reports" request in their service project. Jira's notify API needs an issue, so no
 *   issue means no delivery.
 * - `recipients`: whom Jira notifies of each posted revision: users by account id, groups by
 *   name, and the delivery issue's reporter and watchers (the `to` of
 *   `POST /rest/api/3/issue/{issueIdOrKey}/notify`).
 */
export interface ReportDeliverySettings {
  readonly schedule: ReportSchedule;
  readonly deliveryIssue: string | null;
  readonly recipients: ReportRecipients;
}

export type ReportSchedule = 'monthly' | 'onDemand';
export const REPORT_SCHEDULES: readonly ReportSchedule[] = ['monthly', 'onDemand'];

export interface ReportRecipients {
  readonly users: readonly string[];
  readonly groups: readonly string[];
  readonly reporter: boolean;
  readonly watchers: boolean;
}

/** An agreement nobody has configured: monthly, delivered nowhere. */
export const DEFAULT_DELIVERY_SETTINGS: ReportDeliverySettings = {
  schedule: 'monthly',
  deliveryIssue: null,
  recipients: { users: [], groups: [], reporter: false, watchers: false },
};

/** Users and groups together: one notification stays a short list of people to check. */
export const MAX_RECIPIENTS = 50;
/** Atlassian account ids are at most 128 characters; Jira group names at most 255. */
const MAX_ACCOUNT_ID = 128;
const MAX_GROUP_NAME = 255;
/** A Jira issue key: the project key (a letter, then letters, digits, `_`), `-`, a number. */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}$/;
const ACCOUNT_ID = /^[A-Za-z0-9:_-]+$/;

/** How many people and lists a notification goes to, as a count for the screen. */
export const recipientCount = (recipients: ReportRecipients): number =>
  recipients.users.length +
  recipients.groups.length +
  (recipients.reporter ? 1 : 0) +
  (recipients.watchers ? 1 : 0);

/** Reads delivery settings, or every problem in them with its JSON path (under `path`). */
export function readReportDeliverySettings(
  input: unknown,
  path = '$',
): { readonly settings: ReportDeliverySettings } | { readonly errors: ValidationError[] } {
  if (!isRecord(input)) return { errors: [{ path, message: 'must be an object' }] };
  const errors: ValidationError[] = [];
  unknownFields(input, ['schedule', 'deliveryIssue', 'recipients'], path, errors);

  const schedule = input.schedule ?? DEFAULT_DELIVERY_SETTINGS.schedule;
  if (!REPORT_SCHEDULES.includes(schedule as ReportSchedule)) {
    errors.push({
      path: field(path, 'schedule'),
      message: `must be one of ${REPORT_SCHEDULES.join(', ')}`,
    });
  }

  const issue = input.deliveryIssue ?? null;
  if (issue !== null && (typeof issue !== 'string' || !ISSUE_KEY.test(issue))) {
    errors.push({
      path: field(path, 'deliveryIssue'),
      message: `must be an issue key such as SUP-12, or null, not ${typeof issue === 'string' ? JSON.stringify(issue.slice(0, 40)) : jsonType(issue)}`,
    });
  }

  const recipients = readRecipients(input.recipients, field(path, 'recipients'), errors);
  if (recipients && issue === null && recipientCount(recipients) > 0) {
    errors.push({
      path: field(path, 'deliveryIssue'),
      message: 'is needed to notify recipients: Jira notifies about an issue',
    });
  }
  if (recipients && typeof issue === 'string' && recipientCount(recipients) === 0) {
    errors.push({
      path: field(path, 'recipients'),
      message: 'must name at least one user, group, the reporter or the watchers',
    });
  }
  if (errors.length > 0 || !recipients) return { errors };
  return {
    settings: {
      schedule: schedule as ReportSchedule,
      deliveryIssue: issue as string | null,
      recipients,
    },
  };
}

function readRecipients(
  input: unknown,
  path: string,
  errors: ValidationError[],
): ReportRecipients | null {
  if (input === undefined) return DEFAULT_DELIVERY_SETTINGS.recipients;
  if (!isRecord(input)) {
    errors.push({ path, message: 'must be an object' });
    return null;
  }
  const before = errors.length;
  unknownFields(input, ['users', 'groups', 'reporter', 'watchers'], path, errors);
  const users = names(input.users, field(path, 'users'), ACCOUNT_ID, MAX_ACCOUNT_ID, errors);
  const groups = names(input.groups, field(path, 'groups'), /\S/, MAX_GROUP_NAME, errors);
  const flag = (name: 'reporter' | 'watchers'): boolean => {
    const value = input[name] ?? false;
    if (typeof value !== 'boolean') {
      errors.push({ path: field(path, name), message: `must be true or false` });
    }
    return value === true;
  };
  const reporter = flag('reporter');
  const watchers = flag('watchers');
  if (users.length + groups.length > MAX_RECIPIENTS) {
    errors.push({
      path,
      message: `may list at most ${MAX_RECIPIENTS} users and groups, not ${users.length + groups.length}`,
    });
  }
  return errors.length > before ? null : { users, groups, reporter, watchers };
}

/** A list of distinct, non-empty strings, each matching `pattern` and at most `max` long. */
function names(
  input: unknown,
  path: string,
  pattern: RegExp,
  max: number,
  errors: ValidationError[],
): string[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    errors.push({ path, message: `must be a list, not ${jsonType(input)}` });
    return [];
  }
  const seen = new Set<string>();
  input.forEach((value, i) => {
    if (typeof value !== 'string' || value.length > max || !pattern.test(value)) {
      errors.push({
        path: index(path, i),
        message: `must be a name or id of 1 to ${max} characters`,
      });
    } else if (seen.has(value)) {
      errors.push({ path: index(path, i), message: 'is listed twice' });
    } else {
      seen.add(value);
    }
  });
  return [...seen];
}

function unknownFields(
  input: Record<string, unknown>,
  known: readonly string[],
  path: string,
  errors: ValidationError[],
): void {
  for (const key of Object.keys(input)) {
    if (!known.includes(key)) errors.push({ path: field(path, key), message: 'is not a field' });
  }
}
