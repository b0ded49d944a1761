/**
 * An owner's action issue, raised exactly once per subject and period (a KPI's month, a risk
 * area's month, a review period), whoever runs and however often.
 *
 * The claim row (one per subject and period, its primary key lets one insert in) goes in BEFORE
 * the issue is created, and the issue carries the claim's label. A run that finds the claim with
 * an issue does nothing; claimed by a run still within its lease, nothing; claimed longer ago than
 * any invocation runs (a crash between the claim and Jira's answer), it looks the issue up by its
 * label and adopts it, or takes the claim over (compare and set on the attempt) and creates it.
 * A refusal by Jira (a 4xx: the project or the owner no longer fits) is recorded on the claim and
 * tried again on the next run. Each area keeps its own table and content; it hands this flow a
 * `ClaimPort` (src/storage/claimPort.ts) over its claim row.
 */
import { createIssue, type NewIssue } from '../jira/issueCreation';
import { isJiraRefusal } from '../jira/jiraClient';
import type { ClaimPort } from '../storage/claimPort';
import type { AppContext } from './appContext';
import { issueKeyByLabel } from './issueByLabel';

/**
 * A claim older than this belongs to an invocation that is gone: a scheduled trigger's function
 * runs at most 900 s (`timeoutSeconds`,
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/),
 * a resolver far less; plus a margin for clocks.
 */
export const OWNER_ACTION_LEASE_MS = 16 * 60_000;

export type OwnerActionOutcome =
  | { readonly kind: 'created' | 'adopted' | 'exists'; readonly issueKey: string }
  | { readonly kind: 'inProgress' }
  | { readonly kind: 'refused'; readonly message: string };

/** Raises the issue once (see the module comment); `issue` gives its fields but the label. */
export async function raiseOwnerActionIssue(
  ctx: AppContext,
  action: {
    readonly label: string;
    readonly claims: ClaimPort;
    readonly issue: (now: number) => Omit<NewIssue, 'labels'>;
  },
): Promise<OwnerActionOutcome> {
  const { claims, label } = action;
  const now = ctx.now();
  const attempt = await claimAttempt(ctx, claims, label, now);
  if (typeof attempt !== 'number') return attempt;
  try {
    const { key } = await createIssue(ctx.jira, { ...action.issue(now), labels: [label] });
    await claims.recordIssue(attempt, key, ctx.now());
    return { kind: 'created', issueKey: key };
  } catch (error) {
    if (!isJiraRefusal(error)) throw error;
    // Jira will refuse the same request again: recorded, and tried on the next run.
    await claims.recordRefusal(attempt, error.message, ctx.now());
    return { kind: 'refused', message: error.message };
  }
}

/**
 * The attempt this run makes: the first (insert), or the next after a refused or abandoned one
 * (compare and set); otherwise the outcome that stops it (held by another run, or the issue).
 */
async function claimAttempt(
  ctx: AppContext,
  claims: ClaimPort,
  label: string,
  now: number,
): Promise<number | OwnerActionOutcome> {
  const claim = await claims.read();
  if (!claim) return (await claims.claim(now)) ? 1 : { kind: 'inProgress' };
  if (claim.issueKey) return { kind: 'exists', issueKey: claim.issueKey };
  if (!claim.refused) {
    if (now - claim.claimedAt < OWNER_ACTION_LEASE_MS) return { kind: 'inProgress' };
    // A crashed attempt: its issue may exist, named by the label.
    const found = await issueKeyByLabel(ctx, label);
    if (found) {
      await claims.recordIssue(claim.attempt, found, now);
      return { kind: 'adopted', issueKey: found };
    }
  }
  return (await claims.takeOver(claim, now)) ? claim.attempt + 1 : { kind: 'inProgress' };
}
