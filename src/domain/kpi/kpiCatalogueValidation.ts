/**
 * Checks a KPI catalogue from the admin page before it is saved: every wrong field is named by
 * its JSON path (`$.kpis[2].target`), with why. Pure: the contract's environments are passed in,
 * the action project and issue type are checked in Jira by the resolver.
 */
import { capErrors, field, index, jsonType, type ValidationError } from '../validation';
import { objectOf, textOf, timeZoneOf } from '../fieldReaders';
import {
  PERCENT_UNIT,
  type KpiActionSettings,
  type KpiCatalogue,
  type KpiDefinition,
} from './kpiCatalogue';
import { COMPUTED_KPI_METRICS, type ComputedKpiMetric, type KpiSource } from './kpiSource';
import { kpiSourceSettingsErrors, type KpiSourceSettings } from './kpiSourceSettings';
import type { KpiDirection } from './kpiTrend';

export const KPI_CATALOGUE_LIMITS = {
  kpis: 50,
  id: 64,
  name: 200,
  unit: 32,
  issueType: 255,
  dueInDays: 365,
} as const;

/** A KPI id: lowercase letters, digits and dashes, as in `sla-compliance`. */
const KPI_ID = /^[a-z0-9][a-z0-9-]*$/;
/** A Jira project key: an uppercase letter, then uppercase letters, digits or `_`. */
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,9}$/;
/** An Atlassian account id: letters, digits, `:`, `-`, `_`. */
const ACCOUNT_ID = /^[A-Za-z0-9:_-]{1,128}$/;
const DIRECTIONS: readonly KpiDirection[] = ['higher', 'lower'];

export type KpiCatalogueCheck =
  | { readonly ok: true; readonly settings: KpiCatalogue }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/**
 * Validates `input` as a `KpiCatalogue`; `environmentIds` are the environments of the contract in
 * force (an uptime KPI may be narrowed to one of them). Answers the catalogue rebuilt from known
 * fields only (text trimmed), or every problem (capped).
 */
export function validateKpiCatalogue(
  input: unknown,
  environmentIds: readonly string[],
): KpiCatalogueCheck {
  const errors: ValidationError[] = [];
  const root = objectOf(errors, input, '$', ['timeZone', 'kpis', 'sources', 'actions']);
  if (!root) return { ok: false, errors };
  const timeZone = timeZoneOf(errors, root.timeZone, '$.timeZone');
  const kpis = kpisOf(errors, root.kpis, '$.kpis', environmentIds);
  errors.push(...kpiSourceSettingsErrors(root.sources, '$.sources'));
  const actions = actionsOf(errors, root.actions, '$.actions');
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };
  return {
    ok: true,
    settings: { timeZone, kpis, sources: root.sources as KpiSourceSettings, actions },
  };
}

function kpisOf(
  errors: ValidationError[],
  value: unknown,
  path: string,
  environmentIds: readonly string[],
): KpiDefinition[] {
  if (!Array.isArray(value)) {
    errors.push({ path, message: `must be a list, not ${jsonType(value)}` });
    return [];
  }
  if (value.length > KPI_CATALOGUE_LIMITS.kpis) {
    errors.push({ path, message: `must hold at most ${KPI_CATALOGUE_LIMITS.kpis} KPIs` });
  }
  const seen = new Set<string>();
  const kpis: KpiDefinition[] = [];
  value.slice(0, KPI_CATALOGUE_LIMITS.kpis).forEach((item, i) => {
    const kpi = kpiOf(errors, item, index(path, i), environmentIds);
    if (!kpi) return;
    if (seen.has(kpi.id)) {
      errors.push({ path: field(index(path, i), 'id'), message: `"${kpi.id}" is used twice` });
    }
    seen.add(kpi.id);
    kpis.push(kpi);
  });
  return kpis;
}

