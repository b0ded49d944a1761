import {
  ATTEMPT_LEASE_MS,
  newLedger,
  type AttemptRecord,
  type EscalationLedger,
  type EscalationRef,
} from '../domain/escalation/escalationLedger';
import type { JiraClient } from '../jira/jiraClient';
import { MemoryStore } from '../storage/memoryStore';
import { escalationAttemptKey, escalationRetryKey } from '../storage/storageKeys';
import type { AppContext } from './appContext';
import { escalationLedgerKey, retryEscalation } from './escalationActions';

const ref: EscalationRef = {
  issueId: '10000',
  goal: 'reaction',
  cycleStart: '2026-03-02T07:00:00.000Z',
  at: 'breach',
};
const NOW = Date.parse('2026-03-02T08:00:00.000Z');

/** A context whose Jira records the comments it is asked for, each taking a few turns. */
function context() {
  const store = new MemoryStore();
  const comments: string[] = [];
  const jira = {
    addComment: async (issueKey: string) => {
      for (let i = 0; i < 5; i++) await Promise.resolve();
      comments.push(issueKey);
    },
  } as unknown as JiraClient;
  const ctx = { store, jira, now: () => NOW, log: () => undefined } as unknown as AppContext;
  return { ctx, store, comments };
}

const ledger = newLedger(
  'SUP-1',
  'reaction@2026-03-02T07:00:00.000Z@breach',
  [{ type: 'comment', text: 'SUP-1: the reaction time is breached.', internal: false }],
  '2026-03-02T07:35:00.000Z',
);
const attemptKey = (attempt: number) =>
  escalationAttemptKey(ref.issueId, ref.goal, ref.cycleStart, ref.at, 0, attempt);

describe('retryEscalation', () => {
  it('acts once when two runs retry the same escalation at the same time', async () => {
    const { ctx, store, comments } = context();
    await store.set(escalationLedgerKey(ref), ledger);
    await Promise.all([retryEscalation(ctx, ref), retryEscalation(ctx, ref)]);
    expect(comments).toEqual(['SUP-1']);
    const after = await store.get<EscalationLedger>(escalationLedgerKey(ref));
    expect(after?.actions[0]).toMatchObject({ state: 'done', attempts: 1 });
    expect(await store.get(escalationRetryKey(ref.issueId, ref.goal, ref.cycleStart, ref.at))).toBe(
      undefined,
    );
  });

  it('does not act again when the ledger lost the outcome of an attempt that succeeded', async () => {
    const { ctx, store, comments } = context();
    await store.set(escalationLedgerKey(ref), ledger);
    const done: AttemptRecord = {
      issueKey: 'SUP-1',
      startedAt: '2026-03-02T07:35:00.000Z',
      outcome: 'done',
      at: '2026-03-02T07:35:01.000Z',
    };
    await store.set(attemptKey(0), done);
    await retryEscalation(ctx, ref);
    expect(comments).toEqual([]);
    const after = await store.get<EscalationLedger>(escalationLedgerKey(ref));
    expect(after?.actions[0]).toMatchObject({ state: 'done', at: '2026-03-02T07:35:01.000Z' });
  });

  it('tries again, once, an attempt left acting by an invocation that is gone', async () => {
    const { ctx, store, comments } = context();
    await store.set(escalationLedgerKey(ref), ledger);
    const acting = (startedAt: number): AttemptRecord => ({
      issueKey: 'SUP-1',
      startedAt: new Date(startedAt).toISOString(),
      outcome: 'acting',
    });
    // Still within the lease: another invocation may be acting right now.
    await store.set(attemptKey(0), acting(NOW - ATTEMPT_LEASE_MS + 60_000));
    await retryEscalation(ctx, ref);
    expect(comments).toEqual([]);
    // Past the lease: counted as failed, and the next attempt acts.
    await store.set(attemptKey(0), acting(NOW - ATTEMPT_LEASE_MS));
    await retryEscalation(ctx, ref);
    await retryEscalation(ctx, ref);
    expect(comments).toEqual(['SUP-1']);
    const after = await store.get<EscalationLedger>(escalationLedgerKey(ref));
    expect(after?.actions[0]).toMatchObject({ state: 'done', attempts: 2 });
  });
});
