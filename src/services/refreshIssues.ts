import type { ContractModel } from '../domain/contract';
import { compareEvaluations } from '../domain/sla/changePreview';
import { actionTexts, customerFacing } from '../domain/sla/customerFacing';
import {
  evaluateIssue,
  type EvaluateOptions,
  type Evaluation,
  type IssueSnapshot,
} from '../domain/sla';
import { slmProperty, SLM_PROPERTY_KEY, type SlmProperty } from '../domain/state/slmProperty';
import { urgentGoalSummary } from '../domain/state/urgentGoalSummary';
import { readHistories, readIssues, type IssueHistory, type IssueRef } from '../jira/issueReads';
import { changelogFieldsRead, issueSnapshot, snapshotFields } from '../jira/issueSnapshot';
import { issueTeam } from '../jira/teamField';
import { writeFieldValue, writeProperty } from '../jira/issueWrites';
import { withoutOwnWrites } from '../jira/ownWrites';
import type { JiraIssue } from '../jira/types';
import type { AppSettings } from '../storage/appSettings';
import {
  isAppWritten,
  issueSlaRecord,
  IssueSlaRecords,
  type IssueSlaRecord,
} from '../storage/issueSlaRecords';
import { propertyDigest } from '../storage/propertyDigest';
import { issueFacts, writeIssueFacts } from '../storage/sql/issueFacts';
import { loadSettings } from '../storage/settings';
import { appAccountId } from './appAccount';
import type { AppContext } from './appContext';
import { ContractModels } from './contractModels';
import { logForeignProperty } from './foreignProperty';
import { runEscalations } from './runEscalations';
import { applyPortalChoice } from './portal/applyPortalChoice';
import { portalChoiceKey } from '../storage/portalChoiceKey';
import { PORTAL_CHOICE_PROPERTY } from '../resolvers/portalViews';

/** An issue to refresh, and what the sender knows of it. */
export interface RefreshRequest extends IssueRef {
  /**
   * The `propertyDigest` of the `slm` property the app last wrote, as the sender read it in the
   * app's record (the sweep does): the record is then read again only if Jira's property
   * differs from it, or the issue is resolved.
   */
  readonly digest?: string;
  /** Who wrote or deleted the `slm` property, when a property event asked for the refresh. */
  readonly changedBy?: string;
}

export type RefreshResult =
  | { readonly issueKey: string; readonly gone: true }
  | {
      readonly issueKey: string;
      readonly gone: false;
      readonly property: SlmProperty;
      /** Keys of the escalations this refresh fired. */
      readonly escalated: readonly string[];
      /** Whether the evaluation differs from the one the app wrote before (none: it does). */
      readonly changed: boolean;
    };

export interface RefreshFailure {
  readonly issueKey: string;
  readonly error: unknown;
}

/** What a batch came to: each issue refreshed (or found gone), or failed. */
export interface BatchRefresh {
  readonly results: readonly RefreshResult[];
  readonly failures: readonly RefreshFailure[];
}

/** What every issue of a batch is evaluated with, read once per batch. */
export interface RefreshBasis {
  readonly settings: AppSettings;
  readonly models: ContractModels;
  /** The app's own account, whose writes the evaluation leaves out (`ownWrites.ts`). */
  readonly appAccount: string;
  /** The instant of the evaluations, epoch ms. */
  readonly now: number;
}

export async function refreshBasis(ctx: AppContext): Promise<RefreshBasis> {
  const [settings, models, appAccount] = await Promise.all([
    loadSettings(ctx.store),
    ContractModels.inForce(ctx.contracts),
    appAccountId(ctx.jira),
  ]);
  return { settings, models, appAccount, now: ctx.now() };
}

/** An issue read for evaluation: the app's record of it when one was read, and its contract. */
export interface IssueToEvaluate {
  readonly issue: JiraIssue;
  readonly record: IssueSlaRecord | undefined;
  /** The property the app last wrote: its record's, or Jira's when the sender vouched for it. */
  readonly previous: SlmProperty | undefined;
  readonly model: ContractModel | null;
}

const NO_CONTRACT: Evaluation = {
  agreement: null,
  reason: 'no contract is configured yet',
  contractVersion: null,
  goals: [],
  nextAction: null,
};

/**
 * The decision, pure of any reading or writing: the issue's history without the app's own
 * writes, as the evaluator's snapshot, evaluated at the batch's instant.
 */
export function evaluateRead(
  basis: RefreshBasis,
  { issue, model }: IssueToEvaluate,
  history: IssueHistory,
  options: EvaluateOptions = {},
): { snapshot: IssueSnapshot; evaluation: Evaluation } {
  const own = withoutOwnWrites(history.changelog, history.comments, basis.appAccount);
  const snapshot = issueSnapshot(issue, own.changelog, own.comments, basis.settings.fields, model);
  const evaluation = model ? evaluateIssue(model, snapshot, basis.now, options) : NO_CONTRACT;
  return { snapshot, evaluation };
}

/** Whether Jira holds the issue as resolved: it then keeps the version it was measured under. */
export const isResolved = (issue: JiraIssue): boolean =>
  issue.fields.resolution !== null && issue.fields.resolution !== undefined;

