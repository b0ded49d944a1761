import type { AppContext } from '../services/appContext';
import { MemoryStore } from '../storage/memoryStore';
import { escalationClaimKey } from '../storage/storageKeys';
import { onProductEvent } from './issueEvents';

describe('onProductEvent', () => {
  it("drops a deleted issue's escalation claims, and no other issue's", async () => {
    const store = new MemoryStore();
    const claims = {
      deleted: escalationClaimKey('1', 'reaction time', '2026-03-02T07:00:00.000Z', 'breach'),
      other: escalationClaimKey('10', 'reaction time', '2026-03-02T07:00:00.000Z', 'breach'),
    };
    await store.set(claims.deleted, { issueKey: 'SUP-1' });
    await store.set(claims.other, { issueKey: 'SUP-10' });
    const ctx = { store } as unknown as AppContext;
    await onProductEvent(
      { eventType: 'avi:jira:deleted:issue', issue: { id: '1', key: 'SUP-1' } },
      ctx,
    );
    expect(Object.keys(store.content())).toEqual([claims.other]);
  });
});
