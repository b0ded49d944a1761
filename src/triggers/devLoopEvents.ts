import type { AsyncEvent } from '@forge/events';
import type { AppContext } from '../services/appContext';
import {
  onEnvironmentUpgraded,
  onFixRecorded,
  type FixRecordedEvent,
} from '../services/devloop/closeFixedCases';
import type { EnvironmentUpgradedEvent } from '../services/devloop/reportEnvironmentVersion';

/** What travels on `dev-loop-events`: an environment's raised version, or a case's new fix. */
export type DevLoopEventBody = EnvironmentUpgradedEvent | FixRecordedEvent;

export type DevLoopEvent = Pick<AsyncEvent<Record<string, unknown>>, 'body' | 'retryContext'>;

const text = (value: unknown): value is string => typeof value === 'string' && value !== '';

/**
 * The `dev-loop-events` consumer. `{ reportId, environment }`: an environment's version went up
 * (`reportEnvironmentVersion`), so the cases it fixes are closed (`onEnvironmentUpgraded`);
 * `{ caseId }`: development recorded "fixed in V" on a case, closed at once if its environment
 * already runs V (`onFixRecorded`). Closure semantics and retries are theirs (and the sweep's); a
 * body that is neither is logged and dropped.
 */
export async function onDevLoopEvent(event: DevLoopEvent, ctx: AppContext): Promise<undefined> {
  const body = (event.body ?? {}) as Record<string, unknown>;
  if (text(body.reportId) && text(body.environment)) {
    await onEnvironmentUpgraded(ctx, { reportId: body.reportId, environment: body.environment });
  } else if (text(body.caseId)) {
    await onFixRecorded(ctx, { caseId: body.caseId });
  } else {
    ctx.log('dev-loop event that is neither an upgrade nor a fix, dropped', { body: event.body });
  }
  return undefined;
}
