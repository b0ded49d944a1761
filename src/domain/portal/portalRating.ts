/**
 * Which resolution a portal rating is about. A customer rates a request once per resolution:
 * the rating's source id names the request, the instant it was resolved and the customer, so a
 * double submit records once (the feedback table is unique on source and source id) and a
 * request reopened and resolved again can be rated again.
 */
import type { HistoryEntry } from '../sla/types';

/** The feedback source of ratings given on the customer portal. */
export const PORTAL_FEEDBACK_SOURCE = 'portal';

/**
 * When the request was last resolved: the last history entry that set a resolution, provided
 * none cleared it since; null while unresolved (or when the history does not say).
 */
export function lastResolvedAt(history: readonly HistoryEntry[]): string | null {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i]!;
    if (entry.type === 'resolution') return entry.to === null ? null : entry.at;
  }
  return null;
}

/** `<issueKey>/<resolved at>/<accountId>`: one rating per customer and resolution. */
export function portalRatingSourceId(issueKey: string, resolvedAt: string, accountId: string) {
  return `${issueKey}/${resolvedAt}/${accountId}`;
}
