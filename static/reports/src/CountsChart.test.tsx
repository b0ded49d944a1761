import { render, screen, within } from '@testing-library/react';
import type { OperationalView } from '../../../src/resolvers/views';
import { TEAM_SERIES } from './chartSeries';
import { CountsChart } from './CountsChart';
import { operational } from './fixtures';
import { operationalTeamsTable } from './reportTables';

const teams = (rows: OperationalView['teams']) =>
  operationalTeamsTable({ ...operational, teams: rows });

describe('a chart of counts', () => {
  it('draws a stacked bar per table row, named as in the table, its legend in stacking order', () => {
    render(
      <CountsChart
        title="Per team"
        description="Counts per team."
        table={teams([
          { team: 'blue', breached: 2, withinHour: 0, today: 1 },
          { team: null, breached: 0, withinHour: 3, today: 0 },
        ])}
        series={TEAM_SERIES}
      />,
    );
    const chart = screen.getByRole('img', { name: 'Per team' });
    expect(
      [...chart.querySelectorAll('.recharts-yAxis-tick-labels .recharts-text')].map(
        (t) => t.textContent,
      ),
    ).toEqual(['blue', '(no team)']);
    // Parts with a count: blue's breached and later today, no team's within the hour.
    expect(chart.querySelectorAll('.recharts-bar-rectangle path')).toHaveLength(3);
    const legend = within(chart.closest('figure')!).getAllByRole('listitem');
    expect(legend.map((item) => item.textContent)).toEqual([
      'Breached',
      'Within the hour',
      'Later today',
    ]);
  });

  it('draws nothing for an empty table', () => {
    const { container } = render(
      <CountsChart title="Per team" description="" table={teams([])} series={TEAM_SERIES} />,
    );
    expect(container.innerHTML).toBe('');
  });
});