/**
 * Reads the issues asked for and chooses the contract of each: reads the app's records of those
 * that need one (resolved issues, for the version they were measured under; issues whose
 * property the sender cannot vouch for) and the older versions resolved issues keep.
 */
export async function readToEvaluate(
  ctx: AppContext,
  basis: RefreshBasis,
  requests: readonly RefreshRequest[],
  { recalculate = false }: { recalculate?: boolean } = {},
): Promise<{
  found: Map<string, IssueToEvaluate>;
  gone: RefreshRequest[];
  failures: RefreshFailure[];
}> {
  // The portal's choice comes with the issue, in the same request (`applyPortalChoice.ts`).
  const reads = await readIssues(ctx.jira, requests, snapshotFields(basis.settings.fields), [
    SLM_PROPERTY_KEY,
    PORTAL_CHOICE_PROPERTY,
  ]);
  const issues = new Map<string, JiraIssue>();
  const gone: RefreshRequest[] = [];
  const failures: RefreshFailure[] = [];
  for (const request of requests) {
    const read = reads.get(request.issueKey)!;
    if (read.kind === 'found') issues.set(request.issueKey, read.issue);
    else if (read.kind === 'gone') gone.push(request);
    else failures.push({ issueKey: request.issueKey, error: read.error });
  }
  const vouched = (request: RefreshRequest, issue: JiraIssue) =>
    request.digest !== undefined &&
    request.digest === propertyDigest(issue.properties?.[SLM_PROPERTY_KEY]);
  const needRecords = requests.flatMap((request) => {
    const issue = issues.get(request.issueKey);
    return issue && (isResolved(issue) || !vouched(request, issue)) ? [issue.id] : [];
  });
  const records = await new IssueSlaRecords(ctx.entities).getMany(needRecords);
  const found = new Map<string, IssueToEvaluate>();
  for (const request of requests) {
    const issue = issues.get(request.issueKey);
    if (!issue) continue;
    const record = records.get(issue.id);
    const model = await basis.models.forIssue(
      isResolved(issue),
      record?.contractVersion,
      recalculate,
    );
    const jiraProperty = issue.properties?.[SLM_PROPERTY_KEY] as SlmProperty | undefined;
    const previous = record?.property ?? (vouched(request, issue) ? jiraProperty : undefined);
    found.set(request.issueKey, { issue, record, previous, model });
  }
  return { found, gone, failures };
}

/**
 * Refreshes a batch of issues: re-reads each one's whole history from Jira, evaluates it (a
 * resolved issue under the contract version it was measured under, unless `recalculate`),
 * writes the `slm` issue property, the app's own record of it and the SLA field, and fires the
 * escalations that are due. The contract and settings are read once for the batch; a batch of
 * several issues is read and written with Jira's and Forge's bulk operations, so its cost grows
 * with the number of bulk requests, not of issues (`issueReads.ts`, `issueWrites.ts`). One issue
 * failing fails only itself: the others are refreshed, and the failures returned for the caller
 * to retry. Replaying the whole history makes it idempotent. A property someone else wrote is
 * logged (with who, when known) and overwritten; nothing the app decides rests on it.
 */
export async function refreshIssues(
  ctx: AppContext,
  requests: readonly RefreshRequest[],
  options: { recalculate?: boolean } = {},
): Promise<BatchRefresh> {
  const basis = await refreshBasis(ctx);
  const { found, gone, failures } = await readToEvaluate(ctx, basis, requests, options);
  const fail = (issueKey: string, error: unknown) => failures.push({ issueKey, error });
  await applyPortalChoices(ctx, basis, found, fail);

  const toEvaluate = [...found.values()];
  const histories = await readHistories(
    ctx.jira,
    toEvaluate.map((f) => f.issue),
    changelogFieldsRead(toEvaluate.map((f) => f.model)),
  );
  const evaluated: EvaluatedIssue[] = [];
  for (const request of requests) {
    const entry = found.get(request.issueKey);
    if (!entry) continue;
    const history = histories.get(entry.issue.id)!;
    if ('error' in history) {
      fail(request.issueKey, history.error);
      continue;
    }
    try {
      const { snapshot, evaluation } = evaluateRead(basis, entry, history);
      const property = slmProperty(evaluation, snapshot, basis.now);
      evaluated.push({ ...entry, snapshot, evaluation, property, request });
    } catch (error) {
      fail(request.issueKey, error);
    }
  }
  for (const { issue, record, request } of evaluated) {
    if (record && !isAppWritten(record, issue.properties?.[SLM_PROPERTY_KEY])) {
      logForeignProperty(ctx, issue, request.changedBy);
    }
  }

  // The facts first: should a later write fail, the retry still knows the cycles written before.
  const withFacts = await writeFacts(ctx, basis, evaluated, fail);
  const propertyFailures = await writeProperty(
    ctx.jira,
    SLM_PROPERTY_KEY,
    withFacts.map(({ issue, property }) => ({ issue, value: property })),
  );
  const written = withFacts.filter(({ issue, request }) => {
    const error = propertyFailures.get(issue.id);
    if (error !== undefined) fail(request.issueKey, error);
    return error === undefined;
  });
  // Recorded once Jira holds the property, so a record never vouches for a write that failed.
  const recordFailures = await new IssueSlaRecords(ctx.entities).saveMany(
    written.map(({ issue, property }) => issueSlaRecord(issue, property)),
  );
  const recorded = written.filter(({ issue, request }) => {
    const error = recordFailures.get(issue.id);
    if (error !== undefined) fail(request.issueKey, error);
    return error === undefined;
  });
  const field = basis.settings.timeLeftField;
  // Jira shows the field to anyone who sees the issue, customers included.
  const fieldFailures = field
    ? await writeFieldValue(
        ctx.jira,
        field,
        recorded.map(({ issue, evaluation, model }) => ({
          issueId: issue.id,
          value: urgentGoalSummary(
            customerFacing(evaluation, actionTexts(model?.contract.goals ?? [])),
          ),
        })),
      )
    : new Map<string, unknown>();

  const results: RefreshResult[] = [];
  for (const { issue, previous, model, evaluation, property, request } of recorded) {
    const error = fieldFailures.get(issue.id);
    if (error !== undefined) {
      fail(request.issueKey, error);
      continue;
    }
    try {
      const escalated = model ? await runEscalations(ctx, model, issue, evaluation) : [];
      results.push({
        issueKey: issue.key,
        gone: false,
        property,
        escalated,
        changed: changedSince(previous, property),
      });
    } catch (error) {
      fail(request.issueKey, error);
    }
  }
  return { results: [...results, ...(await dropGone(ctx, gone, fail))], failures };
}

