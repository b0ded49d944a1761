/**
 * What the quality resolvers answer the screens: types only, with no runtime imports, so the
 * Custom UI can share them (as `views.ts`) without pulling in the app's storage code.
 */
import type { QualitySettings } from '../domain/quality/qualitySettings';

/** What the admin page's Quality tab loads (`getQualitySettings`). */
export interface QualitySettingsView {
  readonly settings: QualitySettings;
  /** The saved version the settings are, null before the first save. */
  readonly version: number | null;
  /** The calendars of the contract in force, for the follow-up's due time. */
  readonly calendars: readonly { readonly id: string; readonly name: string }[];
  /** The outcomes a lead can record, by id, with what each means. */
  readonly outcomes: Readonly<Record<string, string>>;
  /** The validator's limits, for the form's hints. */
  readonly limits: Readonly<Record<string, number>>;
}

/** Where a page of the review queue starts: after this due instant and feedback id. */
export interface ReviewCursor {
  readonly dueAt: number;
  readonly feedbackId: string;
}

/** One open follow-up as the review queue shows it. */
export interface ReviewRow {
  readonly feedbackId: string;
  readonly caseKey: string | null;
  readonly followUpKey: string;
  readonly customer: string | null;
  /** "1/5 CSAT", "3/10 NPS": a score always with its scale. */
  readonly score: string;
  readonly reason: string | null;
  readonly comment: string | null;
  /** The lead's account id, and their name as Jira shows it to the viewer (null if it does not). */
  readonly lead: string | null;
  readonly leadName: string | null;
  readonly dueAt: number;
  /** "overdue by 3h of business time", "due in 2h of business time". */
  readonly due: string;
  readonly overdue: boolean;
  readonly escalated: boolean;
  /** Whether the caller may record it: its lead, or an administrator. */
  readonly canRecord: boolean;
}

/** A page of the review queue (`listReviewQueue`). */
export interface ReviewPage {
  readonly rows: readonly ReviewRow[];
  /** Where the next page starts; null on the last page. */
  readonly next: ReviewCursor | null;
  readonly outcomes: Readonly<Record<string, string>>;
}

/** What `recordFollowUp` answers. */
export interface RecordedFollowUp {
  readonly feedbackId: string;
  readonly issueKey: string;
  readonly recordedAt: number;
  readonly commented: boolean;
  /** `done`: moved to done; `noDoneTransition`: its workflow has none from its status; `failed`. */
  readonly transition: 'done' | 'noDoneTransition' | 'failed';
}
