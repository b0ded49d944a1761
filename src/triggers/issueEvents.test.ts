import type { SlmProperty } from '../domain/state/slmProperty';
import type { AppContext } from '../services/appContext';
import { simulatedEntities } from '../simulator/customEntityStore';
import { manifestModules } from '../simulator/manifestModules';
import { MANIFEST_FILE } from '../simulator/simulator';
import { issueSlaRecord, IssueSlaRecords } from '../storage/issueSlaRecords';
import { MemoryStore } from '../storage/memoryStore';
import { escalationClaimKey, escalationRetryKey, evaluationRetryKey } from '../storage/storageKeys';
import { onProductEvent } from './issueEvents';

function context() {
  const pushed: Record<string, unknown>[] = [];
  const ctx = {
    store: new MemoryStore(),
    entities: simulatedEntities(manifestModules(MANIFEST_FILE).entities),
    queue: {
      push: async (bodies: readonly Record<string, unknown>[]) => void pushed.push(...bodies),
    },
    jira: { myself: async () => ({ accountId: 'acc-app' }) },
  };
  return { ctx: ctx as unknown as AppContext, store: ctx.store, pushed };
}

const property = { nextCheckMs: 1, contractVersion: 1 } as SlmProperty;

describe('onProductEvent', () => {
  it("drops a deleted issue's escalation claims and record, and no other issue's", async () => {
    const { ctx, store } = context();
    const claims = {
      deleted: escalationClaimKey('1', 'reaction time', '2026-03-02T07:00:00.000Z', 'breach'),
      other: escalationClaimKey('10', 'reaction time', '2026-03-02T07:00:00.000Z', 'breach'),
    };
    await store.set(claims.deleted, { issueKey: 'SUP-1' });
    await store.set(claims.other, { issueKey: 'SUP-10' });
    // …and its retries: an escalation's and its evaluation's.
    const retry = { job: { issueKey: 'SUP-1' }, dueAt: 0 };
    await store.set(
      escalationRetryKey('1', 'reaction time', '2026-03-02T07:00:00.000Z', 'breach'),
      retry,
    );
    await store.set(evaluationRetryKey('SUP-1'), retry);
    const records = new IssueSlaRecords(ctx.entities);
    await records.save(issueSlaRecord({ id: '1', key: 'SUP-1' }, property));
    await records.save(issueSlaRecord({ id: '10', key: 'SUP-10' }, property));
    await onProductEvent(
      { eventType: 'avi:jira:deleted:issue', issue: { id: '1', key: 'SUP-1' } },
      ctx,
    );
    expect(Object.keys(store.content())).toEqual([claims.other]);
    expect(await records.get('1')).toBeUndefined();
    expect(await records.get('10')).toMatchObject({ issueKey: 'SUP-10' });
  });

  it('queues the issue when someone else writes or deletes its slm property, naming them', async () => {
    const { ctx, pushed } = context();
    const issue = { id: '1', key: 'SUP-1' };
    for (const eventType of ['avi:jira:set:issue-property', 'avi:jira:deleted:issue-property']) {
      await onProductEvent(
        { eventType, issue, property: { key: 'slm' }, atlassianId: 'acc-x' },
        ctx,
      );
    }
    await onProductEvent(
      { eventType: 'avi:jira:set:issue-property', issue, property: { key: 'other' } },
      ctx,
    );
    // The app's own write, should Forge deliver it: rewriting it would raise another.
    await onProductEvent(
      {
        eventType: 'avi:jira:set:issue-property',
        issue,
        property: { key: 'slm' },
        atlassianId: 'acc-app',
      },
      ctx,
    );
    expect(pushed).toEqual([
      { issueKey: 'SUP-1', reason: 'avi:jira:set:issue-property', changedBy: 'acc-x' },
      { issueKey: 'SUP-1', reason: 'avi:jira:deleted:issue-property', changedBy: 'acc-x' },
    ]);
  });

  it('queues the issue when the portal’s choice is stored on it, whoever stores it', async () => {
    const { ctx, pushed } = context();
    const issue = { id: '1', key: 'SUP-1' };
    const property = { key: 'slm-portal-request' };
    await onProductEvent(
      { eventType: 'avi:jira:set:issue-property', issue, property, atlassianId: 'acc-x' },
      ctx,
    );
    // Deleting the choice changes nothing: it is applied once, while the customer is empty.
    await onProductEvent({ eventType: 'avi:jira:deleted:issue-property', issue, property }, ctx);
    expect(pushed).toEqual([{ issueKey: 'SUP-1', reason: 'avi:jira:set:issue-property' }]);
  });

  it('puts the issue on the retry schedule when the queue refuses it', async () => {
    const { ctx, store } = context();
    const refusing = {
      ...ctx,
      now: () => Date.parse('2026-03-02T07:00:00.000Z'),
      log: () => undefined,
      queue: {
        push: async () => {
          throw new Error('RateLimitError: too many events');
        },
      },
    } as AppContext;
    await onProductEvent(
      { eventType: 'avi:jira:updated:issue', issue: { id: '1', key: 'SUP-1' } },
      refusing,
    );
    expect(await store.get(evaluationRetryKey('SUP-1'))).toMatchObject({
      job: { issueKey: 'SUP-1' },
      dueAt: Date.parse('2026-03-02T07:05:00.000Z'),
    });
  });
});
