/**
 * The KPI catalogue the admin page edits: each KPI with its owner, unit, direction, target and
 * source; the settings of the sources the app computes; where action issues go; and the time
 * zone the catalogue's months are in (one for the whole organisation, so the Quality page, the
 * management review and the daily job all see the same month boundaries).
 */
import { DEFAULT_KPI_SOURCE_SETTINGS, type KpiSourceSettings } from './kpiSourceSettings';
import type { KpiSource } from './kpiSource';
import type { KpiDirection } from './kpiTrend';

/** The unit whose values are percentages, held to 0–100. */
export const PERCENT_UNIT = '%';

export interface KpiDefinition {
  /** A machine word, stable across saves: manual values and action issues are keyed by it. */
  readonly id: string;
  readonly name: string;
  /** The owner's Atlassian account id; null until an admin names one (the defaults). */
  readonly owner: string | null;
  readonly unit: string;
  readonly direction: KpiDirection;
  readonly target: number;
  readonly source: KpiSource;
}

/** Where the action issue of a KPI that missed its target or worsened goes. */
export interface KpiActionSettings {
  /** null: no action issues are raised. */
  readonly projectKey: string | null;
  readonly issueType: string;
  /** The action is due this many days after it is raised. */
  readonly dueInDays: number;
}

export interface KpiCatalogue {
  /** The IANA time zone of the catalogue's months. */
  readonly timeZone: string;
  readonly kpis: readonly KpiDefinition[];
  readonly sources: KpiSourceSettings;
  readonly actions: KpiActionSettings;
}

const computed = (
  id: string,
  name: string,
  unit: string,
  direction: KpiDirection,
  target: number,
  metric: Extract<KpiSource, { kind: 'computed' }>['metric'],
): KpiDefinition => ({
  id,
  name,
  owner: null,
  unit,
  direction,
  target,
  source: { kind: 'computed', metric },
});

const manual = (
  id: string,
  name: string,
  unit: string,
  direction: KpiDirection,
  target: number,
): KpiDefinition => ({
  id,
  name,
  owner: null,
  unit,
  direction,
  target,
  source: { kind: 'manual' },
});

/**
 * Customary targets of a software service company's QMS: every figure the app computes, and the
 * people measures entered by hand. Owners are named by an admin before the first save.
 */
export const DEFAULT_KPI_CATALOGUE: KpiCatalogue = {
  timeZone: 'UTC',
  kpis: [
    computed('sla-compliance', 'SLA compliance', PERCENT_UNIT, 'higher', 95, 'sla-compliance'),
    computed('csat', 'Customer satisfaction (CSAT)', PERCENT_UNIT, 'higher', 90, 'csat'),
    computed('nps', 'Net promoter score', 'points', 'higher', 30, 'nps'),
    computed(
      'follow-ups-in-time',
      'Follow-ups in time',
      PERCENT_UNIT,
      'higher',
      90,
      'follow-ups-in-time',
    ),
    computed(
      'open-non-conformities',
      'Open non-conformities',
      'count',
      'lower',
      3,
      'open-non-conformities',
    ),
    computed('capa-cycle-time', 'CAPA cycle time', 'days', 'lower', 60, 'capa-cycle-time'),
    computed('complaints', 'Complaints', 'count', 'lower', 2, 'complaints'),
    computed('defect-density', 'Defect density', 'defects/size', 'lower', 0.1, 'defect-density'),
    computed('uptime', 'Uptime', PERCENT_UNIT, 'higher', 99.9, 'uptime'),
    manual('enps', 'Employee NPS (eNPS)', 'points', 'higher', 20),
    manual('workload', 'Workload (share reporting it manageable)', PERCENT_UNIT, 'higher', 80),
    manual('mental-health', 'Mental health (share feeling well)', PERCENT_UNIT, 'higher', 80),
    manual('churn', 'Customer churn', PERCENT_UNIT, 'lower', 5),
  ],
  sources: DEFAULT_KPI_SOURCE_SETTINGS,
  actions: { projectKey: null, issueType: 'Task', dueInDays: 14 },
};

/** How a KPI's source is named in trends and exports: the metric, or `manual:<id>`. */
export const sourceLabel = (kpi: KpiDefinition): string =>
  kpi.source.kind === 'manual'
    ? `manual:${kpi.id}`
    : kpi.source.environment
      ? `${kpi.source.metric}:${kpi.source.environment}`
      : kpi.source.metric;
