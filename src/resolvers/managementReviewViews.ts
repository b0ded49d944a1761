/** What the Quality page's Management review tab gets from `managementReview.ts`. */
import type { AuditResults } from '../domain/review/auditResults';
import type { ReviewPack } from '../domain/review/reviewPack';
import type { ReviewScheduleSettings } from '../domain/review/reviewSchedule';

export type { AuditResults, ReviewPack };

/** Display names by account id, as the viewer may see them; an id absent shows as itself. */
export type AccountNames = Readonly<Record<string, string>>;
export type { AuditKind, AuditRecord } from '../domain/review/auditResults';

/** An issued revision of a period's pack, without its content. */
export interface IssuedReviewSummary {
  readonly packId: string;
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly revision: number;
  /** SHA-256 (hex) of the pack's canonical JSON: what makes it checkable later. */
  readonly contentHash: string;
  readonly issuedAt: number;
  readonly issuedBy: string;
}

/** A draft pack of a period, and the latest revision issued for it, if any. */
export interface ReviewDraft {
  readonly pack: ReviewPack;
  readonly latestIssued: IssuedReviewSummary | null;
  /**
   * Display names of the people the pack names (risk and KPI owners, approvers) and of the
   * issuer: for the screen only, never part of a pack.
   */
  readonly names: AccountNames;
}

/** `listManagementReviews`: the issued packs, newest first, and their issuers' display names. */
export interface IssuedReviewsView {
  readonly reviews: readonly IssuedReviewSummary[];
  readonly names: AccountNames;
}

export const REVIEW_FORMATS = ['json', 'csv', 'html'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];

export interface ReviewDownload {
  readonly fileName: string;
  readonly mimeType: string;
  readonly content: string;
}

export type { ReviewScheduleSettings };

/** The annual review's schedule in force, and which saved version it is. */
export interface ReviewScheduleView {
  readonly settings: ReviewScheduleSettings;
  readonly version: number | null;
  readonly savedBy: string | null;
  readonly savedAt: string | null;
  /** The quality owner's and the saver's display names. */
  readonly names: AccountNames;
}
