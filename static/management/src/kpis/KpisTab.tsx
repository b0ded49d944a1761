/**
 * The Quality page's KPIs tab: each KPI's values month by month against its target line, its
 * status (meets, misses, worsening) and the action issue raised for each month, with a table and
 * its CSV; for Jira administrators, the form to enter the manual KPIs' values, and for everyone
 * the history of those entries (who and when). Months are in the catalogue's time zone.
 */
import { useMemo, useState } from 'react';
import type {
  KpiTrendsView,
  KpiValueHistoryView,
  KpiView,
} from '../../../../src/resolvers/kpiViews';
import { IssueLink } from '../../../shared/components/IssueLink';
import { Lozenge, type LozengeAppearance } from '../../../shared/components/Lozenge';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { Spinner } from '../../../shared/components/Spinner';
import { personName } from '../../../shared/format';
import { DataTable } from '../../../reports/src/DataTable';
import { MonthRangeFields, type MonthRange } from '../../../reports/src/MonthRangeFields';
import { useResolver } from '../../../reports/src/useResolver';
import { KpiChart } from './KpiChart';
import { historyTable, kpiMonthsTable, monthStatus, overviewTable } from './kpiTables';
import { KpiValueForm } from './KpiValueForm';

function latestStatus(kpi: KpiView): { text: string; appearance: LozengeAppearance } {
  const latest = [...kpi.months].reverse().find((m) => m.value !== null);
  if (!latest) return { text: 'No value', appearance: 'default' };
  if (latest.worsening) return { text: `Worsening (${latest.month})`, appearance: 'moved' };
  return latest.meetsTarget
    ? { text: `Meets target (${latest.month})`, appearance: 'success' }
    : { text: `Misses target (${latest.month})`, appearance: 'removed' };
}

function KpiSection({ kpi, people }: { kpi: KpiView; people: Readonly<Record<string, string>> }) {
  const status = latestStatus(kpi);
  const table = useMemo(() => kpiMonthsTable(kpi), [kpi]);
  const actions = kpi.months.filter((m) => m.action?.issueKey);
  const headingId = `kpi-${kpi.id}-heading`;
  return (
    <section className="kpi-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="kpi-section__title">
        {kpi.name} <Lozenge appearance={status.appearance}>{status.text}</Lozenge>
      </h2>
      <p className="subtle">
        Target {kpi.direction === 'higher' ? 'at least' : 'at most'} {kpi.target} {kpi.unit} ·{' '}
        {kpi.manual ? 'entered by hand' : `computed: ${kpi.source}`} · owner{' '}
        {kpi.owner === null ? 'not named' : personName(people, kpi.owner)}
      </p>
      <KpiChart kpi={kpi} />
      <DataTable table={table} />
      {actions.length > 0 && (
        <ul className="kpi-section__actions" aria-label={`${kpi.name}: action issues`}>
          {actions.map((m) => (
            <li key={m.month}>
              {m.month} ({monthStatus(m).toLowerCase()}):{' '}
              <IssueLink issueKey={m.action!.issueKey!} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function KpisTab({ canEdit }: { readonly canEdit: boolean }) {
  const [range, setRange] = useState<MonthRange>({});
  const payload = range.from && range.to ? { from: range.from, to: range.to } : {};
  const trends = useResolver<KpiTrendsView>('getKpiTrends', payload);
  const history = useResolver<KpiValueHistoryView>('getKpiValueHistory', payload);
  const view = trends.data;
  const manual = view?.kpis.filter((k) => k.manual) ?? [];
  const names = useMemo(() => new Map(view?.kpis.map((k) => [k.id, k.name])), [view]);

  return (
    <div className="kpis-tab">
      <form
        className="kpis-tab__range"
        aria-label="Months shown"
        onSubmit={(e) => e.preventDefault()}
      >
        <MonthRangeFields
          range={{ from: range.from ?? view?.from, to: range.to ?? view?.to }}
          onChange={(change) =>
            setRange((r) => ({ from: r.from ?? view?.from, to: r.to ?? view?.to, ...change }))
          }
        />
      </form>
      {trends.error !== null && <ResolverErrorMessage error={trends.error} what="the KPIs" />}
      {!view && trends.loading && <Spinner label="Loading the KPIs…" />}
      {view && (
        <>
          <p className="subtle">
            Months in {view.timeZone}, {view.from} to {view.to}. A KPI that misses its target or
            worsens two months in a row gets an action issue for its owner once the month has ended.
          </p>
          <DataTable table={overviewTable(view.kpis)} />
          {view.kpis.map((kpi) => (
            <KpiSection key={kpi.id} kpi={kpi} people={view.names} />
          ))}
          {manual.length > 0 && (
            <section className="kpi-section" aria-labelledby="kpi-manual-heading">
              <h2 id="kpi-manual-heading">Values entered by hand</h2>
              {canEdit && (
                <KpiValueForm
                  kpis={manual}
                  defaultMonth={view.to}
                  onSaved={() => {
                    trends.reload();
                    history.reload();
                  }}
                />
              )}
              {history.error !== null && (
                <ResolverErrorMessage error={history.error} what="the entered values" />
              )}
              {history.data && (
                <DataTable
                  table={historyTable(
                    history.data.entries,
                    names,
                    view.timeZone,
                    history.data.names,
                  )}
                />
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}
