import { csvText } from '../reports/csvText';
import type { ReviewPack } from './reviewPack';
import { APPROVER_NAMES, CAPA_STEP_NAMES, RISK_LEVEL_NAMES } from './reviewPackText';

type Row = readonly (string | number | null)[];

/**
 * The pack as one CSV table in long form, one figure a row (section, subject, month, measure,
 * value), so a spreadsheet filters and pivots it; shares are 0–1, instants ISO 8601 UTC.
 */
export function reviewPackCsv(pack: ReviewPack, revision: number): string {
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  const rows: Row[] = [
    ['Section', 'Subject', 'Month', 'Measure', 'Value'],
    ['Review', '', '', 'Period', `${pack.period.from}..${pack.period.to}`],
    ['Review', '', '', 'Time zone', pack.period.timeZone],
    ['Review', '', '', 'Prepared at', iso(pack.preparedAt)],
    ['Review', '', '', 'Revision', revision],
  ];
  for (const audit of pack.auditResults.audits) {
    const subject = `${audit.title} (${audit.kind})`;
    rows.push(
      ['Audit results', subject, audit.heldOn.slice(0, 7), 'Held on', audit.heldOn],
      ['Audit results', subject, audit.heldOn.slice(0, 7), 'Auditor', audit.auditor],
      ['Audit results', subject, audit.heldOn.slice(0, 7), 'Major findings', audit.majorFindings],
      ['Audit results', subject, audit.heldOn.slice(0, 7), 'Minor findings', audit.minorFindings],
      ['Audit results', subject, audit.heldOn.slice(0, 7), 'Observations', audit.observations],
      ['Audit results', subject, audit.heldOn.slice(0, 7), 'Summary', audit.summary],
    );
  }
  if (pack.auditResults.conclusion)
    rows.push(['Audit results', '', '', 'Conclusion', pack.auditResults.conclusion]);
  for (const m of pack.customerSatisfaction.months) {
    const add = (measure: string, value: number | null) =>
      rows.push(['Customer satisfaction', 'All customers', m.month, measure, value]);
    add('Customers', m.customers);
    add('Survey answers', m.surveyAnswers);
    add('CSAT (share satisfied)', m.csat);
    add('Complaints', m.complaints);
    add('Customers with a named contact (share)', m.customersWithNamedContact);
    add('Orderers with a named contact (share)', m.orderersWithNamedContact);
    add('Customers with a written agreement (share)', m.customersWithWrittenAgreement);
  }
  for (const kpi of pack.kpis.trends) {
    rows.push(['KPIs', kpi.name, '', `Target (${kpi.direction} is better)`, kpi.target]);
    for (const m of kpi.months) {
      rows.push(['KPIs', kpi.name, m.month, `Value (${kpi.unit})`, m.value]);
      if (m.meetsTarget !== null)
        rows.push(['KPIs', kpi.name, m.month, 'Meets target', m.meetsTarget ? 'yes' : 'no']);
    }
  }
  for (const m of pack.risk.trend.composite)
    rows.push(['Risk score', 'Composite', m.month, 'Score', m.score]);
  for (const area of pack.risk.trend.areas) {
    rows.push(['Risk score', area.name, '', 'Weight (%)', area.weight]);
    for (const m of area.months) rows.push(['Risk score', area.name, m.month, 'Score', m.score]);
  }
  for (const risk of pack.risk.register) {
    const add = (measure: string, value: string | null) =>
      rows.push(['Risk register', risk.title, '', measure, value]);
    add('Level', RISK_LEVEL_NAMES[risk.level]);
    add('Status', risk.status ?? 'open');
    add('Area', risk.area);
    add('Owner', risk.owner);
    add('Mitigation', risk.mitigation);
    add('Approval required', APPROVER_NAMES[risk.approvalRequired]);
    add('Approved by', risk.approvedBy);
    add('Approved at', iso(risk.approvedAt));
  }
  for (const m of pack.nonConformities.months) {
    const add = (measure: string, value: number) =>
      rows.push(['Non-conformities', 'All', m.month, measure, value]);
    add('Raised', m.raised);
    add('Closed', m.closed);
    add('Open at month end', m.openAtEnd);
    add('Overdue actions at month end', m.overdueActionsAtEnd);
  }
  for (const nc of pack.nonConformities.open.items) {
    const add = (measure: string, value: string | number | null) =>
      rows.push(['Open non-conformities', nc.issueKey, '', measure, value]);
    add('Raised at', iso(nc.raisedAt));
    add('CAPA step', CAPA_STEP_NAMES[nc.step]);
    add('Round', nc.round);
    add('Open actions', nc.openActions);
    add('Overdue actions', nc.overdueActions);
    add('Effectiveness check due', iso(nc.checkDueAt));
    add('Reason', nc.reason);
  }
  for (const c of pack.slaCompliance.customers) {
    const subject = c.customer ?? '(no customer)';
    const add = (measure: string, value: number | null) =>
      rows.push(['SLA compliance', subject, '', measure, value]);
    add('Goals met', c.met);
    add('Goals missed', c.missed);
    add('Compliance (%)', c.compliancePct);
    add('Cases received', c.received);
    add('Cases resolved', c.resolved);
    add('Open breaches', c.openBreaches);
  }
  for (const m of pack.slaCompliance.months)
    rows.push(['SLA compliance', 'All customers', m.month, 'Compliance (%)', m.compliancePct]);
  return csvText(rows);
}
