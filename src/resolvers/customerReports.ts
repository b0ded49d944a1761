import type { ContractModel } from '../domain/contract/compileContract';
import type { Agreement } from '../domain/contract/types';
import type { CustomerReport } from '../domain/reports/customerReport';
import {
  readReportDeliverySettings,
  recipientCount,
  type ReportRecipients,
} from '../domain/reports/reportDelivery';
import { parsePeriodKey } from '../domain/reports/reportPeriod';
import { reportTimeZone } from '../domain/reports/reportTimeZone';
import type { ValidationError } from '../domain/validation';
import {
  ReportTooLargeError,
  agreementPeriod,
  issueCustomerReport,
} from '../services/customerReports';
import { MAX_DELIVERY_ATTEMPTS, retryDelivery } from '../services/reportDelivery';
import {
  issuedReport,
  listIssuedReports,
  type IssuedReportHead,
  type IssuedReportRow,
} from '../storage/reports/issuedReports';
import {
  deliveriesOf,
  deliveryOf,
  type DeliveryStatus,
  type ReportDeliveryRow,
} from '../storage/reports/reportDeliveries';
import {
  reportDeliverySettings,
  saveReportDeliverySettings,
} from '../storage/reports/reportDeliverySettings';
import {
  ResolverError,
  invalid,
  payloadObject,
  requireAdmin,
  resolver,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';
import { noSuchReport, readDownloadRequest, readReportId, reportDownload } from './reportDownload';
import type {
  DeliverySettingsView,
  IssueReportOutcome,
  IssuedReportSummary,
  IssuedReportView,
  ReportDownload,
  ReportDeliveryView,
  ReportList,
} from './views';

async function contractInForce(ctx: ResolverContext): Promise<ContractModel> {
  const model = await ctx.contracts.model();
  if (!model) throw new ResolverError('notFound', 'No contract has been saved yet.');
  return model;
}

const iso = (t: number) => new Date(t).toISOString();

function deliveryView(row: ReportDeliveryRow | undefined): ReportDeliveryView | null {
  if (!row) return null;
  return {
    status: row.status as DeliveryStatus,
    issueKey: row.issue_key,
    recipientCount: recipientCount(JSON.parse(row.recipients) as ReportRecipients),
    commentId: row.comment_id,
    attempts: row.attempts,
    maxAttempts: MAX_DELIVERY_ATTEMPTS,
    lastError: row.last_error,
    attemptedAt: row.attempted_at === null ? null : iso(row.attempted_at),
    deliveredAt: row.delivered_at === null ? null : iso(row.delivered_at),
  };
}

function summaryOf(
  head: IssuedReportHead,
  model: ContractModel | null,
  delivery: ReportDeliveryRow | undefined,
): IssuedReportSummary {
  const agreement = model?.contract.agreements.find((a) => a.id === head.agreement);
  const customer = model?.contract.customers.find((c) => c.id === head.customer);
  return {
    reportId: head.report_id,
    agreement: { id: head.agreement, name: agreement?.name ?? head.agreement },
    customer: { id: head.customer, name: customer?.name ?? head.customer },
    period: head.period,
    periodStart: iso(head.period_start),
    periodEnd: iso(head.period_end),
    revision: head.revision,
    contractVersion: head.contract_version,
    contentHash: head.content_hash,
    issuedAt: iso(head.issued_at),
    issuedBy: head.issued_by,
    changeNote: head.change_note,
    delivery: deliveryView(delivery),
  };
}

async function readIssuedReport(ctx: ResolverContext, reportId: string): Promise<IssuedReportRow> {
  const row = await issuedReport(ctx.sql, reportId);
  if (!row) throw noSuchReport(reportId);
  return row;
}

/** The agreement of the contract in force that `input.agreement` names. */
function readAgreement(
  input: Record<string, unknown>,
  model: ContractModel,
  errors: ValidationError[],
): Agreement | undefined {
  const agreement = model.contract.agreements.find((a) => a.id === input.agreement);
  if (!agreement) errors.push({ path: '$.agreement', message: 'must be the id of an agreement' });
  return agreement;
}

/** The agreement, the past period (`YYYY-MM`) and whether to notify, of an issue request. */
function readIssueRequest(
  input: Record<string, unknown>,
  model: ContractModel,
  now: number,
): { agreement: Agreement; period: string; notify: boolean } {
  const errors: ValidationError[] = [];
  const agreement = readAgreement(input, model, errors);
  const notify = input.notify ?? true;
  if (typeof notify !== 'boolean') {
    errors.push({ path: '$.notify', message: 'must be true or false' });
  }
  const period = typeof input.period === 'string' ? input.period : '';
  if (!parsePeriodKey(period)) {
    errors.push({ path: '$.period', message: 'must be a month YYYY-MM' });
  } else if (agreement) {
    const bounds = agreementPeriod(model, agreement, period);
    const validity = model.agreements.find((a) => a.agreement.id === agreement.id)!.validity;
    if (bounds.end > now) {
      errors.push({
        path: '$.period',
        message: `has not ended yet in ${bounds.timeZone}, the agreement's time zone`,
      });
    } else if (validity.from >= bounds.end || validity.to <= bounds.start) {
      errors.push({ path: '$.period', message: 'the agreement was not in force in this month' });
    }
  }
  if (errors.length > 0 || !agreement) throw invalid(errors);
  return { agreement, period, notify: notify === true };
}

/**
 * The customer reports for the Reports page. Jira administrators only: a report shows every
 * case of a customer, and the app has no narrower report permission to check.
 */
export const customerReportResolvers = {
  listReports: resolver(async (payload, _call, ctx): Promise<ReportList> => {
    await requireAdmin(ctx, 'see and issue customer reports');
    const { agreement } = payloadObject(payload);
    if (agreement !== undefined && typeof agreement !== 'string') {
      throw invalid([{ path: '$.agreement', message: 'must be the id of an agreement' }]);
    }
    const model = await ctx.contracts.model();
    const heads = await listIssuedReports(ctx.sql, agreement);
    const deliveries = await deliveriesOf(
      ctx.sql,
      heads.map((head) => head.report_id),
    );
    return {
      reports: heads.map((head) => summaryOf(head, model, deliveries.get(head.report_id))),
      agreements: (model?.contract.agreements ?? []).map((a) => ({
        id: a.id,
        name: a.name,
        customer: a.customer,
        timeZone: reportTimeZone(model!.contract, a),
      })),
    };
  }),

  getReport: resolver(async (payload, _call, ctx): Promise<IssuedReportView> => {
    await requireAdmin(ctx, 'see and issue customer reports');
    const row = await readIssuedReport(ctx, readReportId(payloadObject(payload)));
    return {
      summary: summaryOf(
        row,
        await ctx.contracts.model(),
        await deliveryOf(ctx.sql, row.report_id),
      ),
      report: JSON.parse(row.content) as CustomerReport,
    };
  }),

  /** Issues a past period on demand: its first revision, or the next when the figures moved. */
  issueReport: resolver(async (payload, call, ctx): Promise<IssueReportOutcome> => {
    await requireAdmin(ctx, 'see and issue customer reports');
    const model = await contractInForce(ctx);
    const { agreement, period, notify } = readIssueRequest(
      payloadObject(payload),
      model,
      ctx.now(),
    );
    try {
      const outcome = await issueCustomerReport(ctx, model, agreement, period, call.accountId, {
        notify,
      });
      const delivery = await deliveryOf(ctx.sql, outcome.report.report_id);
      const summary = summaryOf(outcome.report, model, delivery);
      return outcome.issued
        ? { issued: true, summary }
        : { issued: false, unchanged: true, summary };
    } catch (error) {
      if (error instanceof ReportTooLargeError) throw new ResolverError('failed', error.message);
      throw error;
    }
  }),

  /** An agreement's report schedule and delivery (the defaults when never saved). */
  getDeliverySettings: resolver(async (payload, _call, ctx): Promise<DeliverySettingsView> => {
    await requireAdmin(ctx, 'see and issue customer reports');
    const model = await contractInForce(ctx);
    const errors: ValidationError[] = [];
    const agreement = readAgreement(payloadObject(payload), model, errors);
    if (!agreement) throw invalid(errors);
    return {
      agreement: agreement.id,
      settings: await reportDeliverySettings(ctx.store, agreement.id),
    };
  }),

  /**
   * Saves an agreement's report schedule and delivery. The delivery issue must exist and the app
   * must see it, since the app posts there as itself; Jira checks the recipients when notifying.
   */
  saveDeliverySettings: resolver(async (payload, _call, ctx): Promise<DeliverySettingsView> => {
    await requireAdmin(ctx, 'see and issue customer reports');
    const model = await contractInForce(ctx);
    const input = payloadObject(payload);
    const errors: ValidationError[] = [];
    const agreement = readAgreement(input, model, errors);
    const read = readReportDeliverySettings(input.settings, '$.settings');
    if ('errors' in read) errors.push(...read.errors);
    for (const key of Object.keys(input)) {
      if (key !== 'agreement' && key !== 'settings') {
        errors.push({ path: `$.${key}`, message: 'is not a field of the request' });
      }
    }
    if (errors.length > 0 || !agreement || 'errors' in read) throw invalid(errors);
    const { settings } = read;
    if (settings.deliveryIssue && !(await ctx.jira.getIssue(settings.deliveryIssue, ['summary']))) {
      throw invalid([
        {
          path: '$.settings.deliveryIssue',
          message: `${settings.deliveryIssue} does not exist, or the app cannot see it`,
        },
      ]);
    }
    await saveReportDeliverySettings(ctx.store, agreement.id, settings);
    return { agreement: agreement.id, settings };
  }),

  /** Delivers a revision again that failed, or that was issued without notifying. */
  retryDelivery: resolver(async (payload, _call, ctx): Promise<IssuedReportSummary> => {
    await requireAdmin(ctx, 'see and issue customer reports');
    const row = await readIssuedReport(ctx, readReportId(payloadObject(payload)));
    const before = await deliveryOf(ctx.sql, row.report_id);
    if (before && before.status !== 'failed') {
      throw new ResolverError(
        'failed',
        `Revision ${row.revision} of ${row.period} is ${before.status === 'delivered' ? 'delivered already' : 'being delivered'}.`,
      );
    }
    const settings = await reportDeliverySettings(ctx.store, row.agreement);
    if (!before && !settings.deliveryIssue) {
      throw new ResolverError(
        'failed',
        `The agreement ${row.agreement} has no delivery issue: set one under Delivery first.`,
      );
    }
    const after = await retryDelivery(ctx, row);
    return summaryOf(row, await ctx.contracts.model(), after);
  }),

  downloadReport: resolver(async (payload, _call, ctx): Promise<ReportDownload> => {
    await requireAdmin(ctx, 'see and issue customer reports');
    const { reportId, format } = readDownloadRequest(payloadObject(payload));
    return reportDownload(await readIssuedReport(ctx, reportId), format);
  }),
} satisfies ResolverDefinitions;
