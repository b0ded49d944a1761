/**
 * Hands a case over to development: creates an issue in the configured development project
 * (or adopts an existing one), links it to the case, records the hand-over in `dev_handovers`
 * with the case's product and environment, and tells the customer (a public ADF comment with the
 * "handed over" wording).
 *
 * Exactly once per case. The `dev_handovers` row is claimed (its primary key is the case id)
 * before the development issue is created, and the issue carries the case's label
 * (`handoverLabel`). A second call finds the row: recorded, it answers it; still being created
 * (no development key yet) by a run younger than `HANDOVER_LEASE_MS`, it does nothing. A crash
 * between the claim and Jira's answer leaves a row without a key: once the lease has run out
 * the next call renews the claim, looks the issue up by its label (adopts it when found) and
 * creates it otherwise. Jira's search index lags writes by seconds, far less than the lease.
 * The comment follows the record: a run that stops in between leaves the case without the
 * comment rather than with two.
 */
import { renderTemplate } from '../../domain/devloop/devLoopTemplate';
import { adfText } from '../../jira/adf';
import { createIssue, linkIssues } from '../../jira/issueCreation';
import {
  claimHandover,
  handoverOf,
  renewHandoverClaim,
  setHandoverDevKey,
  type DevHandover,
} from '../../storage/devloop/devHandovers';
import { loadDevLoopSettings } from '../../storage/devloop/devLoopSettings';
import { loadSettings } from '../../storage/settings';
import type { AppContext } from '../appContext';
import { jqlString } from '../jqlString';

/** A resolver invocation runs 25 s at most; a claim older than this belongs to a run that is gone. */
export const HANDOVER_LEASE_MS = 5 * 60_000;

/** The label that names a case's development issue, so a crashed hand-over finds it again. */
export const handoverLabel = (caseId: string): string => `dev-handover-${caseId}`;

export interface HandOverRequest {
  readonly caseKey: string;
  /** An existing development issue to link instead of creating one. */
  readonly devKey?: string;
  /** The development issue's summary; the case's summary when left out. */
  readonly summary?: string;
  readonly accountId: string;
}

export type HandOverOutcome =
  | { readonly kind: 'handedOver'; readonly handover: DevHandover; readonly created: boolean }
  /** Handed over before: a replay. */
  | { readonly kind: 'exists'; readonly handover: DevHandover }
  /** Another run is handing it over now. */
  | { readonly kind: 'inProgress' }
  | {
      readonly kind: 'refused';
      readonly why: 'notConfigured' | 'unknownCase' | 'unknownDevIssue';
      readonly message: string;
    };

export async function handOverToDevelopment(
  ctx: AppContext,
  request: HandOverRequest,
): Promise<HandOverOutcome> {
  const settings = await loadDevLoopSettings(ctx.store);
  const { fields: mapping } = await loadSettings(ctx.store);
  const caseFields = [mapping.customer, mapping.environment, mapping.product];
  const theCase = await ctx.jira.getIssue(request.caseKey, ['summary', ...caseFields]);
  if (!theCase) {
    return { kind: 'refused', why: 'unknownCase', message: `${request.caseKey} does not exist` };
  }
  const recorded = await handoverOf(ctx.sql, theCase.id);
  if (recorded && recorded.devKey !== '') return { kind: 'exists', handover: recorded };
  if (!request.devKey && !settings.devProjectKey) {
    return {
      kind: 'refused',
      why: 'notConfigured',
      message: 'no development project is configured (admin page, Development)',
    };
  }
  let existingDevKey: string | null = null;
  if (request.devKey) {
    const dev = await ctx.jira.getIssue(request.devKey, ['summary']);
    if (!dev) {
      return {
        kind: 'refused',
        why: 'unknownDevIssue',
        message: `devKey: ${request.devKey} does not exist or the app cannot see it`,
      };
    }
    existingDevKey = dev.key;
  }

  const now = ctx.now();
  let devKey: string | null;
  if (recorded) {
    // A claim without a key: running elsewhere, or left by a run that is gone.
    if (now - recorded.handedOverAt < HANDOVER_LEASE_MS) return { kind: 'inProgress' };
    if (!(await renewHandoverClaim(ctx.sql, theCase.id, recorded.handedOverAt, now))) {
      return { kind: 'inProgress' };
    }
    devKey = existingDevKey ?? (await devIssueByLabel(ctx, theCase.id));
  } else {
    const facts = await ctx.sql
      .selectFrom('issue_facts')
      .select(['product', 'environment'])
      .where('issue_id', '=', theCase.id)
      .executeTakeFirst();
    const claimed = await claimHandover(ctx.sql, {
      caseId: theCase.id,
      caseKey: theCase.key,
      product: facts?.product ?? null,
      environment: facts?.environment ?? null,
      handedOverAt: now,
      handedOverBy: request.accountId,
    });
    if (!claimed) return { kind: 'inProgress' };
    devKey = existingDevKey;
  }
  const created = devKey === null;
  if (devKey === null) {
    const summary = request.summary?.trim() || theCase.fields.summary || theCase.key;
    ({ key: devKey } = await createIssue(ctx.jira, {
      projectKey: settings.devProjectKey!,
      issueType: settings.devIssueType,
      summary,
      description: adfText(`Handed over from the support case ${theCase.key}.`),
      labels: [handoverLabel(theCase.id)],
      fields: customerFieldsOf(theCase.fields, caseFields),
    }));
  }
  // Linked before the key is recorded: a run that stops in between links again on the retry,
  // and Jira keeps one link of a type between two issues.
  await linkIssues(ctx.jira, settings.linkType, theCase.key, devKey);
  await setHandoverDevKey(ctx.sql, theCase.id, devKey, ctx.now());
  await ctx.jira.addComment(
    theCase.key,
    adfText(renderTemplate(settings.wordings.handedOver, { devKey, caseKey: theCase.key })),
  );
  // Jira sends no event of the app's own creation (ignoreSelf): queued, the development issue
  // is measured now (its OLA, when the contract has one for its issue type).
  if (created) await ctx.queue.push([{ issueKey: devKey, reason: 'handed over to development' }]);
  const handover = (await handoverOf(ctx.sql, theCase.id))!;
  ctx.log('case handed over to development', { caseKey: theCase.key, devKey, created });
  return { kind: 'handedOver', handover, created };
}

/**
 * The case's customer, environment and product, for the development issue: with them it resolves
 * to the case's agreement, so an internal goal (OLA) on the development issue type measures the
 * hand-over from its creation to its resolution. Select values are copied by value.
 */
function customerFieldsOf(
  fields: Readonly<Record<string, unknown>>,
  ids: readonly string[],
): Record<string, unknown> {
  const copied: Record<string, unknown> = {};
  for (const id of ids) {
    const value = fields[id] as { value?: unknown } | string | null | undefined;
    if (typeof value === 'string') copied[id] = value;
    else if (value && typeof value.value === 'string') copied[id] = { value: value.value };
  }
  return copied;
}

async function devIssueByLabel(ctx: AppContext, caseId: string): Promise<string | null> {
  for await (const issue of ctx.jira.search({
    jql: `labels = ${jqlString(handoverLabel(caseId))}`,
    fields: ['key'],
  })) {
    return issue.key;
  }
  return null;
}
