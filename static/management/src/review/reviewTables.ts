import type { ReviewPack } from '../../../../src/resolvers/managementReviewViews';
import { countColumn, type TableModel } from '../../../reports/src/table';
import { personBesideId } from '../../../shared/format';
// The tab says the pack's figures as its CSV and print document do: the same formatters.
import {
  CAPA_STEP_NAMES,
  figure,
  percent as pct,
  share,
} from '../../../../src/domain/review/reviewPackText';

type Pack = ReviewPack;
const fileName = (pack: Pack, what: string) =>
  `management-review-${pack.period.from}-${pack.period.to}-${what}`;

/** A CAPA step's name, as the pack's CSV and print document say it. */
const stepName = (step: string): string =>
  (CAPA_STEP_NAMES as Readonly<Record<string, string>>)[step] ?? step;

export const satisfactionTable = (
  pack: Pack,
): TableModel<Pack['customerSatisfaction']['months'][number]> => ({
  caption: 'Customer satisfaction by month',
  fileName: fileName(pack, 'customer-satisfaction'),
  rowKey: (m) => m.month,
  rows: pack.customerSatisfaction.months,
  columns: [
    { header: 'Month', text: (m) => m.month },
    countColumn('Survey answers', (m) => m.surveyAnswers),
    { header: 'CSAT', text: (m) => share(m.csat), raw: (m) => m.csat, numeric: true },
    countColumn('Complaints', (m) => m.complaints),
    {
      header: 'Customers with a named contact',
      text: (m) => share(m.customersWithNamedContact),
      raw: (m) => m.customersWithNamedContact,
      numeric: true,
    },
    {
      header: 'Customers with a written agreement',
      text: (m) => share(m.customersWithWrittenAgreement),
      raw: (m) => m.customersWithWrittenAgreement,
      numeric: true,
    },
  ],
});

export const kpiTable = (pack: Pack): TableModel<Pack['kpis']['summary'][number]> => ({
  caption: 'KPIs against target',
  fileName: fileName(pack, 'kpis'),
  rowKey: (k) => k.id,
  rows: pack.kpis.summary,
  columns: [
    { header: 'KPI', text: (k) => k.name },
    {
      header: 'Target',
      text: (k) => `${k.direction === 'higher' ? '≥' : '≤'} ${figure(k.target)} ${k.unit}`,
      raw: (k) => k.target,
    },
    {
      header: 'Months meeting target',
      text: (k) => `${k.monthsMeetingTarget} of ${k.monthsWithValue}`,
      raw: (k) => k.monthsMeetingTarget,
    },
    {
      header: 'Latest',
      text: (k) => (k.latest ? `${figure(k.latest.value)} (${k.latest.month})` : '–'),
      raw: (k) => k.latest?.value ?? null,
    },
    { header: 'Trend', text: (k) => k.trend ?? '–' },
  ],
});

export const riskRegisterTable = (
  pack: Pack,
  names: Readonly<Record<string, string>> = {},
): TableModel<Pack['risk']['register'][number]> => ({
  caption: 'Risk register',
  fileName: fileName(pack, 'risk-register'),
  rowKey: (r) => r.id,
  rows: pack.risk.register,
  columns: [
    { header: 'Risk', text: (r) => r.title },
    { header: 'Level', text: (r) => r.level },
    { header: 'Status', text: (r) => r.status ?? 'open' },
    { header: 'Mitigation', text: (r) => r.mitigation },
    { header: 'Approval needed', text: (r) => r.approvalRequired },
    {
      header: 'Approved by',
      text: (r) => (r.approvedBy === null ? '–' : personBesideId(names, r.approvedBy)),
    },
  ],
});

export const nonConformityTable = (
  pack: Pack,
): TableModel<Pack['nonConformities']['months'][number]> => ({
  caption: 'Non-conformities by month',
  fileName: fileName(pack, 'non-conformities'),
  rowKey: (m) => m.month,
  rows: pack.nonConformities.months,
  columns: [
    { header: 'Month', text: (m) => m.month },
    countColumn('Raised', (m) => m.raised),
    countColumn('Closed', (m) => m.closed),
    countColumn('Open at month end', (m) => m.openAtEnd),
    countColumn('Overdue actions', (m) => m.overdueActionsAtEnd),
  ],
});

export const openNonConformityTable = (
  pack: Pack,
): TableModel<Pack['nonConformities']['open']['items'][number]> => ({
  caption: 'Open non-conformities',
  fileName: fileName(pack, 'open-non-conformities'),
  rowKey: (n) => n.issueKey,
  rows: pack.nonConformities.open.items,
  columns: [
    { header: 'Issue', text: (n) => n.issueKey },
    { header: 'CAPA step', text: (n) => stepName(n.step) },
    countColumn('Open actions', (n) => n.openActions),
    countColumn('Overdue actions', (n) => n.overdueActions),
    { header: 'Reason', text: (n) => n.reason },
  ],
});

export const slaTable = (pack: Pack): TableModel<Pack['slaCompliance']['customers'][number]> => ({
  caption: 'Goals met and missed per customer',
  fileName: fileName(pack, 'sla-compliance'),
  rowKey: (c, i) => `${c.customer ?? ''}-${i}`,
  rows: pack.slaCompliance.customers,
  columns: [
    { header: 'Customer', text: (c) => c.customer ?? '(no customer)' },
    countColumn('Met', (c) => c.met),
    countColumn('Missed', (c) => c.missed),
    {
      header: 'Compliance',
      text: (c) => pct(c.compliancePct),
      raw: (c) => c.compliancePct,
      numeric: true,
    },
    countColumn('Open breaches', (c) => c.openBreaches),
  ],
});

export { figure, pct, share };
