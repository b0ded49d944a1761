import type { AppContext } from '../services/appContext';
import { escalationClaimsOf } from '../storage/storageKeys';

/** The part of a Forge product event the app reads (`avi:jira:*:issue`, `avi:jira:*:version`). */
export interface ProductEvent {
  readonly eventType: string;
  readonly issue?: { readonly id: string; readonly key: string };
  readonly version?: { readonly id: string | number };
}

/**
 * The product-event trigger. It does no evaluation itself (a trigger has 25 s and Jira may
 * send bursts): it queues the issue for the consumer, which replays the whole history, so a
 * duplicated event costs one idempotent re-evaluation and a lost one is repaired by the next.
 * Version events queue the version's issues (the development loop acts on them).
 */
export async function onProductEvent(event: ProductEvent, ctx: AppContext): Promise<void> {
  if (event.eventType === 'avi:jira:deleted:issue' && event.issue) {
    // Nothing to evaluate any more: drop the escalation ledger with it.
    const claims = await ctx.store.keys(escalationClaimsOf(event.issue.id));
    await Promise.all(claims.map((key) => ctx.store.delete(key)));
    return;
  }
  if (event.issue) {
    await ctx.queue.push([{ issueKey: event.issue.key, reason: event.eventType }]);
  } else if (event.version) {
    await ctx.queue.push([{ versionId: String(event.version.id), reason: event.eventType }]);
  }
}
