import { coveredEnvironments } from '../domain/contract/coveredEnvironments';
import type { Agreement, Contract, Customer } from '../domain/contract/types';
import { obligationTables } from '../domain/portal/obligationSentences';
import {
  issuedReport,
  listIssuedReports,
  type IssuedReportHead,
} from '../storage/reports/issuedReports';
import { requirePortalViewer, type PortalViewer } from './portalAccess';
import type {
  PortalAgreementSummary,
  PortalProfileView,
  PortalReportDownload,
  PortalReportSummary,
} from './portalViews';
import { noSuchReport, readDownloadRequest, reportDownload } from './reportDownload';
import { payloadObject, resolver, type ResolverDefinitions } from './resolverKit';

/** Said to someone signed in to the portal who is no contract customer's contact. */
export const NOT_A_CONTACT =
  'You are not a contact of any of our customers, so there are no agreements or reports to show.';

/**
 * The profile panel on the customer portal (`jiraServiceManagement:portalProfilePanel`): for
 * each customer the viewer is a contact of, their agreements with what each promises, and the
 * monthly reports issued to them; `downloadPortalReport` gives one of those reports as the
 * administrator gets it. Nothing of another customer: a report of theirs is "not found", in
 * the same words as a report that does not exist.
 */
export const portalProfileResolvers: ResolverDefinitions = {
  getPortalProfile: resolver(async (payload, call, ctx): Promise<PortalProfileView> => {
    const viewer = await requirePortalViewer(call, ctx);
    payloadObject(payload);
    const contract = viewer.model?.contract;
    if (!contract || viewer.customers.length === 0) return { customers: [], notice: NOT_A_CONTACT };
    const customers = await Promise.all(
      viewer.customers.map(async (customer) => {
        const agreements = contract.agreements.filter((a) => a.customer === customer.id);
        const reports = await Promise.all(agreements.map((a) => listIssuedReports(ctx.sql, a.id)));
        return {
          id: customer.id,
          name: customer.name,
          agreements: agreements.map((a) => agreementSummary(contract, customer, a)),
          reports: newestFirst(reports.flat().filter((r) => r.customer === customer.id)).map(
            (head) => reportSummary(head, agreements),
          ),
        };
      }),
    );
    return { customers };
  }),

  downloadPortalReport: resolver(async (payload, call, ctx): Promise<PortalReportDownload> => {
    const viewer = await requirePortalViewer(call, ctx);
    const { reportId, format } = readDownloadRequest(payloadObject(payload));
    const row = await issuedReport(ctx.sql, reportId);
    if (!row || !isViewersReport(viewer, row)) throw noSuchReport(reportId);
    return reportDownload(row, format);
  }),
};

/**
 * A report is the viewer's when it was issued to one of their customers, for an agreement the
 * contract in force gives that customer: both must hold, so a report stays with the customer it
 * was issued to even if an agreement later changes hands.
 */
function isViewersReport(viewer: PortalViewer, row: IssuedReportHead): boolean {
  const agreements = viewer.model?.contract.agreements ?? [];
  return viewer.customers.some(
    (customer) =>
      row.customer === customer.id &&
      agreements.some((a) => a.id === row.agreement && a.customer === customer.id),
  );
}

/**
 * Newest month first; within a month by agreement, then the latest revision first. Every
 * revision is listed, not only the latest: each was delivered, and the customer checks the copy
 * they hold against its content hash.
 */
function newestFirst(reports: readonly IssuedReportHead[]): IssuedReportHead[] {
  return [...reports].sort(
    (a, b) =>
      b.period_start - a.period_start ||
      a.agreement.localeCompare(b.agreement) ||
      b.revision - a.revision,
  );
}

function reportSummary(
  head: IssuedReportHead,
  agreements: readonly Agreement[],
): PortalReportSummary {
  const agreement = agreements.find((a) => a.id === head.agreement);
  return {
    reportId: head.report_id,
    agreement: { id: head.agreement, name: agreement?.name ?? head.agreement },
    period: head.period,
    revision: head.revision,
    issuedAt: new Date(head.issued_at).toISOString(),
    contentHash: head.content_hash,
  };
}

/** An agreement as the customer reads it: what it covers, when, and what it promises. */
function agreementSummary(
  contract: Contract,
  customer: Customer,
  agreement: Agreement,
): PortalAgreementSummary {
  return {
    id: agreement.id,
    name: agreement.name,
    product: agreement.product,
    environments: coveredEnvironments(customer, agreement).map((e) => e.name),
    validFrom: agreement.validFrom,
    validTo: agreement.validTo ?? null,
    obligations: obligationTables(contract, agreement),
  };
}
