import { objectOf, timeZoneOf } from '../fieldReaders';
import { index, jsonType, type ValidationError } from '../validation';

/** Where an area's monthly score comes from: entered by an admin, or computed from the risk register. */
export type RiskScoreSource = 'entered' | 'register';
export const RISK_SCORE_SOURCES: readonly RiskScoreSource[] = ['entered', 'register'];

/** A risk area of the monthly risk score. */
export interface RiskArea {
  /** Stable id, `a-z0-9-`: scores, risks and action-plan labels refer to it. */
  readonly id: string;
  readonly name: string;
  /** Percent of the composite score; the areas' weights sum to 100. */
  readonly weight: number;
  /** The owner's Atlassian account id: gets the area's action plans. */
  readonly owner: string | null;
  readonly source: RiskScoreSource;
}

/** The monthly risk score's settings (the Quality page's Risk score tab, Jira administrators). */
export interface RiskSettings {
  readonly areas: readonly RiskArea[];
  /** Where a drop's action plan goes; no project: no action plans are raised. */
  readonly actionPlan: {
    readonly projectKey: string | null;
    readonly issueType: string;
    /** Days the owner has: the issue's due date from the day it is raised. */
    readonly dueInDays: number;
  };
  /**
   * The zone whose month ends close the register's computed scores and date the action plans
   * (the daily job has no viewer whose zone it could take).
   */
  readonly timeZone: string;
}

export const DEFAULT_RISK_SETTINGS: RiskSettings = {
  areas: [
    { id: 'legal', name: 'Legal', weight: 25, owner: null, source: 'entered' },
    { id: 'security', name: 'Security', weight: 25, owner: null, source: 'entered' },
    { id: 'sustainability', name: 'Sustainability', weight: 15, owner: null, source: 'entered' },
    { id: 'training', name: 'Training & awareness', weight: 5, owner: null, source: 'entered' },
    { id: 'vendors', name: 'Vendor management', weight: 5, owner: null, source: 'entered' },
    { id: 'financial', name: 'Financial reporting', weight: 25, owner: null, source: 'entered' },
  ],
  actionPlan: { projectKey: null, issueType: 'Task', dueInDays: 30 },
  timeZone: 'UTC',
};

export const RISK_SETTINGS_LIMITS = {
  areas: 30,
  name: 200,
  dueInDays: 365,
} as const;

const AREA_FIELDS = ['id', 'name', 'weight', 'owner', 'source'];
const AREA_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,19}$/;

/**
 * Checks risk settings field by field, each problem with its JSON path from `$`: among them that
 * the weights sum to exactly 100 (`$.areas: the weights sum to 95 %; they must sum to 100 %`).
 */
export function validateRiskSettings(
  input: unknown,
):
  | { readonly ok: true; readonly settings: RiskSettings }
  | { readonly ok: false; readonly errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const settings = objectOf(
    errors,
    input,
    '$',
    ['areas', 'actionPlan', 'timeZone'],
    'the risk settings',
  );
  if (!settings) return { ok: false, errors };
  const areas = readAreas(settings.areas, errors);
  const actionPlan = readActionPlan(settings.actionPlan, errors);
  const timeZone = timeZoneOf(errors, settings.timeZone, '$.timeZone');
  if (errors.length > 0 || !areas || !actionPlan) return { ok: false, errors };
  return { ok: true, settings: { areas, actionPlan, timeZone } };
}

/** The weights' sum problem, or null: shared with the settings editor's live sum. */
export function weightSumError(weights: readonly number[]): string | null {
  const sum = weights.reduce((total, w) => total + w, 0);
  // Weights are whole or decimal percents: compare at a hundredth, so 33.33 + 33.33 + 33.34 holds.
  if (Math.round(sum * 100) === 100 * 100) return null;
  return `the weights sum to ${formatPercent(sum)} %; they must sum to 100 %`;
}

const formatPercent = (n: number): string => String(Math.round(n * 100) / 100);

