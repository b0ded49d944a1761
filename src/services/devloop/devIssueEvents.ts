/**
 * Mirrors a development issue on the cases handed over to it. On each update of an issue that
 * is a case's development issue (`dev_handovers.dev_key`), the issue is read as it is now (an
 * event may be late, duplicated or out of order; Jira's current state is not):
 *
 * - a status other than the recorded `dev_status` is recorded with a compare-and-set, and the
 *   one run that moved it comments the "dev status changed" wording on the case (public, ADF):
 *   a duplicated event finds the status recorded and says nothing;
 * - resolved with fix versions, the highest (`highestFixVersion`; unreadable ones are logged
 *   and skipped) is recorded as `fixed_in` once (set only while empty), commented ("fixed in V")
 *   and `{ caseId }` goes on the `dev-loop-events` queue, whose consumer closes the case when an
 *   environment already runs V.
 *
 * The comment follows the record: a run that stops in between leaves out a comment rather than
 * writing one twice.
 */
import { highestFixVersion } from '../../domain/devloop/fixVersion';
import { renderTemplate } from '../../domain/devloop/devLoopTemplate';
import type { DevLoopSettings } from '../../domain/devloop/devLoopSettings';
import { adfText } from '../../jira/adf';
import type { JiraIssue } from '../../jira/types';
import {
  advanceDevStatus,
  handoversOfDevIssue,
  recordFixedIn,
  type DevHandover,
} from '../../storage/devloop/devHandovers';
import { loadDevLoopSettings } from '../../storage/devloop/devLoopSettings';
import type { AppContext } from '../appContext';

const DEV_FIELDS = ['status', 'resolution', 'fixVersions'];

/** Mirrors the development issue `devKey` on its cases; nothing when it is no development issue. */
export async function mirrorDevIssue(ctx: AppContext, devKey: string): Promise<void> {
  const handovers = await handoversOfDevIssue(ctx.sql, devKey);
  if (handovers.length === 0) return;
  const dev = await ctx.jira.getIssue(devKey, DEV_FIELDS);
  if (!dev) return;
  const settings = await loadDevLoopSettings(ctx.store);
  for (const handover of handovers) {
    await mirrorOnCase(ctx, settings, handover, dev);
  }
}

/**
 * A version was released: the resolved development issues with that fix version give their
 * cases "fixed in V" if they have none yet (the issue may have been resolved before V existed
 * as its fix version, or its update event was lost).
 */
export async function mirrorReleasedVersion(ctx: AppContext, versionId: string): Promise<void> {
  if (!/^\d+$/.test(versionId)) return;
  for await (const issue of ctx.jira.search({
    jql: `fixVersion = ${versionId} AND resolution IS NOT EMPTY`,
    fields: ['key'],
  })) {
    await mirrorDevIssue(ctx, issue.key);
  }
}

async function mirrorOnCase(
  ctx: AppContext,
  settings: DevLoopSettings,
  handover: DevHandover,
  dev: JiraIssue,
): Promise<void> {
  const now = ctx.now();
  const status = dev.fields.status?.name ?? null;
  if (status !== null && status !== handover.devStatus) {
    if (await advanceDevStatus(ctx.sql, handover.caseId, handover.devStatus, status, now)) {
      await comment(ctx, handover.caseKey, settings.wordings.devStatusChanged, {
        devKey: dev.key,
        status,
      });
    }
  }
  if (!dev.fields.resolution || handover.fixedIn !== null) return;
  const names = ((dev.fields.fixVersions as { name?: string }[] | undefined) ?? [])
    .map((v) => v.name)
    .filter((name): name is string => typeof name === 'string');
  const choice = highestFixVersion(names);
  if (choice.unreadable.length > 0) {
    ctx.log('development issue has fix versions that are no versions; skipped', {
      devKey: dev.key,
      unreadable: choice.unreadable,
    });
  }
  if (choice.version === null) return;
  if (!(await recordFixedIn(ctx.sql, handover.caseId, choice.version, now))) return;
  await comment(ctx, handover.caseKey, settings.wordings.fixedIn, {
    devKey: dev.key,
    version: choice.version,
  });
  await ctx.devLoopEvents.push([{ caseId: handover.caseId }]);
}

async function comment(
  ctx: AppContext,
  caseKey: string,
  template: string,
  values: Parameters<typeof renderTemplate>[1],
): Promise<void> {
  // Public: no `sd.public.comment` internal property, so the customer sees it.
  await ctx.jira.addComment(caseKey, adfText(renderTemplate(template, { caseKey, ...values })));
}
