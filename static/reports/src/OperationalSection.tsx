import { useMemo } from 'react';
import type { OperationalView } from '../../../src/resolvers/views';
import { Button } from '../../shared/components/Button';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { Spinner } from '../../shared/components/Spinner';
import { formatInstantIn } from '../../shared/format';
import { TEAM_SERIES } from './chartSeries';
import { CountsChart } from './CountsChart';
import { DataTable } from './DataTable';
import { operationalGoalsTable, operationalTeamsTable } from './reportTables';
import { useResolver } from './useResolver';

/** How often the operational view refreshes itself: the sweep re-evaluates every 5 minutes. */
export const OPERATIONAL_REFRESH_MS = 60_000;
const NO_PAYLOAD = {};

/** Breached, breaching within the hour and later today, per team; refreshes itself while shown. */
export function OperationalSection() {
  const { data, loading, error, reload } = useResolver<OperationalView>(
    'getOperationalView',
    NO_PAYLOAD,
    OPERATIONAL_REFRESH_MS,
  );
  // Made once per answer: the chart redraws only when the figures change.
  const teams = useMemo(() => data && operationalTeamsTable(data), [data]);
  return (
    <section className="reports__section" aria-labelledby="operational-heading">
      <div className="reports__section-header">
        <h2 id="operational-heading">Now</h2>
        <Button appearance="subtle" onClick={reload} disabled={loading}>
          Refresh
        </Button>
      </div>
      {error !== null && <ResolverErrorMessage error={error} what="the operational view" />}
      {data === null || teams === null ? (
        loading && <Spinner label="Loading the operational view…" />
      ) : (
        <>
          <p className="reports__asof" aria-live="polite">
            As of{' '}
            <time dateTime={new Date(data.now).toISOString()}>
              {formatInstantIn(new Date(data.now).toISOString(), data.timeZone)}
            </time>{' '}
            ({data.timeZone}); refreshes every minute while shown.
          </p>
          <div className="reports__chart-row">
            <CountsChart
              title="Breached and breaching today, per team"
              description="Goals breached, breaching within the hour and breaching later today, per team. The table beside gives the numbers."
              table={teams}
              series={TEAM_SERIES}
            />
            <DataTable table={teams} />
          </div>
          <DataTable table={operationalGoalsTable(data)} />
        </>
      )}
    </section>
  );
}
