import { applyCapa, type CapaCommand } from '../../domain/quality/capa';
import { chunks } from '../../chunks';
import { appendAudit } from '../../storage/quality/qualityAudit';
import { updateCapa, type NonConformity } from '../../storage/quality/nonConformities';
import type { AppContext } from '../appContext';

export type CapaChange =
  | { readonly ok: true; readonly nc: NonConformity }
  | {
      readonly ok: false;
      readonly errors: readonly { path: string; message: string }[];
      /** Someone else changed the CAPA first: reload and try again. */
      readonly conflict?: true;
    };

/**
 * The one way a CAPA changes: `applyCapa` checks the step's guards, the row is replaced only if
 * nobody changed it meanwhile (compare and set), and the audit entries `applyCapa` answered are
 * appended to the trail.
 */
export async function changeCapa(
  ctx: AppContext,
  nc: NonConformity,
  command: CapaCommand,
  actor: string,
): Promise<CapaChange> {
  const at = ctx.now();
  const result = applyCapa(nc.capa, command, actor, at);
  if (!result.ok) return { ok: false, errors: result.errors };
  if (!(await updateCapa(ctx.sql, nc, result.capa, at))) {
    return {
      ok: false,
      conflict: true,
      errors: [{ path: '$', message: 'someone else changed this CAPA meanwhile; reload it' }],
    };
  }
  await appendAudit(
    ctx.sql,
    { type: 'nonConformity', id: nc.id },
    actor,
    at,
    result.audit.map(({ action, field, before, after }) => ({ action, field, before, after })),
  );
  return { ok: true, nc: { ...nc, capa: result.capa, open: result.capa.step !== 'closed' } };
}

/** JQL's `key in (...)` takes the keys as a list; a search page answers at most 100 issues. */
const SEARCH_KEYS = 100;

/**
 * Reads whether each action's issue is done (resolved) with one JQL search `key in (...)` per
 * 100 actions, and records the changes as `actionStatus` by the app. Actions whose issue Jira
 * does not answer (deleted, or hidden from the app) keep their status.
 */
export async function syncActionStatuses(
  ctx: AppContext,
  ncs: readonly NonConformity[],
): Promise<NonConformity[]> {
  const keys = [...new Set(ncs.flatMap((nc) => nc.capa.actions.map((a) => a.issueKey)))];
  const done = new Map<string, boolean>();
  for (const batch of chunks(keys, SEARCH_KEYS)) {
    // The keys passed the domain's issue key pattern, so they need no quoting.
    const jql = `key in (${batch.join(', ')})`;
    for await (const issue of ctx.jira.search({ jql, fields: ['resolution'] })) {
      done.set(issue.key, Boolean((issue.fields as { resolution?: unknown }).resolution));
    }
  }
  const synced: NonConformity[] = [];
  for (let nc of ncs) {
    for (const action of nc.capa.actions) {
      const now = done.get(action.issueKey);
      if (now === undefined || now === action.done) continue;
      const change = await changeCapa(
        ctx,
        nc,
        { type: 'actionStatus', issueKey: action.issueKey, done: now },
        'app',
      );
      if (change.ok) nc = change.nc;
    }
    synced.push(nc);
  }
  return synced;
}
