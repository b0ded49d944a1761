import type { ContractModel } from '../domain/contract';
import {
  addIssueChange,
  compareEvaluations,
  EMPTY_PREVIEW,
  type ChangePreview,
} from '../domain/sla/changePreview';
import { readHistories, readIssues } from '../jira/issueReads';
import { changelogFieldsRead, snapshotFields } from '../jira/issueSnapshot';
import { isJiraRefusal } from '../jira/jiraClient';
import type { JiraIssue } from '../jira/types';
import type { AppContext } from './appContext';
import { evaluateRead, refreshBasis } from './refreshIssues';

/** What measuring a page of issues under a draft came to. */
export interface MeasuredPreview {
  readonly preview: ChangePreview;
  /** Issues compared. */
  readonly done: number;
  /** Issues Jira would not give (each logged); an issue deleted meanwhile is neither. */
  readonly failed: number;
}

/**
 * Measures each issue at the same instant from the same history under the contract in force and
 * under the draft, and adds up what changes (`changePreview.ts`). Nothing is written. Issues and
 * histories are read as a refresh reads a batch, with Jira's bulk operations (`issueReads.ts`),
 * and evaluated as it evaluates them (`evaluateRead`), once per contract: the contract names the
 * customers and contacts the history is read with. When not one issue could be read, the error
 * is thrown, so that the step is delivered again if it may pass.
 */
export async function previewIssues(
  ctx: AppContext,
  issueKeys: readonly string[],
  draft: ContractModel,
): Promise<MeasuredPreview> {
  const basis = await refreshBasis(ctx);
  const inForce = basis.models.current;
  const errors: unknown[] = [];
  const failed = (issueKey: string, error: unknown) => {
    errors.push(error);
    ctx.log('preview: issue not read', { issueKey, error: String(error) });
  };
  const reads = await readIssues(
    ctx.jira,
    issueKeys.map((issueKey) => ({ issueKey })),
    snapshotFields(basis.settings.fields),
    [],
  );
  const issues: JiraIssue[] = [];
  for (const [issueKey, read] of reads) {
    if (read.kind === 'found') issues.push(read.issue);
    else if (read.kind === 'failed') failed(issueKey, read.error);
  }
  const histories = await readHistories(ctx.jira, issues, changelogFieldsRead([inForce, draft]));
  let preview = EMPTY_PREVIEW;
  let done = 0;
  for (const issue of issues) {
    const history = histories.get(issue.id)!;
    if ('error' in history) {
      failed(issue.key, history.error);
      continue;
    }
    const under = (model: ContractModel | null) =>
      evaluateRead(basis, { issue, record: undefined, previous: undefined, model }, history)
        .evaluation;
    preview = addIssueChange(preview, compareEvaluations(issue.key, under(inForce), under(draft)));
    done++;
  }
  if (done === 0 && errors.length > 0) {
    throw errors.find((error) => !isJiraRefusal(error)) ?? errors[0];
  }
  return { preview, done, failed: errors.length };
}
