import type { ValidationError } from '../domain/validation';
import { addAction, createAction } from '../services/quality/capaActions';
import { changeCapa, syncActionStatuses, type CapaChange } from '../services/quality/capaChanges';
import { capaView } from '../services/quality/capaView';
import type { CapaPanelData } from './capaViews';

export type { CapaPanelData };
import { nonConformityOfIssue, type NonConformity } from '../storage/quality/nonConformities';
import { isQualityOwner, requireQualityOwner } from './capaAccess';
import { readPanelCommand } from './capaPayload';
import {
  invalid,
  payloadObject,
  requireIssueAccess,
  resolver,
  ResolverError,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';

const ISSUE_KEY = /^[A-Z][A-Z0-9_]+-\d+$/;

/** Reads `{ issueKey, ...allowed }`, refusing any other field. */
function readRequest(
  payload: unknown,
  allowed: readonly string[],
): Record<string, unknown> & { issueKey: string } {
  const input = payloadObject(payload);
  const errors: ValidationError[] = [];
  for (const name of Object.keys(input)) {
    if (name !== 'issueKey' && !allowed.includes(name)) {
      errors.push({ path: `$.${name}`, message: 'is not a field of the request' });
    }
  }
  if (typeof input.issueKey !== 'string' || !ISSUE_KEY.test(input.issueKey)) {
    errors.push({ path: '$.issueKey', message: 'must be an issue key such as QM-12' });
  }
  if (errors.length > 0) throw invalid(errors);
  return input as Record<string, unknown> & { issueKey: string };
}

async function loadNonConformity(
  ctx: ResolverContext,
  issueKey: string,
): Promise<(NonConformity & { issueKey: string }) | undefined> {
  const nc = await nonConformityOfIssue(ctx.sql, issueKey);
  return nc as (NonConformity & { issueKey: string }) | undefined;
}

function answer(change: CapaChange): void {
  if (change.ok) return;
  if (change.conflict) throw new ResolverError('conflict', change.errors[0]!.message);
  throw invalid(change.errors.map((e) => ({ ...e, path: e.path.replace(/^\$/, '$.command') })));
}

/**
 * The CAPA panel's resolvers. Anyone who can see the issue may read its CAPA (Jira decides, as
 * the user); only quality owners (Jira administrators, `team-leads`) may change it. Every change
 * goes through `applyCapa` and is appended to the audit trail.
 */
export const capaPanelResolvers: ResolverDefinitions = {
  /** Payload `{ issueKey }`. Syncs the actions' statuses from Jira (one search) first. */
  getCapa: resolver(async (payload, _call, ctx): Promise<CapaPanelData> => {
    const { issueKey } = readRequest(payload, []);
    await requireIssueAccess(ctx, issueKey);
    const nc = await loadNonConformity(ctx, issueKey);
    if (!nc) return { nonConformity: false };
    const [synced] = nc.capa.actions.some((a) => !a.done)
      ? await syncActionStatuses(ctx, [nc])
      : [nc];
    return {
      nonConformity: true,
      ...(await capaView(ctx, synced as typeof nc, await isQualityOwner(ctx))),
    };
  }),

  /** Payload `{ issueKey, command }` (`PanelCommand`); answers the panel's data after the change. */
  applyCapaCommand: resolver(async (payload, call, ctx): Promise<CapaPanelData> => {
    const request = readRequest(payload, ['command']);
    const read = readPanelCommand(request.command);
    if ('errors' in read) throw invalid(read.errors);
    await requireIssueAccess(ctx, request.issueKey);
    await requireQualityOwner(ctx, 'change a CAPA');
    const nc = await loadNonConformity(ctx, request.issueKey);
    if (!nc) throw new ResolverError('notFound', `${request.issueKey} is not a non-conformity.`);
    const { command } = read;
    const actor = call.accountId;
    if (command.type === 'createAction') {
      answer(await createAction(ctx, nc, command.action, actor));
    } else if (command.type === 'addAction') {
      await requireIssueAccess(ctx, command.action.issueKey).catch(() => {
        throw invalid([
          { path: '$.command.action.issueKey', message: 'does not exist or you cannot see it' },
        ]);
      });
      answer(await addAction(ctx, nc, command.action, actor));
    } else {
      answer(await changeCapa(ctx, nc, command, actor));
    }
    const changed = (await loadNonConformity(ctx, request.issueKey))!;
    return { nonConformity: true, ...(await capaView(ctx, changed, true)) };
  }),
};
