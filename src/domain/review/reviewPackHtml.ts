import { escapeHtml, htmlTable as table, PRINT_STYLE } from '../reports/printDocument';
import type { ReviewPack } from './reviewPack';
import {
  APPROVER_NAMES,
  CAPA_STEP_NAMES,
  figure,
  localDay,
  percent,
  RISK_LEVEL_NAMES,
  reviewTitle,
  share,
} from './reviewPackText';

/** On screen the document reads as a page; printed, each section starts where it fits. */
const REVIEW_STYLE = `${PRINT_STYLE}
body { padding: 16px; } section { margin-bottom: 10pt; }
@media print { body { padding: 0; } section { break-inside: auto; } h2 { break-after: avoid; } }`;

/**
 * The pack as a print-ready HTML document (A4, no scripts or resources to fetch), in the order of
 * ISO 9001 §9.3.2's inputs. `issued` names the revision and who issued it; a draft says so.
 */
export function reviewPackHtml(
  pack: ReviewPack,
  issued: {
    readonly revision: number;
    readonly issuedBy: string;
    readonly issuedAt: number;
  } | null,
): string {
  const tz = pack.period.timeZone;
  const title = reviewTitle(pack);
  const months = pack.customerSatisfaction.months;
  const kpiMonths = pack.kpis.trends[0]?.months.map((m) => m.month) ?? [];
  const riskMonths = pack.risk.trend.composite.map((m) => m.month);
  const audits = pack.auditResults.audits;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${REVIEW_STYLE}</style></head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="meta">Months ${escapeHtml(pack.period.from)} to ${escapeHtml(pack.period.to)} (${escapeHtml(tz)}); figures as of ${escapeHtml(localDay(pack.preparedAt, tz))}</p>
<p class="meta">${
    issued
      ? `Revision ${issued.revision}, issued ${escapeHtml(localDay(issued.issuedAt, tz))} by ${escapeHtml(issued.issuedBy)}`
      : 'Draft: not issued'
  }</p>
<section><h2>1. Audit results</h2>
${table(
  ['Audit', 'Kind', 'Held on', 'Auditor', 'Major', 'Minor', 'Observations', 'Summary'],
  audits.map((a) => [
    a.title,
    a.kind,
    a.heldOn,
    a.auditor,
    a.majorFindings,
    a.minorFindings,
    a.observations,
    a.summary,
  ]),
)}
${pack.auditResults.conclusion ? `<p>${escapeHtml(pack.auditResults.conclusion)}</p>` : ''}
</section>
<section><h2>2. Customer satisfaction</h2>
<p class="meta">${pack.customerSatisfaction.surveyAnswers} survey answers, CSAT ${share(pack.customerSatisfaction.csat)}; ${pack.customerSatisfaction.complaints} complaints.</p>
${table(
  [
    'Month',
    'Customers',
    'Survey answers',
    'CSAT',
    'Complaints',
    'Named contact',
    'Orderers with contact',
    'Written agreement',
  ],
  months.map((m) => [
    m.month,
    m.customers,
    m.surveyAnswers,
    share(m.csat),
    m.complaints,
    share(m.customersWithNamedContact),
    share(m.orderersWithNamedContact),
    share(m.customersWithWrittenAgreement),
  ]),
)}
</section>
<section><h2>3. Quality KPIs against target</h2>
${table(
  ['KPI', 'Unit', 'Target', 'Months meeting target', 'First', 'Latest', 'Trend'],
  pack.kpis.summary.map((k) => [
    k.name,
    k.unit,
    `${k.direction === 'higher' ? '≥' : '≤'} ${figure(k.target)}`,
    `${k.monthsMeetingTarget} of ${k.monthsWithValue}`,
    k.first ? `${figure(k.first.value)} (${k.first.month})` : '–',
    k.latest ? `${figure(k.latest.value)} (${k.latest.month})` : '–',
    k.trend ?? '–',
  ]),
)}
${table(
  ['KPI', ...kpiMonths],
  pack.kpis.trends.map((k) => [
    k.name,
    ...k.months.map((m) => `${figure(m.value)}${m.meetsTarget === false ? ' ✗' : ''}`),
  ]),
)}
</section>
<section><h2>4. Risk score and register</h2>
${table(
  ['Area', 'Weight', ...riskMonths],
  [
    ...pack.risk.trend.areas.map((a) => [
      a.name,
      `${a.weight} %`,
      ...a.months.map((m) => figure(m.score)),
    ]),
    ['Composite', '100 %', ...pack.risk.trend.composite.map((m) => figure(m.score))],
  ],
)}
<p class="meta">${pack.risk.openRisks} open risks; ${pack.risk.approvalsDue} awaiting the approval their level requires.</p>
${table(
  ['Risk', 'Level', 'Status', 'Owner', 'Mitigation', 'Approval', 'Approved'],
  pack.risk.register.map((r) => [
    r.title,
    RISK_LEVEL_NAMES[r.level],
    r.status ?? 'open',
    r.owner ?? '–',
    r.mitigation,
    APPROVER_NAMES[r.approvalRequired],
    r.approvedBy ? `${r.approvedBy}, ${localDay(r.approvedAt, tz)}` : '–',
  ]),
)}
</section>
<section><h2>5. Non-conformities and corrective actions</h2>
<p class="meta">${pack.nonConformities.raisedInPeriod} raised and ${pack.nonConformities.closedInPeriod} closed in the period; ${pack.nonConformities.openAtPeriodEnd} open at its end.</p>
${table(
  ['Month', 'Raised', 'Closed', 'Open at month end', 'Overdue actions'],
  pack.nonConformities.months.map((m) => [
    m.month,
    m.raised,
    m.closed,
    m.openAtEnd,
    m.overdueActionsAtEnd,
  ]),
)}
<p class="meta">Open when prepared: ${pack.nonConformities.open.total}, with ${pack.nonConformities.open.overdueActions} overdue actions and ${pack.nonConformities.open.overdueChecks} overdue effectiveness checks.</p>
${table(
  ['Issue', 'Raised', 'CAPA step', 'Open actions', 'Overdue', 'Reason'],
  pack.nonConformities.open.items.map((nc) => [
    nc.issueKey,
    localDay(nc.raisedAt, tz),
    `${CAPA_STEP_NAMES[nc.step]}${nc.round > 1 ? ` (round ${nc.round})` : ''}${nc.checkOverdue ? ', check overdue' : ''}`,
    nc.openActions,
    nc.overdueActions,
    nc.reason,
  ]),
)}
</section>
<section><h2>6. SLA compliance per customer</h2>
<p class="meta">All customers: ${pack.slaCompliance.total.met} goals met, ${pack.slaCompliance.total.missed} missed, ${percent(pack.slaCompliance.total.compliancePct)}.</p>
${table(
  ['Customer', 'Met', 'Missed', 'Compliance', 'Received', 'Resolved', 'Open breaches'],
  pack.slaCompliance.customers.map((c) => [
    c.customer ?? '(no customer)',
    c.met,
    c.missed,
    percent(c.compliancePct),
    c.received,
    c.resolved,
    c.openBreaches,
  ]),
)}
</section>
</body></html>
`;
}
