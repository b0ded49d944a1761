import type { ManagementRow, OperationalTeamRow } from '../../../src/resolvers/views';
import { CHART_COLORS } from './chartTheme';
import type { CountSeries } from './CountsChart';

/** The parts of a group's bar in "Breaches by …": the columns of `breachesTable`. */
export const BREACH_SERIES: readonly CountSeries<ManagementRow>[] = [
  { key: 'missed', name: 'Goals missed', color: CHART_COLORS.danger, count: (row) => row.missed },
  {
    key: 'openBreaches',
    name: 'Open breaches at end',
    color: CHART_COLORS.warning,
    count: (row) => row.openBreaches,
  },
];

/** The parts of a team's bar in the operational view: the columns of `operationalTeamsTable`. */
export const TEAM_SERIES: readonly CountSeries<OperationalTeamRow>[] = [
  { key: 'breached', name: 'Breached', color: CHART_COLORS.danger, count: (row) => row.breached },
  {
    key: 'withinHour',
    name: 'Within the hour',
    color: CHART_COLORS.warning,
    count: (row) => row.withinHour,
  },
  { key: 'today', name: 'Later today', color: CHART_COLORS.brand, count: (row) => row.today },
];
