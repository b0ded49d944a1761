import { applyCapa, type ActionKind } from '../../domain/quality/capa';
import { adfText } from '../../jira/adf';
import { createIssue, linkIssues } from '../../jira/issueCreation';
import { appendAudit } from '../../storage/quality/qualityAudit';
import type { NonConformity } from '../../storage/quality/nonConformities';
import type { AppContext } from '../appContext';
import { changeCapa, type CapaChange } from './capaChanges';
import { NC_LINK_TYPE } from './nonConformityRaise';

/** The issue type of a CAPA action created from the panel, in the non-conformity's project. */
export const ACTION_ISSUE_TYPE = 'Task';

/** A key that passes the domain's issue key check, for checking an action before its issue exists. */
const NOT_YET_CREATED = 'PENDING-0';

/**
 * Creates a corrective or preventive action as a Jira issue (the owner as assignee, the due date
 * as `duedate`) in the non-conformity's project, links it to the non-conformity, and adds it to
 * the CAPA. The action is checked against the CAPA's guards first, so nothing is created for an
 * action the CAPA would refuse.
 */
export async function createAction(
  ctx: AppContext,
  nc: NonConformity & { readonly issueKey: string },
  action: { kind: ActionKind; summary: string; owner: string; dueDate: string },
  actor: string,
): Promise<CapaChange> {
  const planned = {
    kind: action.kind,
    issueKey: NOT_YET_CREATED,
    owner: action.owner,
    dueDate: action.dueDate,
  };
  const check = applyCapa(nc.capa, { type: 'addAction', action: planned }, actor, ctx.now());
  if (!check.ok) return { ok: false, errors: check.errors };
  const projectKey = nc.issueKey.slice(0, nc.issueKey.lastIndexOf('-'));
  const { key } = await createIssue(ctx.jira, {
    projectKey,
    issueType: ACTION_ISSUE_TYPE,
    summary: action.summary,
    description: adfText(
      `${action.kind === 'corrective' ? 'Corrective' : 'Preventive'} action of non-conformity ${nc.issueKey}.\nResolve this issue when the action is done: the CAPA panel reads it from Jira.`,
    ),
    assignee: action.owner,
    dueDate: action.dueDate,
  });
  await linkIssues(ctx.jira, NC_LINK_TYPE, nc.issueKey, key);
  await appendAudit(ctx.sql, { type: 'nonConformity', id: nc.id }, actor, ctx.now(), [
    { action: 'createAction', field: 'actionIssue', before: null, after: key },
  ]);
  return addAction(ctx, nc, { ...action, issueKey: key }, actor, { linked: true });
}

/** Adds an existing issue as an action, linked to the non-conformity. */
export async function addAction(
  ctx: AppContext,
  nc: NonConformity & { readonly issueKey: string },
  action: { kind: ActionKind; issueKey: string; owner: string; dueDate: string },
  actor: string,
  options: { linked?: boolean } = {},
): Promise<CapaChange> {
  const { kind, issueKey, owner, dueDate } = action;
  const check = applyCapa(
    nc.capa,
    { type: 'addAction', action: { kind, issueKey, owner, dueDate } },
    actor,
    ctx.now(),
  );
  if (!check.ok) return { ok: false, errors: check.errors };
  if (!options.linked) await linkIssues(ctx.jira, NC_LINK_TYPE, nc.issueKey, issueKey);
  return changeCapa(
    ctx,
    nc,
    { type: 'addAction', action: { kind, issueKey, owner, dueDate } },
    actor,
  );
}
