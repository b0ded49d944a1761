import { useEffect, useMemo, useState } from 'react';
import { MonthRangeFields } from './MonthRangeFields';
import type {
  GoalScope,
  ManagementReport,
  ManagementRequest,
  ReportGrouping,
} from '../../../src/resolvers/views';
import { Button } from '../../shared/components/Button';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { Spinner } from '../../shared/components/Spinner';
import { BREACH_SERIES } from './chartSeries';
import { ComplianceChart } from './ComplianceChart';
import { CountsChart } from './CountsChart';
import { DataTable } from './DataTable';
import { FormField } from './FormField';
import { useResolver } from './useResolver';
import { breachesTable, GROUPING_NAMES, managementTable, monthsTable } from './reportTables';

const GOAL_SCOPE_NAMES: Record<GoalScope, string> = {
  all: 'All goals',
  sla: 'Customer goals (SLA)',
  ola: 'Internal goals (OLA)',
};

/** The management report: a run of months grouped one way, as charts with tables beside. */
export function ManagementSection() {
  // The first request leaves the months to the app (the last 12 by its clock); the form then
  // shows the months the report covers.
  const [request, setRequest] = useState<ManagementRequest>({ grouping: 'team', goals: 'all' });
  const [form, setForm] = useState<ManagementRequest>(request);
  const payload = useMemo(() => ({ ...request }), [request]);
  const { data, loading, error } = useResolver<ManagementReport>('getManagementReport', payload);
  useEffect(() => {
    if (data) setForm((f) => (f.from ? f : { ...f, from: data.from, to: data.to }));
  }, [data]);
  const edit = (change: Partial<ManagementRequest>) => setForm((f) => ({ ...f, ...change }));

  return (
    <section className="reports__section" aria-labelledby="management-heading">
      <h2 id="management-heading">Management report</h2>
      <form
        className="reports__form"
        onSubmit={(event) => {
          event.preventDefault();
          setRequest(form);
        }}
      >
        <MonthRangeFields range={form} onChange={edit} />
        <FormField label="Group by">
          {(id) => (
            <select
              id={id}
              value={form.grouping}
              onChange={(e) => edit({ grouping: e.target.value as ReportGrouping })}
            >
              {Object.entries(GROUPING_NAMES).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Goals">
          {(id) => (
            <select
              id={id}
              value={form.goals}
              onChange={(e) => edit({ goals: e.target.value as GoalScope })}
            >
              {Object.entries(GOAL_SCOPE_NAMES).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <Button appearance="primary" type="submit" disabled={loading}>
          Show
        </Button>
      </form>
      {error !== null && <ResolverErrorMessage error={error} what="the management report" />}
      {data === null ? (
        loading && <Spinner label="Computing the report…" />
      ) : (
        <ManagementFigures report={data} />
      )}
    </section>
  );
}

function ManagementFigures({ report }: { report: ManagementReport }) {
  // Tables made once per report: the charts redraw only when their data changes.
  const months = useMemo(() => monthsTable(report), [report]);
  const breaches = useMemo(() => breachesTable(report), [report]);
  const groupName = GROUPING_NAMES[report.grouping].toLowerCase();
  return (
    <div className="reports__figures">
      <p className="reports__asof">
        {GOAL_SCOPE_NAMES[report.goals]}. Months in your time zone; times are business time
        (nearest-rank percentiles).
      </p>
      <div className="reports__chart-row">
        <ComplianceChart
          title="Compliance per month"
          description={`Share of goals met among those completed, each month from ${report.from} to ${report.to}. The table beside gives the numbers.`}
          months={report.months}
        />
        <DataTable table={months} />
      </div>
      <div className="reports__chart-row">
        <CountsChart
          title={`Breaches by ${groupName}`}
          description={`Goals missed in the period and breaches still open at its end, by ${groupName}. The table beside gives the numbers.`}
          table={breaches}
          series={BREACH_SERIES}
        />
        <DataTable table={breaches} />
      </div>
      <DataTable table={managementTable(report)} />
    </div>
  );
}
