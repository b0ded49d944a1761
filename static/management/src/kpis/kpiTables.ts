import type { KpiValueEntry } from '../../../../src/domain/kpi/kpiValueEntry';
import type { KpiMonthView, KpiView } from '../../../../src/resolvers/kpiViews';
import type { TableModel } from '../../../reports/src/table';
import { personName } from '../../../shared/format';

/** A month's status as the tab words it: never colour alone. */
export function monthStatus(m: KpiMonthView): string {
  if (m.value === null) return 'No value';
  const target = m.meetsTarget ? 'Meets target' : 'Misses target';
  return m.worsening ? `${target}, worsening` : target;
}

const number = (value: number | null) => (value === null ? '–' : String(Number(value.toFixed(3))));

/** A KPI's months as a table (and its CSV): value, status, and the action issue. */
export function kpiMonthsTable(kpi: KpiView): TableModel<KpiMonthView> {
  return {
    caption: `${kpi.name}: values by month`,
    fileName: `kpi-${kpi.id}`,
    rowKey: (m) => m.month,
    rows: kpi.months,
    columns: [
      { header: 'Month', text: (m) => m.month },
      {
        header: `Value (${kpi.unit})`,
        numeric: true,
        text: (m) => number(m.value),
        raw: (m) => m.value,
      },
      { header: 'Target', numeric: true, text: () => number(kpi.target), raw: () => kpi.target },
      { header: 'Status', text: monthStatus },
      {
        header: 'Action issue',
        text: (m) =>
          m.action?.issueKey ??
          (m.action?.status === 'refused'
            ? `Refused by Jira: ${m.action.error ?? ''}`
            : m.action
              ? 'Being raised'
              : ''),
      },
    ],
  };
}

/** Every entry of the manual values, with who and when (in the catalogue's time zone). */
export function historyTable(
  entries: readonly KpiValueEntry[],
  names: ReadonlyMap<string, string>,
  timeZone: string,
  people: Readonly<Record<string, string>> = {},
): TableModel<KpiValueEntry> {
  const when = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return {
    caption: 'Entered values: who and when',
    fileName: 'kpi-value-history',
    rowKey: (e) => `${e.kpiId} ${e.month} ${e.revision}`,
    rows: [...entries].sort((a, b) => b.enteredAt - a.enteredAt || b.revision - a.revision),
    columns: [
      { header: 'KPI', text: (e) => names.get(e.kpiId) ?? e.kpiId },
      { header: 'Month', text: (e) => e.month },
      { header: 'Value', numeric: true, text: (e) => number(e.value), raw: (e) => e.value },
      {
        header: 'Entry',
        text: (e) => (e.revision === 1 ? 'First' : `Correction ${e.revision - 1}`),
      },
      { header: 'Entered by', text: (e) => personName(people, e.enteredBy) },
      {
        header: 'Entered at',
        text: (e) => when.format(e.enteredAt),
        raw: (e) => new Date(e.enteredAt).toISOString(),
      },
    ],
  };
}

/** Each KPI's latest month with a value: where the catalogue stands, one row a KPI. */
export function overviewTable(kpis: readonly KpiView[]): TableModel<KpiView> {
  const latest = (kpi: KpiView) => [...kpi.months].reverse().find((m) => m.value !== null);
  return {
    caption: 'All KPIs: the latest value',
    fileName: 'kpi-overview',
    rowKey: (k) => k.id,
    rows: kpis,
    columns: [
      { header: 'KPI', text: (k) => k.name },
      {
        header: 'Target',
        text: (k) => `${k.direction === 'higher' ? '≥' : '≤'} ${number(k.target)} ${k.unit}`,
        raw: (k) => k.target,
        csvHeader: 'Target',
      },
      { header: 'Better when', text: (k) => k.direction },
      { header: 'Month', text: (k) => latest(k)?.month ?? '' },
      {
        header: 'Value',
        numeric: true,
        text: (k) => number(latest(k)?.value ?? null),
        raw: (k) => latest(k)?.value ?? null,
      },
      { header: 'Status', text: (k) => (latest(k) ? monthStatus(latest(k)!) : 'No value') },
      {
        header: 'Action issues',
        text: (k) =>
          k.months
            .flatMap((m) => (m.action?.issueKey ? [`${m.action.issueKey} (${m.month})`] : []))
            .join(', '),
      },
    ],
  };
}
