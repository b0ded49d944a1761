import type { ContractModel } from '../domain/contract';
import {
  evaluateIssue,
  type EvaluateOptions,
  type Evaluation,
  type IssueSnapshot,
} from '../domain/sla';
import { actionTexts, customerFacing } from '../domain/sla/customerFacing';
import { slmProperty, SLM_PROPERTY_KEY, type SlmProperty } from '../domain/state/slmProperty';
import { urgentGoalSummary } from '../domain/state/urgentGoalSummary';
import { issueSnapshot, snapshotFields } from '../jira/issueSnapshot';
import { withoutOwnWrites } from '../jira/ownWrites';
import type { JiraIssue } from '../jira/types';
import type { AppSettings } from '../storage/appSettings';
import { issueSlaRecord, IssueSlaRecords } from '../storage/issueSlaRecords';
import { loadSettings } from '../storage/settings';
import { appAccountId } from './appAccount';
import type { AppContext } from './appContext';
import { hasForeignProperty, logForeignProperty } from './foreignProperty';
import { runEscalations } from './runEscalations';

export type RefreshResult =
  | { readonly issueKey: string; readonly gone: true }
  | {
      readonly issueKey: string;
      readonly gone: false;
      readonly property: SlmProperty;
      /** Keys of the escalations this refresh fired. */
      readonly escalated: readonly string[];
    };

/** What a refresh knows of why it runs, from the job that asked for it. */
export interface RefreshCause {
  /** Who wrote or deleted the `slm` property, when a property event asked for the refresh. */
  readonly changedBy?: string;
  /** The issue's id, when the job knows it: a refresh finding the issue gone drops its record. */
  readonly issueId?: string;
}

/**
 * Re-reads an issue's whole history from Jira, evaluates it against the contract in force,
 * writes the `slm` issue property, the app's own record of it and the SLA field, and fires the
 * escalations that are due. Replaying the whole history makes it idempotent: running it twice,
 * late, or after a missed event gives the same state. A property someone else wrote is logged
 * (with who, when known) and overwritten; nothing the app decides rests on it.
 */
export async function refreshIssue(
  ctx: AppContext,
  issueKey: string,
  cause: RefreshCause = {},
): Promise<RefreshResult> {
  const records = new IssueSlaRecords(ctx.entities);
  const loaded = await loadIssueEvaluation(ctx, issueKey);
  if (!loaded) {
    if (cause.issueId) await records.delete(cause.issueId);
    return { issueKey, gone: true };
  }
  const { issue, snapshot, evaluation, model, settings, now } = loaded;
  const property = slmProperty(evaluation, snapshot, now);
  if (hasForeignProperty(issue, await records.get(issue.id))) {
    logForeignProperty(ctx, issue, cause.changedBy);
  }
  await ctx.jira.setIssueProperty(issue.key, SLM_PROPERTY_KEY, property);
  // Recorded once Jira holds it, so the record never vouches for a write that failed.
  await records.save(issueSlaRecord(issue, property));
  if (settings.timeLeftField) {
    // Jira shows the field to anyone who sees the issue, customers included.
    const shown = customerFacing(evaluation, actionTexts(model?.contract.goals ?? []));
    await ctx.jira.setAppFieldValue(settings.timeLeftField, [issue.id], urgentGoalSummary(shown));
  }
  const escalated = model ? await runEscalations(ctx, model, issue, evaluation) : [];
  return { issueKey: issue.key, gone: false, property, escalated };
}

/** An issue read from Jira and evaluated now, with what the evaluation was built from. */
export interface LoadedEvaluation {
  readonly issue: JiraIssue;
  readonly snapshot: IssueSnapshot;
  readonly evaluation: Evaluation;
  readonly model: ContractModel | null;
  readonly settings: AppSettings;
  readonly now: number;
}

/**
 * Reads an issue with its changelog and comments (as the app), leaves out the app's own
 * writes (`withoutOwnWrites`) and evaluates it against the contract in force; `null` when the
 * issue does not exist. Shared by the consumer, which stores the result, and the issue panel,
 * which shows it with its explanation.
 */
export async function loadIssueEvaluation(
  ctx: AppContext,
  issueKey: string,
  options: EvaluateOptions = {},
): Promise<LoadedEvaluation | null> {
  const settings = await loadSettings(ctx.store);
  const [model, issue] = await Promise.all([
    ctx.contracts.model(),
    // With the `slm` property as Jira holds it, to tell whether someone else rewrote it.
    ctx.jira.getIssue(issueKey, snapshotFields(settings.fields), [SLM_PROPERTY_KEY]),
  ]);
  if (!issue) return null;
  const [changelog, comments, appAccount] = await Promise.all([
    ctx.jira.changelog(issue.key),
    ctx.jira.comments(issue.key),
    appAccountId(ctx.jira),
  ]);
  const history = withoutOwnWrites(changelog, comments, appAccount);
  const snapshot = issueSnapshot(
    issue,
    history.changelog,
    history.comments,
    settings.fields,
    model,
  );
  const now = ctx.now();
  const evaluation: Evaluation = model
    ? evaluateIssue(model, snapshot, now, options)
    : {
        agreement: null,
        reason: 'no contract is configured yet',
        contractVersion: null,
        goals: [],
        nextAction: null,
      };
  return { issue, snapshot, evaluation, model, settings, now };
}
