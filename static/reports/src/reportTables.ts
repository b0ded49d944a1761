import type {
  ManagementReport,
  ManagementRow,
  MonthCompliance,
  OperationalGoal,
  OperationalTeamRow,
  OperationalView,
  ReportGrouping,
} from '../../../src/resolvers/views';
import { formatBusinessTime, formatInstantIn } from '../../shared/format';
import { countColumn, type Column, type TableModel } from './table';

export const GROUPING_NAMES: Record<ReportGrouping, string> = {
  team: 'Team',
  customer: 'Customer',
  product: 'Product',
  agreement: 'Agreement',
  issueType: 'Issue type',
  assignee: 'Assignee',
};

/** The label of a group value; the empty group says what is missing. */
export const groupLabel = (grouping: ReportGrouping, group: string | null): string =>
  group ?? `(no ${GROUPING_NAMES[grouping].toLowerCase()})`;

export const percentText = (pct: number | null): string => (pct === null ? '–' : `${pct} %`);
const durationText = (ms: number | null): string => (ms === null ? '–' : formatBusinessTime(ms));

/** Business time: shown as `1h 30m`, exported in ms. */
const duration = <T>(header: string, value: (row: T) => number | null): Column<T> => ({
  header,
  csvHeader: `${header} (ms)`,
  text: (row) => durationText(value(row)),
  raw: value,
  numeric: true,
});
/** Goals met of those completed, as a percentage. */
const complianceColumn = <T extends { compliancePct: number | null }>(): Column<T> => ({
  header: 'Compliance %',
  text: (row) => percentText(row.compliancePct),
  raw: (row) => row.compliancePct,
  numeric: true,
});
/** The group a row adds up, named for the report's grouping. */
const groupColumn = (grouping: ReportGrouping): Column<ManagementRow> => ({
  header: GROUPING_NAMES[grouping],
  text: (row) => groupLabel(grouping, row.group),
  raw: (row) => row.group,
});

const periodName = (report: ManagementReport): string =>
  report.from === report.to ? report.from : `${report.from}–${report.to}`;

export function managementTable(report: ManagementReport): TableModel<ManagementRow> {
  const { grouping } = report;
  return {
    caption: `Figures by ${GROUPING_NAMES[grouping].toLowerCase()}, ${periodName(report)}`,
    fileName: `sla-management-${grouping}-${report.goals}-${report.from}-${report.to}`,
    rowKey: (row) => row.group ?? '',
    rows: report.rows,
    columns: [
      groupColumn(grouping),
      countColumn('Received', (row) => row.received),
      countColumn('Resolved', (row) => row.resolved),
      countColumn('Case load at end', (row) => row.caseLoad),
      countColumn('Goals met', (row) => row.met),
      countColumn('Goals missed', (row) => row.missed),
      complianceColumn(),
      countColumn('Open breaches', (row) => row.openBreaches),
      duration('Reaction median', (row) => row.reaction.medianMs),
      duration('Reaction 90th pct', (row) => row.reaction.p90Ms),
      duration('Resolution median', (row) => row.resolution.medianMs),
      duration('Resolution 90th pct', (row) => row.resolution.p90Ms),
    ],
  };
}

export function monthsTable(report: ManagementReport): TableModel<MonthCompliance> {
  return {
    caption: `Compliance per month, ${periodName(report)}`,
    fileName: `sla-compliance-per-month-${report.goals}-${report.from}-${report.to}`,
    rowKey: (row) => row.month,
    rows: report.months,
    columns: [
      { header: 'Month', text: (row) => row.month },
      countColumn('Goals met', (row) => row.met),
      countColumn('Goals missed', (row) => row.missed),
      complianceColumn(),
    ],
  };
}

export function breachesTable(report: ManagementReport): TableModel<ManagementRow> {
  const { grouping } = report;
  return {
    caption: `Breaches by ${GROUPING_NAMES[grouping].toLowerCase()}, ${periodName(report)}`,
    fileName: `sla-breaches-${grouping}-${report.goals}-${report.from}-${report.to}`,
    rowKey: (row) => row.group ?? '',
    rows: report.rows.filter((row) => row.missed + row.openBreaches > 0),
    columns: [
      groupColumn(grouping),
      countColumn('Goals missed', (row) => row.missed),
      countColumn('Open breaches at end', (row) => row.openBreaches),
    ],
  };
}

export function operationalTeamsTable(view: OperationalView): TableModel<OperationalTeamRow> {
  return {
    caption: 'Per team',
    fileName: 'sla-operational-teams',
    rowKey: (row) => row.team ?? '',
    rows: view.teams,
    columns: [
      { header: 'Team', text: (row) => groupLabel('team', row.team), raw: (row) => row.team },
      countColumn('Breached', (row) => row.breached),
      countColumn('Breaching within the hour', (row) => row.withinHour),
      countColumn('Breaching later today', (row) => row.today),
    ],
  };
}

const BUCKET_NAMES: Record<OperationalGoal['bucket'], string> = {
  breached: 'Breached',
  withinHour: 'Within the hour',
  today: 'Later today',
};

export function operationalGoalsTable(view: OperationalView): TableModel<OperationalGoal> {
  const when = (goal: OperationalGoal): number =>
    goal.bucket === 'breached' ? goal.breachedAt! : goal.breachesAt!;
  return {
    caption: 'Goals breached or breaching today',
    fileName: 'sla-operational-goals',
    rowKey: (goal) => `${goal.issueKey}:${goal.goal}`,
    rows: view.goals,
    columns: [
      { header: 'State', text: (goal) => BUCKET_NAMES[goal.bucket], raw: (goal) => goal.bucket },
      { header: 'Issue', text: (goal) => goal.issueKey },
      {
        header: 'Goal',
        text: (goal) => `${goal.goalName}${goal.internal ? ' (OLA)' : ''}`,
        raw: (goal) => goal.goal,
      },
      { header: 'Team', text: (goal) => groupLabel('team', goal.team), raw: (goal) => goal.team },
      {
        header: 'Breached / breaches at',
        text: (goal) => formatInstantIn(new Date(when(goal)).toISOString(), view.timeZone),
        raw: (goal) => new Date(when(goal)).toISOString(),
      },
    ],
  };
}
