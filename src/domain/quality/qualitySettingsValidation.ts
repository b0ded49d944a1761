/**
 * Checks quality settings from the admin screen before they are saved: every wrong field is
 * named by its JSON path, with why and the limit it broke. Pure: what exists in Jira (projects,
 * issue types) is checked by the resolver, the contract's calendars are passed in.
 */
import { parseDuration } from '../contract/duration';
import { capErrors, isRecord, jsonType, type ValidationError } from '../validation';
import { FEEDBACK_SCALES, type FeedbackScale } from './feedbackScale';
import type { FeedbackReason, QualityRules, RecurrenceRule } from './qualityRules';
import type {
  FollowUpSettings,
  LeadAssignment,
  NonConformitySettings,
  QualitySettings,
  SurvicateAttributes,
  TeamLeadMapping,
} from './qualitySettings';

/** The limits the validator holds settings to. */
export const QUALITY_SETTINGS_LIMITS = {
  reasons: 30,
  reasonId: 64,
  reasonLabel: 200,
  recurrenceCount: 1_000,
  windowDays: 365,
  baselineDays: 730,
  factor: 100,
  issueType: 255,
  /** A follow-up is due within a business day or so; 30 days of business time at most. */
  maxDueInMs: 30 * 86_400_000,
  leadRows: 500,
  match: 255,
  attribute: 100,
} as const;

/** The feedback table keeps reason ids in 64 characters; ids are machine words. */
const REASON_ID = /^[A-Za-z0-9_-]+$/;
/** A Jira project key: an uppercase letter, then uppercase letters, digits or `_`. */
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,9}$/;
/** An Atlassian account id: `557058:…` or a 24-hex id; letters, digits, `:`, `-`, `_`. */
const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;
const ATTRIBUTE = /^[A-Za-z0-9_.-]+$/;

const TOP_LEVEL = ['rules', 'followUp', 'leads', 'nonConformity', 'survicate', 'readJsmCsat'];

export type QualitySettingsCheck =
  | { readonly ok: true; readonly settings: QualitySettings }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/**
 * Validates `input` as `QualitySettings`; `calendarIds` are the calendars of the contract in
 * force (a follow-up's due time is measured in one of them). Answers the settings trimmed and
 * rebuilt from known fields only, or every problem (capped, `capErrors`).
 */
export function validateQualitySettings(
  input: unknown,
  calendarIds: readonly string[],
): QualitySettingsCheck {
  const errors: ValidationError[] = [];
  const check = new Checker(errors);
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ path: '$', message: `must be an object, not ${jsonType(input)}` }],
    };
  }
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL.includes(key)) errors.push({ path: `$.${key}`, message: 'is not a setting' });
  }
  const settings: QualitySettings = {
    rules: rulesOf(check, input.rules, '$.rules'),
    followUp: followUpOf(check, input.followUp, '$.followUp', calendarIds),
    leads: leadsOf(check, input.leads, '$.leads'),
    nonConformity: nonConformityOf(check, input.nonConformity, '$.nonConformity'),
    survicate: survicateOf(check, input.survicate, '$.survicate'),
    readJsmCsat: check.boolean(input.readJsmCsat, '$.readJsmCsat'),
  };
  return errors.length > 0 ? { ok: false, errors: capErrors(errors) } : { ok: true, settings };
}

/** Reads typed values, recording a problem (and answering a placeholder) when one is wrong. */
class Checker {
  constructor(readonly errors: ValidationError[]) {}

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  object(value: unknown, path: string): Record<string, unknown> {
    if (isRecord(value)) return value;
    this.fail(path, `must be an object, not ${jsonType(value)}`);
    return {};
  }

  array(value: unknown, path: string, max: number): unknown[] {
    if (!Array.isArray(value)) {
      this.fail(path, `must be a list, not ${jsonType(value)}`);
      return [];
    }
    if (value.length > max)
      this.fail(path, `must hold at most ${max} entries, not ${value.length}`);
    return value.slice(0, max);
  }

  text(value: unknown, path: string, max: number, pattern?: RegExp, what?: string): string {
    if (typeof value !== 'string') {
      this.fail(path, `must be text, not ${jsonType(value)}`);
      return '';
    }
    const trimmed = value.trim();
    if (trimmed === '') this.fail(path, 'is required');
    else if (trimmed.length > max) this.fail(path, `must be at most ${max} characters`);
    else if (pattern && !pattern.test(trimmed)) this.fail(path, `must be ${what}`);
    return trimmed;
  }

  integer(value: unknown, path: string, min: number, max: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.fail(path, `must be a whole number from ${min} to ${max}`);
      return min;
    }
    return value;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value !== 'boolean') {
      this.fail(path, `must be true or false, not ${jsonType(value)}`);
      return false;
    }
    return value;
  }

  projectKey(value: unknown, path: string): string | null {
    if (value === null || value === '') return null;
    return this.text(value, path, 10, PROJECT_KEY, 'a Jira project key such as QM');
  }

  accountId(value: unknown, path: string): string {
    return this.text(value, path, 128, ACCOUNT_ID, 'an Atlassian account id');
  }
}

function rulesOf(check: Checker, value: unknown, path: string): QualityRules {
  const rules = check.object(value, path);
  const thresholds = check.object(rules.flagAtOrBelow, `${path}.flagAtOrBelow`);
  const flagAtOrBelow = Object.fromEntries(
    (Object.keys(FEEDBACK_SCALES) as FeedbackScale[]).map((scale) => {
      const { min, max } = FEEDBACK_SCALES[scale];
      // A threshold at the top of the scale would flag every answer.
      return [
        scale,
        check.integer(thresholds[scale], `${path}.flagAtOrBelow.${scale}`, min, max - 1),
      ];
    }),
  ) as Record<FeedbackScale, number>;
  return {
    flagAtOrBelow,
    reasons: reasonsOf(check, rules.reasons, `${path}.reasons`),
    recurrence: recurrenceOf(check, rules.recurrence, `${path}.recurrence`),
  };
}

