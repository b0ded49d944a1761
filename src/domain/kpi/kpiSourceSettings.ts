/**
 * What the app needs to know to compute the KPI sources that are not plain counts of its own
 * records: which incidents take a service down (uptime) and which issues are defects of which
 * releases (defect density). Entered on the admin page with the KPI catalogue.
 */
import { field, index, jsonType, type ValidationError } from '../validation';
import { objectOf } from '../fieldReaders';

/**
 * How big a release is, the divisor of its defect density:
 * - `fixed-issues`: the issues whose fix version is the release, defects included (what Jira's
 *   "issues fixed" count of a version shows, `GET /rest/api/3/version/{id}/relatedIssueCounts`);
 *   the app counts them in the same search as the defects, so it costs no extra request;
 * - `release`: every release counts 1, so the figure is defects per release.
 */
export const RELEASE_SIZE_MEASURES = ['fixed-issues', 'release'] as const;
export type ReleaseSizeMeasure = (typeof RELEASE_SIZE_MEASURES)[number];

export interface UptimeSourceSettings {
  /** Jira issue type names of the issues that are incidents. */
  readonly incidentIssueTypes: readonly string[];
  /**
   * Priority names of incidents that stop the service (the contract priority's name, e.g.
   * "Priority 1" or "Red"; Jira's priority name for issues no agreement covers).
   */
  readonly businessImpactingPriorities: readonly string[];
  /** The uptime promised, in % (the catalogue's target for an uptime KPI starts from it). */
  readonly promisePercent: number;
}

export interface DefectDensitySourceSettings {
  /** Jira issue type names of the issues that are defects. */
  readonly defectIssueTypes: readonly string[];
  /** Keys of the Jira projects whose versions are the releases. */
  readonly releaseProjects: readonly string[];
  readonly releaseSize: ReleaseSizeMeasure;
}

export interface KpiSourceSettings {
  readonly uptime: UptimeSourceSettings;
  readonly defectDensity: DefectDensitySourceSettings;
}

/**
 * The top priority of each of the example contract's priority models ("Priority 1" of the
 * numeric model, "Red" of the traffic-light one); no release projects until someone names them.
 */
export const DEFAULT_KPI_SOURCE_SETTINGS: KpiSourceSettings = {
  uptime: {
    incidentIssueTypes: ['Incident'],
    businessImpactingPriorities: ['Priority 1', 'Red'],
    promisePercent: 99.9,
  },
  defectDensity: { defectIssueTypes: ['Bug'], releaseProjects: [], releaseSize: 'fixed-issues' },
};

export const KPI_SOURCE_SETTINGS_LIMITS = {
  names: 50,
  name: 255,
  projects: 20,
} as const;

/** A Jira project key: an uppercase letter, then uppercase letters, digits or `_`. */
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,9}$/;

/**
 * Every problem of `value` as `KpiSourceSettings`, each named by its JSON path under `path`
 * (e.g. `$.sources.uptime.promisePercent`); empty when it is valid. Unknown fields are refused,
 * so a typo is not silently dropped.
 */
export function kpiSourceSettingsErrors(value: unknown, path: string): ValidationError[] {
  const errors: ValidationError[] = [];
  const settings = objectOf(errors, value, path, ['uptime', 'defectDensity']);
  if (settings === null) return errors;

  const uptimePath = field(path, 'uptime');
  const uptime = objectOf(errors, settings.uptime, uptimePath, [
    'incidentIssueTypes',
    'businessImpactingPriorities',
    'promisePercent',
  ]);
  if (uptime !== null) {
    namesOf(errors, uptime.incidentIssueTypes, field(uptimePath, 'incidentIssueTypes'), 1);
    namesOf(
      errors,
      uptime.businessImpactingPriorities,
      field(uptimePath, 'businessImpactingPriorities'),
      1,
    );
    const promise = uptime.promisePercent;
    if (typeof promise !== 'number' || !Number.isFinite(promise) || promise <= 0 || promise > 100)
      errors.push({
        path: field(uptimePath, 'promisePercent'),
        message: 'must be a number above 0 and at most 100',
      });
  }

  const densityPath = field(path, 'defectDensity');
  const density = objectOf(errors, settings.defectDensity, densityPath, [
    'defectIssueTypes',
    'releaseProjects',
    'releaseSize',
  ]);
  if (density !== null) {
    namesOf(errors, density.defectIssueTypes, field(densityPath, 'defectIssueTypes'), 1);
    const projects = namesOf(
      errors,
      density.releaseProjects,
      field(densityPath, 'releaseProjects'),
      0,
      KPI_SOURCE_SETTINGS_LIMITS.projects,
    );
    projects.forEach((key, i) => {
      if (typeof key === 'string' && key.trim() !== '' && !PROJECT_KEY.test(key))
        errors.push({
          path: index(field(densityPath, 'releaseProjects'), i),
          message: 'must be a Jira project key such as APP',
        });
    });
    if (!RELEASE_SIZE_MEASURES.includes(density.releaseSize as ReleaseSizeMeasure))
      errors.push({
        path: field(densityPath, 'releaseSize'),
        message: `must be one of ${RELEASE_SIZE_MEASURES.join(', ')}`,
      });
  }
  return errors;
}

/** A list of distinct, non-blank names; answers the list (or nothing) for further checks. */
function namesOf(
  errors: ValidationError[],
  value: unknown,
  path: string,
  min: number,
  max: number = KPI_SOURCE_SETTINGS_LIMITS.names,
): unknown[] {
  if (!Array.isArray(value)) {
    errors.push({ path, message: `must be a list, not ${jsonType(value)}` });
    return [];
  }
  if (value.length < min) errors.push({ path, message: `must name at least ${min}` });
  if (value.length > max)
    errors.push({ path, message: `must hold at most ${max} entries, not ${value.length}` });
  const seen = new Set<string>();
  value.slice(0, max).forEach((item, i) => {
    const at = index(path, i);
    if (typeof item !== 'string') {
      errors.push({ path: at, message: `must be text, not ${jsonType(item)}` });
      return;
    }
    const name = item.trim();
    if (name === '') errors.push({ path: at, message: 'is required' });
    else if (name.length > KPI_SOURCE_SETTINGS_LIMITS.name)
      errors.push({
        path: at,
        message: `must be at most ${KPI_SOURCE_SETTINGS_LIMITS.name} characters`,
      });
    else if (seen.has(name)) errors.push({ path: at, message: `"${name}" is listed twice` });
    seen.add(name);
  });
  return value.slice(0, max);
}
