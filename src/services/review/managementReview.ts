/**
 * The management review (ISO 9001 §9.3): a draft pack prepared from the records on demand, and
 * issued packs, stored as they were issued. There is no update or delete: issuing the period
 * again stores its next revision, and every revision stays.
 */
import { randomUUID } from 'node:crypto';
import type { AuditResults } from '../../domain/review/auditResults';
import { nonConformityStatus } from '../../domain/review/nonConformityStatus';
import { buildReviewPack, type ReviewPack } from '../../domain/review/reviewPack';
import { reviewPeriodKey, type ReviewPeriod } from '../../domain/review/reviewPeriod';
import { canonicalJson } from '../../domain/reports/canonicalJson';
import { reportMonths } from '../../domain/reports/reportMonths';
import {
  insertReviewPack,
  latestReviewPack,
  type ReviewPackHead,
  type ReviewPackRow,
} from '../../storage/review/reviewPacks';
import type { SqlDatabase } from '../../storage/sql/schema';
import { contentHash, MAX_REPORT_CONTENT_BYTES, ReportTooLargeError } from '../customerReports';
import type { ReviewSources } from './reviewSources';

/** Prepares the pack of `period` in `timeZone` from the sources, as of `now`. */
export async function prepareReviewPack(
  sources: ReviewSources,
  request: {
    readonly period: ReviewPeriod;
    readonly timeZone: string;
    readonly auditResults: AuditResults;
    readonly now: number;
  },
): Promise<ReviewPack> {
  const { period, timeZone, now } = request;
  const months = reportMonths(period.from, period.to, timeZone);
  const [relationships, kpis, riskTrend, riskRegister, nonConformities, sla] = await Promise.all([
    sources.relationshipMeasures({ ...period, timeZone }),
    sources.kpiTrends(period),
    sources.riskTrends(period),
    sources.riskRegister(),
    sources.nonConformities(months, now, timeZone),
    sources.slaByCustomer(months, now),
  ]);
  return buildReviewPack({
    period,
    timeZone,
    months,
    preparedAt: now,
    auditResults: request.auditResults,
    relationships,
    kpis,
    riskTrend,
    riskRegister,
    nonConformities: nonConformityStatus(
      months,
      nonConformities.alive,
      nonConformities.open,
      now,
      timeZone,
    ),
    sla,
  });
}

/** Attempts at a revision number when other issuers of the same period keep winning. */
const ISSUE_ATTEMPTS = 3;

/**
 * Stores `pack` as the next revision of its period, issued by `issuedBy` at `issuedAt`: its
 * canonical JSON and that text's SHA-256. Two issuers at once get two revisions, never one lost.
 */
export async function issueReviewPack(
  db: SqlDatabase,
  pack: ReviewPack,
  issuedBy: string,
  issuedAt: number,
): Promise<ReviewPackHead> {
  const content = canonicalJson(pack);
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_REPORT_CONTENT_BYTES) throw new ReportTooLargeError(bytes);
  const period = reviewPeriodKey(pack.period);
  for (let attempt = 0; attempt < ISSUE_ATTEMPTS; attempt += 1) {
    const latest = await latestReviewPack(db, period);
    const row: ReviewPackRow = {
      pack_id: randomUUID(),
      period,
      period_from: pack.period.from,
      period_to: pack.period.to,
      time_zone: pack.period.timeZone,
      revision: (latest?.revision ?? 0) + 1,
      content_hash: contentHash(content),
      content,
      issued_at: issuedAt,
      issued_by: issuedBy,
    };
    if (await insertReviewPack(db, row)) {
      const { content: _content, ...head } = row;
      return head;
    }
  }
  throw new Error(
    `could not issue the review of ${period}: other issuers kept taking the revision`,
  );
}

/** An issued pack's content, checked against its hash: what was issued, or an error. */
export function issuedPackContent(row: ReviewPackRow): ReviewPack {
  if (contentHash(row.content) !== row.content_hash)
    throw new Error(`review pack ${row.pack_id}: its content does not match its hash`);
  return JSON.parse(row.content) as ReviewPack;
}
