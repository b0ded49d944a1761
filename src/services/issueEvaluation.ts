import type { ContractModel } from '../domain/contract';
import type { EvaluateOptions, Evaluation, IssueSnapshot } from '../domain/sla';
import { readHistories } from '../jira/issueReads';
import { changelogFieldsRead } from '../jira/issueSnapshot';
import type { JiraIssue } from '../jira/types';
import type { AppSettings } from '../storage/appSettings';
import type { IssueSlaRecord } from '../storage/issueSlaRecords';
import type { AppContext } from './appContext';
import { evaluateRead, readToEvaluate, refreshBasis } from './refreshIssues';

/** An issue read from Jira and evaluated now, with what the evaluation was built from. */
export interface LoadedEvaluation {
  readonly issue: JiraIssue;
  /** The app's record of the issue, when it has one. */
  readonly record: IssueSlaRecord | undefined;
  readonly snapshot: IssueSnapshot;
  readonly evaluation: Evaluation;
  readonly model: ContractModel | null;
  readonly settings: AppSettings;
  readonly now: number;
}

/**
 * One issue evaluated live, for the issue panel: read and evaluated by the same steps as a
 * refresh (`refreshIssues.ts`), a resolved issue under the version it was measured under, with
 * `options` (the explanation), and nothing written. `null` when the issue does not exist.
 */
export async function loadIssueEvaluation(
  ctx: AppContext,
  issueKey: string,
  options: EvaluateOptions = {},
): Promise<LoadedEvaluation | null> {
  const basis = await refreshBasis(ctx);
  const { found, failures } = await readToEvaluate(ctx, basis, [{ issueKey }]);
  if (failures[0]) throw failures[0].error;
  const entry = found.get(issueKey);
  if (!entry) return null;
  const history = (
    await readHistories(ctx.jira, [entry.issue], changelogFieldsRead([entry.model]))
  ).get(entry.issue.id)!;
  if ('error' in history) throw history.error;
  const { snapshot, evaluation } = evaluateRead(basis, entry, history, options);
  return {
    issue: entry.issue,
    record: entry.record,
    snapshot,
    evaluation,
    model: entry.model,
    settings: basis.settings,
    now: basis.now,
  };
}
