import { isObjectOf, timeZoneOf } from '../fieldReaders';
import { periodKeyAt } from '../reports/reportPeriod';
import { field, type ValidationError } from '../validation';
import { defaultReviewPeriod, type ReviewPeriod } from './reviewPeriod';

/**
 * When the annual management review falls due: in `month` (1–12) of each year, in `timeZone`,
 * the daily schedule asks for it with a Jira issue for `owner` (the quality owner) in the
 * project, once a year. It never issues the review: issuing is a person's act, on the Quality
 * page. `month` null: no reminder.
 */
export interface ReviewScheduleSettings {
  readonly month: number | null;
  readonly timeZone: string;
  readonly projectKey: string | null;
  readonly issueType: string;
  readonly owner: string | null;
}

export const DEFAULT_REVIEW_SCHEDULE: ReviewScheduleSettings = {
  month: null,
  timeZone: 'UTC',
  projectKey: null,
  issueType: 'Task',
  owner: null,
};

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,19}$/;
const FIELDS = ['month', 'timeZone', 'projectKey', 'issueType', 'owner'] as const;

export function validateReviewSchedule(
  value: unknown,
  path = '$',
):
  | { readonly ok: true; readonly settings: ReviewScheduleSettings }
  | { readonly ok: false; readonly errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  if (!isObjectOf(errors, value, path, FIELDS, 'the review schedule')) return { ok: false, errors };
  const { month, timeZone, projectKey, issueType, owner } = value;
  if (
    month !== null &&
    !(Number.isInteger(month) && (month as number) >= 1 && (month as number) <= 12)
  )
    errors.push({ path: field(path, 'month'), message: 'must be a month number 1–12, or null' });
  timeZoneOf(errors, timeZone, field(path, 'timeZone'));
  if (projectKey !== null && (typeof projectKey !== 'string' || !PROJECT_KEY.test(projectKey)))
    errors.push({
      path: field(path, 'projectKey'),
      message: 'must be a Jira project key (A–Z, 0–9, _), or null',
    });
  if (typeof issueType !== 'string' || issueType.trim() === '' || issueType.length > 255)
    errors.push({ path: field(path, 'issueType'), message: 'must be an issue type name' });
  if (owner !== null && (typeof owner !== 'string' || owner.trim() === '' || owner.length > 128))
    errors.push({
      path: field(path, 'owner'),
      message: 'must be an Atlassian account id, or null',
    });
  if (typeof month === 'number' && projectKey === null)
    errors.push({
      path: field(path, 'projectKey'),
      message: 'must be set when the review has a month',
    });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      month: month as number | null,
      timeZone: timeZone as string,
      projectKey: projectKey as string | null,
      issueType: (issueType as string).trim(),
      owner: owner as string | null,
    },
  };
}

/**
 * The period whose review falls due at `now`: in the settings' month, the 12 months before it
 * (`defaultReviewPeriod`); otherwise, or without a month or project, none.
 */
export function reviewDueAt(now: number, settings: ReviewScheduleSettings): ReviewPeriod | null {
  if (settings.month === null || settings.projectKey === null) return null;
  const current = Number(periodKeyAt(now, settings.timeZone).slice(5, 7));
  return current === settings.month ? defaultReviewPeriod(now, settings.timeZone) : null;
}
