/**
 * The Management review tab of the Quality page (ISO 9001 §9.3): preview a draft pack of a
 * period, issue it (Jira administrators, with the audit results), list the issued packs and get
 * one as JSON, CSV or print-ready HTML. Every call checks who asks (`qualityPageAccess.ts`);
 * months are the caller's time zone's, at most 24 like the management report's.
 */
import { readAuditResults, type AuditResults } from '../domain/review/auditResults';
import type { ReviewPack } from '../domain/review/reviewPack';
import { reviewPackCsv } from '../domain/review/reviewPackCsv';
import { reviewPackHtml } from '../domain/review/reviewPackHtml';
import {
  defaultReviewPeriod,
  futureMonthErrors,
  readReviewPeriod,
  reviewPeriodKey,
  type ReviewPeriod,
} from '../domain/review/reviewPeriod';
import type { ValidationError } from '../domain/validation';
import { ReportTooLargeError } from '../services/customerReports';
import {
  issuedPackContent,
  issueReviewPack,
  prepareReviewPack,
} from '../services/review/managementReview';
import { appReviewSources, type ReviewSources } from '../services/review/reviewSources';
import { TooManyNonConformitiesError } from '../services/reports/qualityMeasuresQuery';
import {
  latestReviewPack,
  listReviewPacks,
  reviewPack,
  type ReviewPackHead,
} from '../storage/review/reviewPacks';
import type {
  IssuedReviewSummary,
  IssuedReviewsView,
  ReviewDownload,
  ReviewDraft,
  ReviewFormat,
} from './managementReviewViews';
import { REVIEW_FORMATS } from './managementReviewViews';
import { managementReviewScheduleResolvers } from './managementReviewSchedule';
import { requireQualityEditor, requireQualityReader } from './qualityPageAccess';
import {
  invalid,
  payloadObject,
  resolver,
  ResolverError,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';
import { userNames } from './userNames';

const PACK_ID = /^[0-9a-f-]{36}$/;

const summaryOf = (row: ReviewPackHead): IssuedReviewSummary => ({
  packId: row.pack_id,
  from: row.period_from,
  to: row.period_to,
  timeZone: row.time_zone,
  revision: row.revision,
  contentHash: row.content_hash,
  issuedAt: row.issued_at,
  issuedBy: row.issued_by,
});

/** Fields of a request other than `allowed`, each a problem at its path. */
const unknownFields = (input: Record<string, unknown>, allowed: readonly string[]) =>
  Object.keys(input)
    .filter((key) => !allowed.includes(key))
    .map((key) => ({ path: `$.${key}`, message: 'is not a field of the request' }));

/** The period and audit results of a preview or issue request, or every problem in it. */
function readReviewRequest(
  input: Record<string, unknown>,
  now: number,
  timeZone: string,
): { period: ReviewPeriod; auditResults: AuditResults } {
  const errors: ValidationError[] = unknownFields(input, ['from', 'to', 'auditResults']);
  const read = readReviewPeriod(input);
  if ('errors' in read) throw invalid([...errors, ...read.errors]);
  const period = read.period ?? defaultReviewPeriod(now, timeZone);
  errors.push(...futureMonthErrors(period, now, timeZone));
  const audits = readAuditResults(input.auditResults, period);
  if ('errors' in audits) errors.push(...audits.errors);
  if (errors.length > 0 || 'errors' in audits) throw invalid(errors);
  return { period, auditResults: audits.auditResults };
}

/** Prepares a pack, the store's limits said as the request's problems. */
async function prepare(
  sources: ReviewSources,
  request: Parameters<typeof prepareReviewPack>[1],
): Promise<ReviewPack> {
  try {
    return await prepareReviewPack(sources, request);
  } catch (error) {
    if (error instanceof TooManyNonConformitiesError)
      throw invalid([{ path: '$.from', message: error.message }]);
    throw error;
  }
}

const fileName = (row: ReviewPackHead, format: ReviewFormat) =>
  `management-review-${row.period_from}-${row.period_to}-r${row.revision}.${format}`;

/**
 * The resolvers, reading the figures from `sourcesOf(ctx)`: the app's records, or a test's fakes.
 */
export function managementReviewResolversWith(
  sourcesOf: (ctx: ResolverContext) => ReviewSources,
): ResolverDefinitions {
  return {
    /**
     * A draft pack (not stored) of months `from`–`to` (the 12 before the current one when not
     * given), with `auditResults` as entered so far; payload `{ from?, to?, auditResults? }`.
     */
    previewManagementReview: resolver(async (payload, _call, ctx): Promise<ReviewDraft> => {
      const input = payloadObject(payload);
      const { timeZone } = await requireQualityReader(ctx);
      const now = ctx.now();
      const request = readReviewRequest(input, now, timeZone);
      const pack = await prepare(sourcesOf(ctx), { ...request, timeZone, now });
      const latest = await latestReviewPack(ctx.sql, reviewPeriodKey(request.period));
      const latestIssued = latest ? summaryOf(latest) : null;
      // Names for display only: the pack keeps the account ids it is issued with.
      const names = await userNames(ctx, [
        latestIssued?.issuedBy,
        ...pack.kpis.trends.map((k) => k.owner),
        ...pack.risk.register.flatMap((r) => [r.owner, r.approvedBy]),
      ]);
      return { pack, latestIssued, names };
    }),

    /**
     * Issues the pack of the period as its next revision, as the records stand now, with the
     * audit results; payload `{ from?, to?, auditResults }`. Issued packs never change.
     */
    issueManagementReview: resolver(async (payload, call, ctx): Promise<IssuedReviewSummary> => {
      const input = payloadObject(payload);
      const { timeZone } = await requireQualityReader(ctx);
      await requireQualityEditor(ctx, 'issue management reviews');
      const now = ctx.now();
      const request = readReviewRequest(input, now, timeZone);
      const pack = await prepare(sourcesOf(ctx), { ...request, timeZone, now });
      try {
        return summaryOf(await issueReviewPack(ctx.sql, pack, call.accountId, now));
      } catch (error) {
        if (error instanceof ReportTooLargeError)
          throw invalid([{ path: '$.from', message: `${error.message} Choose fewer months.` }]);
        throw error;
      }
    }),

    /** The issued packs, newest first, without their content, with the issuers' names; no payload. */
    listManagementReviews: resolver(async (payload, _call, ctx): Promise<IssuedReviewsView> => {
      const input = payloadObject(payload);
      await requireQualityReader(ctx);
      const extra = unknownFields(input, []);
      if (extra.length > 0) throw invalid(extra);
      const reviews = (await listReviewPacks(ctx.sql)).map(summaryOf);
      return {
        reviews,
        names: await userNames(
          ctx,
          reviews.map((r) => r.issuedBy),
        ),
      };
    }),

    /** An issued pack as a file: payload `{ packId, format: 'json' | 'csv' | 'html' }`. */
    downloadManagementReview: resolver(async (payload, _call, ctx): Promise<ReviewDownload> => {
      const input = payloadObject(payload);
      await requireQualityReader(ctx);
      const errors: ValidationError[] = unknownFields(input, ['packId', 'format']);
      const format = REVIEW_FORMATS.find((f) => f === input.format);
      if (!format)
        errors.push({ path: '$.format', message: `must be one of ${REVIEW_FORMATS.join(', ')}` });
      const { packId } = input;
      if (typeof packId !== 'string' || !PACK_ID.test(packId))
        errors.push({ path: '$.packId', message: 'must be the id of an issued review pack' });
      if (errors.length > 0 || !format) throw invalid(errors);
      const row = await reviewPack(ctx.sql, packId as string);
      if (!row) throw new ResolverError('notFound', `There is no issued review pack ${packId}.`);
      const pack = issuedPackContent(row);
      const content =
        // The stored text itself: its SHA-256 is the listed `contentHash`.
        format === 'json'
          ? row.content
          : format === 'csv'
            ? reviewPackCsv(pack, row.revision)
            : reviewPackHtml(pack, {
                revision: row.revision,
                issuedBy: row.issued_by,
                issuedAt: row.issued_at,
              });
      const mimeType = { json: 'application/json', csv: 'text/csv', html: 'text/html' }[format];
      return { fileName: fileName(row, format), mimeType, content };
    }),
  };
}

export const managementReviewResolvers: ResolverDefinitions = {
  ...managementReviewResolversWith(appReviewSources),
  ...managementReviewScheduleResolvers,
};
