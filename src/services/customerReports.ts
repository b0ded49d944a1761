import { createHash, randomUUID } from 'node:crypto';
import type { ContractModel } from '../domain/contract/compileContract';
import type { Agreement } from '../domain/contract/types';
import { buildCustomerReport } from '../domain/reports/buildCustomerReport';
import { canonicalJson } from '../domain/reports/canonicalJson';
import type { CustomerReport } from '../domain/reports/customerReport';
import { changeNote, reportChanges } from '../domain/reports/reportChangeNote';
import {
  lastEndedPeriodKey,
  reportPeriod,
  type ReportPeriod,
} from '../domain/reports/reportPeriod';
import { reportTimeZone } from '../domain/reports/reportTimeZone';
import { fetchCustomerReportFacts } from '../storage/reports/customerReportFacts';
import {
  agreementsReported,
  insertIssuedReport,
  latestIssuedReport,
  type IssuedReportHead,
  type IssuedReportRow,
} from '../storage/reports/issuedReports';
import { reportDeliverySettings } from '../storage/reports/reportDeliverySettings';
import type { SqlDatabase } from '../storage/sql/schema';
import type { AppContext } from './appContext';
import { deliverReport, retryDueDeliveries, type DeliveryContext } from './reportDelivery';

/**
 * What issuing reports needs: the contract in force, the SQL store, the clock, and Jira and the
 * delivery settings in KVS to distribute them.
 */
export type ReportContext = DeliveryContext & Pick<AppContext, 'contracts'>;

/** Who issues the scheduled reports. */
export const SCHEDULED_ISSUER = 'app';

/**
 * The largest report content stored: Forge SQL takes requests of at most 1 MiB
 * (https://developer.atlassian.com/platform/forge/limits-sql); the rest of the row and the
 * statement need the margin.
 */
export const MAX_REPORT_CONTENT_BYTES = 1_000_000;

export class ReportTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(
      `The report is ${bytes} bytes, more than the ${MAX_REPORT_CONTENT_BYTES} one Forge SQL request may carry.`,
    );
    this.name = 'ReportTooLargeError';
  }
}

export const contentHash = (content: string): string =>
  createHash('sha256').update(content, 'utf8').digest('hex');

/** The period `key` of an agreement, in the time zone its reports follow. */
export const agreementPeriod = (
  model: ContractModel,
  agreement: Agreement,
  key: string,
): ReportPeriod => reportPeriod(key, reportTimeZone(model.contract, agreement));

/** The customer's report of `agreement` for `period`, from the facts in the store now. */
export async function generateCustomerReport(
  db: SqlDatabase,
  model: ContractModel,
  agreement: Agreement,
  period: ReportPeriod,
): Promise<CustomerReport> {
  const customer = model.contract.customers.find((c) => c.id === agreement.customer);
  const facts = await fetchCustomerReportFacts(db, agreement.id, period);
  return buildCustomerReport({
    agreement: { id: agreement.id, name: agreement.name },
    customer: { id: agreement.customer, name: customer?.name ?? agreement.customer },
    period,
    contractVersion: model.version,
    ...facts,
  });
}

export type IssueOutcome =
  | { readonly issued: true; readonly report: IssuedReportHead }
  | { readonly issued: false; readonly report: IssuedReportHead };

/**
 * Issues the report of `agreement` for `periodKey` as its next revision: revision 1 first, then
 * one more each time the figures differ from the latest, with a note of what moved. Identical
 * figures add nothing (`issued: false`, the latest revision). Rows are only ever inserted.
 * `firstOnly` issues nothing once any revision exists: the scheduled issue. A revision issued is
 * delivered per the agreement's settings (`reportDelivery.ts`) unless `notify` is false.
 */
