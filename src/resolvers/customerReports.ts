import type { ContractModel } from '../domain/contract/compileContract';
import type { Agreement } from '../domain/contract/types';
import type { CustomerReport } from '../domain/reports/customerReport';
import { customerReportCsv } from '../domain/reports/customerReportCsv';
import { customerReportHtml } from '../domain/reports/customerReportHtml';
import { parsePeriodKey } from '../domain/reports/reportPeriod';
import { reportTimeZone } from '../domain/reports/reportTimeZone';
import type { ValidationError } from '../domain/validation';
import {
  ReportTooLargeError,
  agreementPeriod,
  issueCustomerReport,
} from '../services/customerReports';
import {
  issuedReport,
  listIssuedReports,
  type IssuedReportHead,
  type IssuedReportRow,
} from '../storage/reports/issuedReports';
import {
  ResolverError,
  invalid,
  payloadObject,
  requireAdmin,
  resolver,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';
import type {
  IssueReportOutcome,
  IssuedReportSummary,
  IssuedReportView,
  ReportDownload,
  ReportFormat,
  ReportList,
} from './views';

/** Report ids are the UUIDs `issueCustomerReport` gives them. */
const REPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FORMATS: readonly ReportFormat[] = ['csv', 'html'];

async function contractInForce(ctx: ResolverContext): Promise<ContractModel> {
  const model = await ctx.contracts.model();
  if (!model) throw new ResolverError('notFound', 'No contract has been saved yet.');
  return model;
}

const iso = (t: number) => new Date(t).toISOString();

function summaryOf(head: IssuedReportHead, model: ContractModel | null): IssuedReportSummary {
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
  };
}

function readReportId(input: Record<string, unknown>): string {
  const { reportId } = input;
  if (typeof reportId !== 'string' || !REPORT_ID.test(reportId)) {
    throw invalid([{ path: '$.reportId', message: 'must be the id of an issued report' }]);
  }
  return reportId;
}

async function readIssuedReport(ctx: ResolverContext, reportId: string): Promise<IssuedReportRow> {
  const row = await issuedReport(ctx.sql, reportId);
  if (!row) throw new ResolverError('notFound', `There is no issued report ${reportId}.`);
  return row;
}

/** The agreement and the past period (`YYYY-MM`) an issue request names. */
function readIssueRequest(
  input: Record<string, unknown>,
  model: ContractModel,
  now: number,
): { agreement: Agreement; period: string } {
  const errors: ValidationError[] = [];
  const agreement = model.contract.agreements.find((a) => a.id === input.agreement);
  if (!agreement) errors.push({ path: '$.agreement', message: 'must be the id of an agreement' });
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
  return { agreement, period };
}

const fileName = (row: IssuedReportRow, format: ReportFormat) =>
  `${row.agreement}-${row.period}-r${row.revision}.${format}`.replace(/[^\w.-]/g, '_');

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
    return {
      reports: heads.map((head) => summaryOf(head, model)),
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
      summary: summaryOf(row, await ctx.contracts.model()),
      report: JSON.parse(row.content) as CustomerReport,
    };
  }),

  /** Issues a past period on demand: its first revision, or the next when the figures moved. */
  issueReport: resolver(async (payload, call, ctx): Promise<IssueReportOutcome> => {
    await requireAdmin(ctx, 'see and issue customer reports');
    const model = await contractInForce(ctx);
    const { agreement, period } = readIssueRequest(payloadObject(payload), model, ctx.now());
    try {
      const outcome = await issueCustomerReport(ctx, model, agreement, period, call.accountId);
      const summary = summaryOf(outcome.report, model);
      return outcome.issued
        ? { issued: true, summary }
        : { issued: false, unchanged: true, summary };
    } catch (error) {
      if (error instanceof ReportTooLargeError) throw new ResolverError('failed', error.message);
      throw error;
    }
  }),

  downloadReport: resolver(async (payload, _call, ctx): Promise<ReportDownload> => {
    await requireAdmin(ctx, 'see and issue customer reports');
    const input = payloadObject(payload);
    const errors: ValidationError[] = [];
    const format = FORMATS.find((f) => f === input.format);
    if (!format) errors.push({ path: '$.format', message: 'must be csv or html' });
    let reportId: string | undefined;
    try {
      reportId = readReportId(input);
    } catch (error) {
      if (!(error instanceof ResolverError)) throw error;
      errors.push(...(error.errors ?? []));
    }
    if (errors.length > 0 || !format || !reportId) throw invalid(errors);
    const row = await readIssuedReport(ctx, reportId);
    const report = JSON.parse(row.content) as CustomerReport;
    return format === 'csv'
      ? {
          fileName: fileName(row, format),
          mimeType: 'text/csv',
          content: customerReportCsv(report),
        }
      : {
          fileName: fileName(row, format),
          mimeType: 'text/html',
          content: customerReportHtml(report, iso(row.issued_at), row.revision),
        };
  }),
} satisfies ResolverDefinitions;