function readAreas(value: unknown, errors: ValidationError[]): RiskArea[] | null {
  if (!Array.isArray(value)) {
    errors.push({ path: '$.areas', message: `must be a list of areas, not ${jsonType(value)}` });
    return null;
  }
  if (value.length === 0) {
    errors.push({ path: '$.areas', message: 'must have at least one area' });
    return null;
  }
  if (value.length > RISK_SETTINGS_LIMITS.areas) {
    errors.push({
      path: '$.areas',
      message: `may have at most ${RISK_SETTINGS_LIMITS.areas} areas`,
    });
    return null;
  }
  const before = errors.length;
  const seen = new Set<string>();
  const areas: RiskArea[] = [];
  value.forEach((item: unknown, i) => {
    const path = index('$.areas', i);
    const raw = objectOf(errors, item, path, AREA_FIELDS, 'a risk area');
    if (!raw) return;
    const { id, name, weight, owner, source } = raw;
    if (typeof id !== 'string' || !AREA_ID.test(id)) {
      errors.push({
        path: `${path}.id`,
        message:
          'must be 1–40 lower-case letters, digits and dashes, starting with a letter or digit',
      });
    } else if (seen.has(id)) {
      errors.push({
        path: `${path}.id`,
        message: `"${id}" is the id of an earlier area; ids must be unique`,
      });
    } else seen.add(id);
    if (typeof name !== 'string' || name.trim() === '' || name.length > RISK_SETTINGS_LIMITS.name) {
      errors.push({
        path: `${path}.name`,
        message: `must be a name of 1–${RISK_SETTINGS_LIMITS.name} characters`,
      });
    }
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0 || weight > 100) {
      errors.push({ path: `${path}.weight`, message: 'must be a percent from 0 to 100' });
    }
    if (
      owner !== null &&
      (typeof owner !== 'string' || owner.trim() === '' || owner.length > 128)
    ) {
      errors.push({ path: `${path}.owner`, message: 'must be an Atlassian account id, or null' });
    }
    if (!RISK_SCORE_SOURCES.includes(source as RiskScoreSource)) {
      errors.push({ path: `${path}.source`, message: 'must be "entered" or "register"' });
    }
    areas.push({
      id: id as string,
      name: typeof name === 'string' ? name.trim() : '',
      weight: weight as number,
      owner: (owner as string | null) ?? null,
      source: source as RiskScoreSource,
    });
  });
  if (errors.length > before) return null;
  const sumError = weightSumError(areas.map((a) => a.weight));
  if (sumError) {
    errors.push({ path: '$.areas', message: sumError });
    return null;
  }
  return areas;
}

function readActionPlan(
  value: unknown,
  errors: ValidationError[],
): RiskSettings['actionPlan'] | null {
  const path = '$.actionPlan';
  const before = errors.length;
  const plan = objectOf(
    errors,
    value,
    path,
    ['projectKey', 'issueType', 'dueInDays'],
    'the action plan settings',
  );
  if (!plan) return null;
  const { projectKey, issueType, dueInDays } = plan;
  if (projectKey !== null && (typeof projectKey !== 'string' || !PROJECT_KEY.test(projectKey))) {
    errors.push({
      path: `${path}.projectKey`,
      message: 'must be a Jira project key (e.g. QM), or null',
    });
  }
  if (typeof issueType !== 'string' || issueType.trim() === '' || issueType.length > 255) {
    errors.push({ path: `${path}.issueType`, message: 'must be the name of an issue type' });
  }
  if (
    typeof dueInDays !== 'number' ||
    !Number.isInteger(dueInDays) ||
    dueInDays < 1 ||
    dueInDays > RISK_SETTINGS_LIMITS.dueInDays
  ) {
    errors.push({
      path: `${path}.dueInDays`,
      message: `must be a whole number of days from 1 to ${RISK_SETTINGS_LIMITS.dueInDays}`,
    });
  }
  if (errors.length > before) return null;
  return {
    projectKey: projectKey as string | null,
    issueType: (issueType as string).trim(),
    dueInDays: dueInDays as number,
  };
}