export async function issueCustomerReport(
  ctx: ReportContext,
  model: ContractModel,
  agreement: Agreement,
  periodKey: string,
  issuedBy: string,
  { firstOnly = false, notify = true } = {},
): Promise<IssueOutcome> {
  const period = agreementPeriod(model, agreement, periodKey);
  const latest = await latestIssuedReport(ctx.sql, agreement.id, period.key);
  if (latest && firstOnly) return { issued: false, report: withoutContent(latest) };
  const report = await generateCustomerReport(ctx.sql, model, agreement, period);
  const content = canonicalJson(report);
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_REPORT_CONTENT_BYTES) throw new ReportTooLargeError(bytes);
  const hash = contentHash(content);
  if (latest?.content_hash === hash) return { issued: false, report: withoutContent(latest) };
  const row: IssuedReportRow = {
    report_id: randomUUID(),
    agreement: agreement.id,
    customer: agreement.customer,
    period: period.key,
    period_start: period.start,
    period_end: period.end,
    revision: (latest?.revision ?? 0) + 1,
    contract_version: model.version,
    content_hash: hash,
    content,
    issued_at: ctx.now(),
    issued_by: issuedBy,
    change_note: latest
      ? changeNote(reportChanges(JSON.parse(latest.content) as CustomerReport, report))
      : null,
  };
  if (await insertIssuedReport(ctx.sql, row)) {
    if (notify)
      await deliverReport(ctx, row, await reportDeliverySettings(ctx.store, agreement.id));
    return { issued: true, report: withoutContent(row) };
  }
  // Another issuer stored this revision first: theirs stands.
  const winner = await latestIssuedReport(ctx.sql, agreement.id, period.key);
  return { issued: false, report: withoutContent(winner!) };
}

function withoutContent(row: IssuedReportRow): IssuedReportHead {
  const { content: _content, ...head } = row;
  return head;
}

/**
 * The scheduled issue: for each agreement of the contract in force on the monthly schedule
 * whose last period has ended in its time zone (and overlaps its validity) and has no report
 * yet, issue revision 1 and deliver it. Running twice, or on two invocations at once, issues
 * each period once: the insert of revision 1 is the claim. Then failed deliveries with attempts
 * left are tried again. Answers how many reports it issued.
 */
export async function issueDueCustomerReports(ctx: ReportContext): Promise<number> {
  const model = await ctx.contracts.model();
  if (!model) return 0;
  const issued = await issueDuePeriods(ctx, model);
  await retryDueDeliveries(ctx);
  return issued;
}

async function issueDuePeriods(ctx: ReportContext, model: ContractModel): Promise<number> {
  const now = ctx.now();
  const due = new Map<string, Agreement[]>();
  for (const compiled of model.agreements) {
    const period = agreementPeriod(
      model,
      compiled.agreement,
      lastEndedPeriodKey(now, reportTimeZone(model.contract, compiled.agreement)),
    );
    if (compiled.validity.from >= period.end || compiled.validity.to <= period.start) continue;
    due.set(period.key, [...(due.get(period.key) ?? []), compiled.agreement]);
  }
  let issued = 0;
  for (const [periodKey, agreements] of due) {
    const reported = await agreementsReported(
      ctx.sql,
      periodKey,
      agreements.map((agreement) => agreement.id),
    );
    for (const agreement of agreements.filter((a) => !reported.has(a.id))) {
      // One agreement's failure must not hold back the others; the next run tries it again.
      try {
        // Read only for agreements not yet reported: once a period is out, a run reads nothing.
        const settings = await reportDeliverySettings(ctx.store, agreement.id);
        if (settings.schedule !== 'monthly') continue;
        const outcome = await issueCustomerReport(
          ctx,
          model,
          agreement,
          periodKey,
          SCHEDULED_ISSUER,
          {
            firstOnly: true,
          },
        );
        if (outcome.issued) issued += 1;
      } catch (error) {
        ctx.log('customer report not issued', {
          agreement: agreement.id,
          periodKey,
          error: String(error),
        });
      }
    }
  }
  if (issued > 0) ctx.log('issued customer reports', { issued });
  return issued;
}
