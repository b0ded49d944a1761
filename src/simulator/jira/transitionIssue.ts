/**
 * Moving an issue through its workflow (`POST /issue/{issue}/transitions`). Entering a status of
 * the done category sets the resolution (the one given in `fields.resolution`, else Done) and
 * the resolution date; leaving the done category (Reopen) clears both. The change is one
 * changelog entry with the resolution item, the status item, then any other fields, as Jira
 * records them.
 */
import { DEFAULT_RESOLUTION_ID } from './catalog';
import { recordUpdate } from './changelog';
import { addComment } from './comments';
import { JiraHttpError } from './errors';
import { applyFieldEdits, resolutionChange } from './fieldEdits';
import { objectBody } from './params';
import type { Actor, IssueRecord, JiraState, ProjectRecord, StatusRecord } from './state';
import type { ChangelogItem } from './types';
import { transitionsFrom } from './workflow';

/**
 * Performs a transition available from the issue's status.
 *
 * @example transitionIssue(jira, issue, actor, { transition: { id: '41' },
 *   fields: { resolution: { name: "Won't Do" } } })
 */
export function transitionIssue(
  jira: JiraState,
  issue: IssueRecord,
  actor: Actor,
  input: unknown,
): void {
  const body = objectBody(input);
  const ref = body.transition as { id?: unknown } | undefined;
  const id = ref?.id;
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new JiraHttpError(400, ["Missing 'transition' identifier"]);
  }
  const project = jira.projects.get(issue.projectId) as ProjectRecord;
  const transition = transitionsFrom(project.workflow, issue.statusId).find(
    (t) => t.id === String(id),
  );
  if (!transition) {
    throw new JiraHttpError(400, [`Transition id '${String(id)}' is not valid for this issue.`]);
  }

  const { items: edits, comments } = applyFieldEdits(
    jira,
    issue,
    { fields: body.fields, update: body.update },
    'transition',
  );
  const resolutionItems = edits.filter((i) => i.fieldId === 'resolution');
  const otherItems = edits.filter((i) => i.fieldId !== 'resolution');

  const from = jira.statuses.get(issue.statusId) as StatusRecord;
  const to = jira.statuses.get(transition.toStatusId) as StatusRecord;
  const statusItems: ChangelogItem[] = [];
  if (from.id !== to.id) {
    issue.statusId = to.id;
    statusItems.push({
      field: 'status',
      fieldtype: 'jira',
      fieldId: 'status',
      from: from.id,
      fromString: from.name,
      to: to.id,
      toString: to.name,
    });
    if (from.category !== to.category) issue.statusCategoryChanged = jira.now();
  }
  if (to.category === 'done' && issue.resolutionId === null) {
    resolutionItems.push(...resolutionChange(jira, issue, DEFAULT_RESOLUTION_ID));
  } else if (to.category !== 'done' && from.category === 'done' && issue.resolutionId !== null) {
    resolutionItems.push(...resolutionChange(jira, issue, null));
  }
  recordUpdate(jira, issue, actor, [...resolutionItems, ...statusItems, ...otherItems]);
  for (const comment of comments) addComment(jira, issue, actor, comment);
}
