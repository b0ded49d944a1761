import type { ReviewPack } from '../../../../src/resolvers/managementReviewViews';
import { DataTable } from '../../../reports/src/DataTable';
import {
  figure,
  kpiTable,
  nonConformityTable,
  openNonConformityTable,
  pct,
  riskRegisterTable,
  satisfactionTable,
  share,
  slaTable,
} from './reviewTables';

/** The pack's figures, section by section as ISO 9001 §9.3.2 lists the review's inputs. */
export function ReviewPreview({
  pack,
  names = {},
}: {
  readonly pack: ReviewPack;
  /** Display names by account id, shown beside the ids the pack keeps. */
  readonly names?: Readonly<Record<string, string>>;
}) {
  const { customerSatisfaction: cs, risk, nonConformities: nc, slaCompliance: sla } = pack;
  return (
    <div className="review-preview">
      <section aria-labelledby="review-satisfaction">
        <h3 id="review-satisfaction">Customer satisfaction</h3>
        <p className="review__facts">
          {cs.surveyAnswers} survey answers, CSAT {share(cs.csat)}; {cs.complaints} complaints.
        </p>
        <DataTable table={satisfactionTable(pack)} />
      </section>
      <section aria-labelledby="review-kpis">
        <h3 id="review-kpis">Quality KPIs</h3>
        <DataTable table={kpiTable(pack)} />
      </section>
      <section aria-labelledby="review-risk">
        <h3 id="review-risk">Risk score and register</h3>
        <p className="review__facts">
          Composite score{' '}
          {risk.compositeLatest
            ? `${figure(risk.compositeLatest.score)} in ${risk.compositeLatest.month}`
            : 'not scored'}
          {risk.compositeFirst && risk.compositeFirst.month !== risk.compositeLatest?.month
            ? ` (${figure(risk.compositeFirst.score)} in ${risk.compositeFirst.month})`
            : ''}
          ; {risk.openRisks} open risks, {risk.approvalsDue} awaiting approval.
        </p>
        <DataTable table={riskRegisterTable(pack, names)} />
      </section>
      <section aria-labelledby="review-nc">
        <h3 id="review-nc">Non-conformities and corrective actions</h3>
        <p className="review__facts">
          {nc.raisedInPeriod} raised, {nc.closedInPeriod} closed, {nc.openAtPeriodEnd} open at the
          period&rsquo;s end; now {nc.open.total} open with {nc.open.overdueActions} overdue actions
          and {nc.open.overdueChecks} overdue effectiveness checks.
        </p>
        <DataTable table={nonConformityTable(pack)} />
        <DataTable table={openNonConformityTable(pack)} />
      </section>
      <section aria-labelledby="review-sla">
        <h3 id="review-sla">SLA compliance per customer</h3>
        <p className="review__facts">
          All customers: {sla.total.met} goals met, {sla.total.missed} missed,{' '}
          {pct(sla.total.compliancePct)}.
        </p>
        <DataTable table={slaTable(pack)} />
      </section>
    </div>
  );
}