function kpiOf(
  errors: ValidationError[],
  value: unknown,
  path: string,
  environmentIds: readonly string[],
): KpiDefinition | null {
  const kpi = objectOf(errors, value, path, [
    'id',
    'name',
    'owner',
    'unit',
    'direction',
    'target',
    'source',
  ]);
  if (!kpi) return null;
  const before = errors.length;
  const id = textOf(errors, kpi.id, field(path, 'id'), KPI_CATALOGUE_LIMITS.id);
  if (id && !KPI_ID.test(id)) {
    errors.push({
      path: field(path, 'id'),
      message: 'must be lowercase letters, digits and dashes, such as churn-rate',
    });
  }
  const name = textOf(errors, kpi.name, field(path, 'name'), KPI_CATALOGUE_LIMITS.name);
  const owner = kpi.owner;
  if (typeof owner !== 'string' || !ACCOUNT_ID.test(owner)) {
    errors.push({ path: field(path, 'owner'), message: 'must name the KPI’s owner (an account)' });
  }
  const unit = textOf(errors, kpi.unit, field(path, 'unit'), KPI_CATALOGUE_LIMITS.unit);
  const direction = kpi.direction as KpiDirection;
  if (!DIRECTIONS.includes(direction)) {
    errors.push({ path: field(path, 'direction'), message: 'must be higher or lower' });
  }
  const target = kpi.target;
  if (typeof target !== 'number' || !Number.isFinite(target)) {
    errors.push({ path: field(path, 'target'), message: 'must be a finite number' });
  } else if (unit === PERCENT_UNIT && (target < 0 || target > 100)) {
    errors.push({ path: field(path, 'target'), message: 'must be between 0 and 100 (a %)' });
  }
  const source = sourceOf(errors, kpi.source, field(path, 'source'), environmentIds);
  if (errors.length > before || !source) return id ? ({ id } as KpiDefinition) : null;
  return {
    id: id!,
    name: name!,
    owner: owner as string,
    unit: unit!,
    direction,
    target: target as number,
    source,
  };
}

function sourceOf(
  errors: ValidationError[],
  value: unknown,
  path: string,
  environmentIds: readonly string[],
): KpiSource | null {
  const source = objectOf(errors, value, path, ['kind', 'metric', 'environment']);
  if (!source) return null;
  if (source.kind === 'manual') {
    for (const key of ['metric', 'environment'])
      if (key in source)
        errors.push({ path: field(path, key), message: 'is only for a computed source' });
    return { kind: 'manual' };
  }
  if (source.kind !== 'computed') {
    errors.push({ path: field(path, 'kind'), message: 'must be computed or manual' });
    return null;
  }
  const metric = source.metric as ComputedKpiMetric;
  if (!COMPUTED_KPI_METRICS.includes(metric)) {
    errors.push({
      path: field(path, 'metric'),
      message: `must be one of ${COMPUTED_KPI_METRICS.join(', ')}`,
    });
    return null;
  }
  const environment = source.environment;
  if (environment === undefined || environment === null) return { kind: 'computed', metric };
  if (metric !== 'uptime') {
    errors.push({ path: field(path, 'environment'), message: 'is only for an uptime KPI' });
    return null;
  }
  if (typeof environment !== 'string' || !environmentIds.includes(environment)) {
    errors.push({
      path: field(path, 'environment'),
      message:
        typeof environment === 'string'
          ? `must be an environment of the contract in force, not "${environment.slice(0, 64)}"`
          : `must be an environment's id, not ${jsonType(environment)}`,
    });
    return null;
  }
  return { kind: 'computed', metric, environment };
}

function actionsOf(errors: ValidationError[], value: unknown, path: string): KpiActionSettings {
  const fallback: KpiActionSettings = { projectKey: null, issueType: 'Task', dueInDays: 14 };
  const actions = objectOf(errors, value, path, ['projectKey', 'issueType', 'dueInDays']);
  if (!actions) return fallback;
  const projectKey = actions.projectKey;
  if (projectKey !== null && (typeof projectKey !== 'string' || !PROJECT_KEY.test(projectKey))) {
    errors.push({
      path: field(path, 'projectKey'),
      message: 'must be a Jira project key such as QM, or null (no action issues)',
    });
  }
  const issueType = textOf(
    errors,
    actions.issueType,
    field(path, 'issueType'),
    KPI_CATALOGUE_LIMITS.issueType,
  );
  const dueInDays = actions.dueInDays;
  if (
    typeof dueInDays !== 'number' ||
    !Number.isInteger(dueInDays) ||
    dueInDays < 1 ||
    dueInDays > KPI_CATALOGUE_LIMITS.dueInDays
  ) {
    errors.push({
      path: field(path, 'dueInDays'),
      message: `must be a whole number of days from 1 to ${KPI_CATALOGUE_LIMITS.dueInDays}`,
    });
  }
  return {
    projectKey: projectKey as string | null,
    issueType: issueType ?? fallback.issueType,
    dueInDays: dueInDays as number,
  };
}