/**
 * Applies the customer's portal choice to the new requests of the batch that carry one and
 * have no customer yet (`applyPortalChoice.ts`), so that they are evaluated with it; an issue
 * whose edit fails is left out of the batch, to be retried.
 */
async function applyPortalChoices(
  ctx: AppContext,
  basis: RefreshBasis,
  found: Map<string, IssueToEvaluate>,
  fail: (issueKey: string, error: unknown) => void,
): Promise<void> {
  // One read of the signing key for the batch, and none when no choice awaits.
  let key: Promise<string> | undefined;
  const proofKey = () => (key ??= portalChoiceKey(ctx.secrets));
  for (const [issueKey, entry] of found) {
    if (entry.issue.properties?.[PORTAL_CHOICE_PROPERTY] === undefined) continue;
    try {
      const issue = await applyPortalChoice(
        ctx,
        entry.issue,
        basis.settings.fields,
        entry.model,
        proofKey,
      );
      found.set(issueKey, { ...entry, issue });
    } catch (error) {
      found.delete(issueKey);
      fail(issueKey, error);
    }
  }
}

/** An issue of the batch evaluated, with what the evaluation read and produced. */
interface EvaluatedIssue extends IssueToEvaluate {
  readonly snapshot: IssueSnapshot;
  readonly evaluation: Evaluation;
  readonly property: SlmProperty;
  readonly request: RefreshRequest;
}

/**
 * Writes the batch's facts to SQL for the reports (`issueFacts.ts`): a few statements for the
 * whole batch. Failing, it fails every issue of the batch, to be evaluated again.
 */
async function writeFacts(
  ctx: AppContext,
  basis: RefreshBasis,
  batch: readonly EvaluatedIssue[],
  fail: (issueKey: string, error: unknown) => void,
): Promise<readonly EvaluatedIssue[]> {
  try {
    const facts = batch.map(({ issue, previous, snapshot, evaluation }) =>
      issueFacts(
        {
          issueId: issue.id,
          assignee: issue.fields.assignee?.accountId ?? null,
          team: issueTeam(issue, basis.settings.fields),
          priorityName: issue.fields.priority?.name ?? null,
          previousGoals: Array.isArray(previous?.goals) ? previous.goals : undefined,
        },
        snapshot,
        evaluation,
        basis.now,
      ),
    );
    await writeIssueFacts(ctx.sql, facts, basis.now);
    return batch;
  } catch (error) {
    batch.forEach(({ request }) => fail(request.issueKey, error));
    return [];
  }
}

/**
 * Whether a property measures anything differently from the one the app wrote before; true
 * when there was none, or one of another shape (written by an older version of the app).
 */
function changedSince(previous: SlmProperty | undefined, property: SlmProperty): boolean {
  if (!previous || !Array.isArray(previous.goals)) return true;
  return compareEvaluations(property.agreement ?? '', previous, property).changed;
}

/** Drops the records of issues found gone, by the ids their requests know. */
async function dropGone(
  ctx: AppContext,
  gone: readonly RefreshRequest[],
  fail: (issueKey: string, error: unknown) => void,
): Promise<RefreshResult[]> {
  try {
    await new IssueSlaRecords(ctx.entities).deleteMany(
      gone.flatMap((g) => (g.issueId ? [g.issueId] : [])),
    );
    return gone.map(({ issueKey }) => ({ issueKey, gone: true }));
  } catch (error) {
    gone.forEach(({ issueKey }) => fail(issueKey, error));
    return [];
  }
}