function reasonsOf(check: Checker, value: unknown, path: string): FeedbackReason[] {
  const L = QUALITY_SETTINGS_LIMITS;
  const seen = new Set<string>();
  return check.array(value, path, L.reasons).map((item, i) => {
    const at = `${path}[${i}]`;
    const reason = check.object(item, at);
    const id = check.text(reason.id, `${at}.id`, L.reasonId, REASON_ID, 'letters, digits, - or _');
    if (id !== '' && seen.has(id)) check.fail(`${at}.id`, `"${id}" is already a reason`);
    seen.add(id);
    return {
      id,
      label: check.text(reason.label, `${at}.label`, L.reasonLabel),
      negative: check.boolean(reason.negative, `${at}.negative`),
    };
  });
}

function recurrenceOf(check: Checker, value: unknown, path: string): RecurrenceRule {
  const L = QUALITY_SETTINGS_LIMITS;
  const rule = check.object(value, path);
  let rate: RecurrenceRule['rate'] = null;
  if (rule.rate !== null && rule.rate !== undefined) {
    const r = check.object(rule.rate, `${path}.rate`);
    const factor = r.factor;
    if (typeof factor !== 'number' || !(factor > 0) || factor > L.factor) {
      check.fail(`${path}.rate.factor`, `must be a number above 0 and at most ${L.factor}`);
    }
    rate = {
      baselineDays: check.integer(r.baselineDays, `${path}.rate.baselineDays`, 1, L.baselineDays),
      factor: typeof factor === 'number' ? factor : 1,
    };
  }
  return {
    count: check.integer(rule.count, `${path}.count`, 1, L.recurrenceCount),
    windowDays: check.integer(rule.windowDays, `${path}.windowDays`, 1, L.windowDays),
    rate,
  };
}

function followUpOf(
  check: Checker,
  value: unknown,
  path: string,
  calendarIds: readonly string[],
): FollowUpSettings {
  const followUp = check.object(value, path);
  const dueIn = check.text(followUp.dueIn, `${path}.dueIn`, 40);
  const ms = parseDuration(dueIn);
  if (dueIn !== '' && (ms === undefined || ms <= 0 || ms > QUALITY_SETTINGS_LIMITS.maxDueInMs)) {
    check.fail(
      `${path}.dueIn`,
      'must be an ISO 8601 duration of business time above zero and at most P30D, such as PT8H',
    );
  }
  let calendar: string | null = null;
  if (followUp.calendar !== null && followUp.calendar !== undefined && followUp.calendar !== '') {
    calendar = check.text(followUp.calendar, `${path}.calendar`, 255);
    if (calendar !== '' && !calendarIds.includes(calendar)) {
      check.fail(`${path}.calendar`, `"${calendar}" is not a calendar of the contract in force`);
    }
  }
  return {
    projectKey: check.projectKey(followUp.projectKey, `${path}.projectKey`),
    issueType: check.text(
      followUp.issueType,
      `${path}.issueType`,
      QUALITY_SETTINGS_LIMITS.issueType,
    ),
    dueIn,
    calendar,
  };
}

function leadsOf(check: Checker, value: unknown, path: string): TeamLeadMapping {
  const leads = check.object(value, path);
  const rows = (name: 'byTeam' | 'byComponent' | 'byProject'): LeadAssignment[] => {
    const seen = new Set<string>();
    const at = `${path}.${name}`;
    return check.array(leads[name], at, QUALITY_SETTINGS_LIMITS.leadRows).map((item, i) => {
      const row = check.object(item, `${at}[${i}]`);
      const match =
        name === 'byProject'
          ? (check.projectKey(row.match, `${at}[${i}].match`) ?? '')
          : check.text(row.match, `${at}[${i}].match`, QUALITY_SETTINGS_LIMITS.match);
      if (name === 'byProject' && match === '') check.fail(`${at}[${i}].match`, 'is required');
      if (match !== '' && seen.has(match)) {
        check.fail(`${at}[${i}].match`, `"${match}" already has a lead`);
      }
      seen.add(match);
      return { match, accountId: check.accountId(row.accountId, `${at}[${i}].accountId`) };
    });
  };
  const fallback =
    leads.fallback === null || leads.fallback === undefined || leads.fallback === ''
      ? null
      : check.accountId(leads.fallback, `${path}.fallback`);
  return {
    byTeam: rows('byTeam'),
    byComponent: rows('byComponent'),
    byProject: rows('byProject'),
    fallback,
  };
}

function nonConformityOf(check: Checker, value: unknown, path: string): NonConformitySettings {
  const nc = check.object(value, path);
  return {
    projectKey: check.projectKey(nc.projectKey, `${path}.projectKey`),
    issueType: check.text(nc.issueType, `${path}.issueType`, QUALITY_SETTINGS_LIMITS.issueType),
  };
}

function survicateOf(check: Checker, value: unknown, path: string): SurvicateAttributes {
  const s = check.object(value, path);
  const attribute = (name: keyof SurvicateAttributes) =>
    check.text(
      s[name],
      `${path}.${name}`,
      QUALITY_SETTINGS_LIMITS.attribute,
      ATTRIBUTE,
      'an attribute name: letters, digits, ., - or _',
    );
  return {
    issueKeyAttribute: attribute('issueKeyAttribute'),
    customerAttribute: attribute('customerAttribute'),
  };
}
