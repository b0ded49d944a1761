import { randomUUID } from 'node:crypto';
import { NO_SCALE, type FeedbackSource, type RecordedScale } from '../../domain/quality/feedback';
import { isScoreOn } from '../../domain/quality/feedbackScale';
import { flagCauses } from '../../domain/quality/flagFeedback';
import type { QualityRules } from '../../domain/quality/qualityRules';
import type { JiraIssue } from '../../jira/types';
import {
  feedbackFromSource,
  insertFeedback,
  type StoredFeedback,
} from '../../storage/quality/feedbackRecords';
import { appendAudit } from '../../storage/quality/qualityAudit';
import { loadQualitySettings } from '../../storage/qualitySettings';
import { loadSettings } from '../../storage/settings';
import type { AppContext } from '../appContext';

/** An answer from any source, validated by its intake, before the app enriches and records it. */
export interface FeedbackCandidate {
  readonly source: FeedbackSource;
  readonly sourceId: string;
  /** `none` for a complaint, whose score is 0. */
  readonly scale: RecordedScale;
  readonly score: number;
  readonly reason: string | null;
  readonly comment: string | null;
  readonly issueKey: string | null;
  /** The customer the source names (a Survicate attribute); the case's own customer wins. */
  readonly customer: string | null;
  readonly answeredAt: number;
  /** The payload as received, kept with the record. */
  readonly rawPayload: string;
}

export type RecordOutcome =
  | { readonly kind: 'recorded'; readonly feedback: StoredFeedback; readonly queued: boolean }
  /** The source delivered this answer before: nothing changed. */
  | { readonly kind: 'replayed'; readonly feedbackId: string }
  /** The issue key names no issue the app can see: nothing recorded. */
  | { readonly kind: 'unknownIssue'; readonly issueKey: string };

/** The flag rules in force: those of the quality settings saved on the admin page. */
export async function qualityRulesInForce(ctx: Pick<AppContext, 'store'>): Promise<QualityRules> {
  return (await loadQualitySettings(ctx.store)).rules;
}

/**
 * Records one answer: enriches it from its case (customer, product and team from the SQL
 * `issue_facts` row when the app has evaluated the case, else from the issue's mapped fields;
 * component from the issue's `components`), flags it under the rules in force, stores it once
 * (a replay changes nothing), appends `received` to its audit trail and, when flagged, queues
 * `{ feedbackId }` on `quality-events` for the follow-up. Reading the case costs one Jira
 * request; the follow-up's Jira work happens in the consumer, which Forge retries.
 */
export async function recordFeedback(
  ctx: AppContext,
  candidate: FeedbackCandidate,
  actor: string,
): Promise<RecordOutcome> {
  const onScale =
    candidate.scale === NO_SCALE
      ? candidate.score === 0
      : isScoreOn(candidate.scale, candidate.score);
  if (!onScale) {
    // The intakes validate; a score off its scale here is a bug, never a record.
    throw new RangeError(`score ${candidate.score} is not on the ${candidate.scale} scale`);
  }
  const earlier = await feedbackFromSource(ctx.sql, candidate.source, candidate.sourceId);
  if (earlier) return { kind: 'replayed', feedbackId: earlier.id };

  const context = candidate.issueKey ? await caseContext(ctx, candidate.issueKey) : NO_CASE;
  if (context === null) return { kind: 'unknownIssue', issueKey: candidate.issueKey! };

  const rules = await qualityRulesInForce(ctx);
  const now = ctx.now();
  const feedback: StoredFeedback = {
    id: randomUUID(),
    source: candidate.source,
    sourceId: candidate.sourceId,
    scale: candidate.scale,
    score: candidate.score,
    reason: candidate.reason,
    comment: candidate.comment,
    issueKey: context.issueKey,
    customer: context.customer ?? candidate.customer,
    product: context.product,
    component: context.component,
    team: context.team,
    answeredAt: candidate.answeredAt,
    receivedAt: now,
    flagCauses: flagCauses(candidate, rules),
    rawPayload: candidate.rawPayload,
  };
  if (!(await insertFeedback(ctx.sql, feedback))) {
    // Another delivery of the same answer won the race: it is the record.
    const winner = await feedbackFromSource(ctx.sql, candidate.source, candidate.sourceId);
    return { kind: 'replayed', feedbackId: winner?.id ?? feedback.id };
  }
  const flagged = feedback.flagCauses.length > 0;
  await appendAudit(ctx.sql, { type: 'feedback', id: feedback.id }, actor, now, [
    {
      action: 'received',
      field: null,
      before: undefined,
      after: {
        source: feedback.source,
        sourceId: feedback.sourceId,
        scale: feedback.scale,
        score: feedback.score,
        reason: feedback.reason,
        issueKey: feedback.issueKey,
        flagCauses: feedback.flagCauses,
      },
    },
  ]);
  return { kind: 'recorded', feedback, queued: flagged && (await queueFlagged(ctx, feedback)) };
}

/**
 * Queues flagged feedback for its follow-up. Should the queue refuse (Forge's rate limit, an
 * outage), the feedback stays recorded as flagged and the failure is logged: the review queue
 * lists flagged feedback without a follow-up, so it is not lost.
 */
async function queueFlagged(ctx: AppContext, feedback: StoredFeedback): Promise<boolean> {
  try {
    await ctx.qualityEvents.push([{ feedbackId: feedback.id }]);
    return true;
  } catch (error) {
    ctx.log('could not queue flagged feedback for its follow-up', {
      feedbackId: feedback.id,
      error: String(error),
    });
    return false;
  }
}

interface CaseContext {
  readonly issueKey: string | null;
  readonly customer: string | null;
  readonly product: string | null;
  readonly component: string | null;
  readonly team: string | null;
}

const NO_CASE: CaseContext = {
  issueKey: null,
  customer: null,
  product: null,
  component: null,
  team: null,
};

/** What the case says about the feedback; null when Jira knows no such issue. */
async function caseContext(ctx: AppContext, issueKey: string): Promise<CaseContext | null> {
  const { fields } = await loadSettings(ctx.store);
  const [issue, facts, model] = await Promise.all([
    ctx.jira.getIssue(issueKey, ['components', fields.customer, fields.product]),
    ctx.sql
      .selectFrom('issue_facts')
      .select(['customer', 'product', 'team'])
      .where('issue_key', '=', issueKey)
      .executeTakeFirst(),
    ctx.contracts.model(),
  ]);
  if (!issue) return null;
  // Before the case's first evaluation (a complaint is recorded when it is created) there are no
  // facts: the field's text is matched to the contract's customers by id or name, as the
  // evaluation does, so the feedback groups with the customer's other feedback.
  const customerText = fieldText(issue.fields[fields.customer]);
  const customer = model?.contract.customers.find(
    (c) =>
      c.id === customerText ||
      (customerText !== null &&
        c.name.localeCompare(customerText, undefined, { sensitivity: 'accent' }) === 0),
  );
  return {
    issueKey: issue.key,
    customer: facts?.customer ?? customer?.id ?? customerText,
    product: facts?.product ?? fieldText(issue.fields[fields.product]),
    component: firstComponent(issue),
    team: facts?.team ?? null,
  };
}

/** A mapped field's text: a plain value, or a select option's `value`. */
function fieldText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value) {
    return String((value as { value: unknown }).value);
  }
  return null;
}

/** The issue's first component (recurrence groups by one component). */
function firstComponent(issue: JiraIssue): string | null {
  const components = issue.fields.components;
  if (!Array.isArray(components)) return null;
  const name = (components[0] as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : null;
}
