import {
  isOrphanedAttempt,
  isSettled,
  nextAttemptAt,
  openActions,
  withOutcome,
  type AttemptOutcome,
  type AttemptRecord,
  type EscalationLedger,
  type EscalationRef,
} from '../domain/escalation/escalationLedger';
import type { PlannedAction } from '../domain/escalation/plannedAction';
import { adfText } from '../jira/adf';
import { isJiraRefusal } from '../jira/jiraClient';
import {
  escalationAttemptKey,
  escalationClaimKey,
  escalationRetryKey,
} from '../storage/storageKeys';
import type { AppContext } from './appContext';
import type { ScheduledRetry } from './retrySchedule';

/** The key of an escalation's claim, which holds its ledger. */
export const escalationLedgerKey = (ref: EscalationRef): string =>
  escalationClaimKey(ref.issueId, ref.goal, ref.cycleStart, ref.at);

/** An error text is kept in the ledger: a few hundred characters say enough. */
const MAX_ERROR_LENGTH = 500;

/**
 * Tries each open action of a claimed escalation once, in order; one that fails does not stop
 * the others. Then the escalation stays on the retry schedule, due when its open actions should
 * be tried again, or leaves it when nothing is left to try.
 */
export async function carryOut(
  ctx: AppContext,
  ref: EscalationRef,
  ledger: EscalationLedger,
): Promise<void> {
  for (const index of openActions(ledger)) await attempt(ctx, ref, index);
  const after = await ctx.store.get<EscalationLedger>(escalationLedgerKey(ref));
  if (!after || isSettled(after)) {
    await ctx.store.delete(escalationRetryKey(ref.issueId, ref.goal, ref.cycleStart, ref.at));
  } else {
    await scheduleEscalationRetry(ctx, ref, after.issueKey, nextAttemptAt(after, ctx.now()));
  }
}

/** Puts the escalation on the retry schedule: the sweep queues it again at `dueAt`. */
export async function scheduleEscalationRetry(
  ctx: AppContext,
  ref: EscalationRef,
  issueKey: string,
  dueAt: number,
): Promise<void> {
  const retry: ScheduledRetry = {
    job: { issueKey, escalation: ref, reason: 'escalation actions to try again' },
    dueAt,
  };
  await ctx.store.set(escalationRetryKey(ref.issueId, ref.goal, ref.cycleStart, ref.at), retry);
}

/** A scheduled retry of an escalation: the open actions of its ledger, tried again. */
export async function retryEscalation(ctx: AppContext, ref: EscalationRef): Promise<void> {
  const ledger = await ctx.store.get<EscalationLedger>(escalationLedgerKey(ref));
  if (ledger) return carryOut(ctx, ref, ledger);
  // The issue was deleted, and its ledger with it.
  await ctx.store.delete(escalationRetryKey(ref.issueId, ref.goal, ref.cycleStart, ref.at));
}

/**
 * The next attempt at action `index`, made by whichever run claims it: it acts, stores the
 * outcome with the attempt, then records it in the ledger. A run that finds the attempt claimed
 * does not act: it copies an outcome the ledger lacks, or, when the attempt was left `acting` by
 * an invocation that is gone, counts it as failed so that a later run tries again.
 */
async function attempt(ctx: AppContext, ref: EscalationRef, index: number): Promise<void> {
  const ledger = await ctx.store.get<EscalationLedger>(escalationLedgerKey(ref));
  const record = ledger?.actions[index];
  if (!ledger || !record || !openActions(ledger).includes(index)) return;
  const key = escalationAttemptKey(
    ref.issueId,
    ref.goal,
    ref.cycleStart,
    ref.at,
    index,
    record.attempts,
  );
  const started: AttemptRecord = {
    issueKey: ledger.issueKey,
    startedAt: new Date(ctx.now()).toISOString(),
    outcome: 'acting',
  };
  if (await ctx.store.claim(key, started)) {
    const outcome = await act(ctx, ledger.issueKey, record.action);
    await ctx.store.set(key, { ...started, ...outcome });
    return recordOutcome(ctx, ref, index, record.attempts, outcome);
  }
  const other = await ctx.store.get<AttemptRecord>(key);
  if (!other) return;
  if (other.outcome !== 'acting') return recordOutcome(ctx, ref, index, record.attempts, other);
  if (isOrphanedAttempt(other, ctx.now())) {
    // The action may or may not have happened; trying again may repeat it (at least once).
    const interrupted: AttemptOutcome = {
      outcome: 'failed',
      at: new Date(ctx.now()).toISOString(),
      error: `interrupted: the attempt started at ${other.startedAt} never ended`,
      final: false,
    };
    await ctx.store.set(key, { ...other, ...interrupted });
    await recordOutcome(ctx, ref, index, record.attempts, interrupted);
  }
}

/** Writes an attempt's outcome into the ledger (read again just before), and logs failures. */
async function recordOutcome(
  ctx: AppContext,
  ref: EscalationRef,
  index: number,
  attemptNumber: number,
  outcome: AttemptOutcome,
): Promise<void> {
  const key = escalationLedgerKey(ref);
  const ledger = await ctx.store.get<EscalationLedger>(key);
  if (!ledger) return;
  const updated = withOutcome(ledger, index, attemptNumber, outcome);
  if (updated === ledger) return;
  await ctx.store.set(key, updated);
  const record = updated.actions[index]!;
  if (record.state === 'failed' || record.state === 'abandoned') {
    ctx.log(
      record.state === 'failed' ? 'escalation action failed' : 'escalation action abandoned',
      {
        issue: updated.issueKey,
        escalation: updated.escalation,
        action: record.action.type,
        attempts: record.attempts,
        error: record.lastError,
      },
    );
  }
}

/** Performs an action; a failure is an outcome, final when Jira refused the request itself. */
async function act(
  ctx: AppContext,
  issueKey: string,
  action: PlannedAction,
): Promise<AttemptOutcome> {
  try {
    await perform(ctx, issueKey, action);
    return { outcome: 'done', at: new Date(ctx.now()).toISOString() };
  } catch (error) {
    return {
      outcome: 'failed',
      at: new Date(ctx.now()).toISOString(),
      error: String(error).slice(0, MAX_ERROR_LENGTH),
      final: isJiraRefusal(error),
    };
  }
}

async function perform(ctx: AppContext, issueKey: string, action: PlannedAction): Promise<void> {
  switch (action.type) {
    case 'comment':
      await ctx.jira.addComment(issueKey, adfText(action.text), { internal: action.internal });
      return;
    case 'notify':
      return ctx.jira.notify(issueKey, {
        subject: action.subject,
        textBody: action.text,
        to: {
          users: action.users.map((accountId) => ({ accountId })),
          groups: action.groups.map((name) => ({ name })),
          assignee: action.assignee,
          reporter: action.reporter,
        },
      });
    case 'assign':
      return ctx.jira.assign(issueKey, action.accountId);
    case 'addLabel':
      return ctx.jira.editIssue(issueKey, { update: { labels: [{ add: action.label }] } });
    case 'setPriority':
      return ctx.jira.editIssue(issueKey, { fields: { priority: { name: action.priority } } });
  }
}
