import type { ContractModel } from '../domain/contract';
import {
  evaluateIssue,
  type EvaluateOptions,
  type Evaluation,
  type IssueSnapshot,
} from '../domain/sla';
import { slmProperty, SLM_PROPERTY_KEY, type SlmProperty } from '../domain/state/slmProperty';
import { urgentGoalSummary } from '../domain/state/urgentGoalSummary';
import { issueSnapshot, snapshotFields } from '../jira/issueSnapshot';
import { withoutOwnWrites } from '../jira/ownWrites';
import type { JiraIssue } from '../jira/types';
import type { AppSettings } from '../storage/appSettings';
import { loadSettings } from '../storage/settings';
import { appAccountId } from './appAccount';
import type { AppContext } from './appContext';
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

/**
 * Re-reads an issue's whole history from Jira, evaluates it against the contract in force,
 * writes the `slm` issue property and the time-left field, and fires the escalations that are
 * due. Replaying the whole history makes it idempotent: running it twice, late, or after a
 * missed event gives the same state.
 */
export async function refreshIssue(ctx: AppContext, issueKey: string): Promise<RefreshResult> {
  const loaded = await loadIssueEvaluation(ctx, issueKey);
  if (!loaded) return { issueKey, gone: true };
  const { issue, snapshot, evaluation, model, settings, now } = loaded;
  const property = slmProperty(evaluation, snapshot, now);
  await ctx.jira.setIssueProperty(issue.key, SLM_PROPERTY_KEY, property);
  if (settings.timeLeftField) {
    await ctx.jira.setAppFieldValue(
      settings.timeLeftField,
      [issue.id],
      urgentGoalSummary(evaluation),
    );
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
    ctx.jira.getIssue(issueKey, snapshotFields(settings.fields)),
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
