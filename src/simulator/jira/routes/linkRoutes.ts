/**
 * `POST /issueLink`. A link `{ type: Blocks, inwardIssue: A, outwardIssue: B }` reads "A blocks
 * B": A's `issuelinks` show `outwardIssue: B`, B's show `inwardIssue: A`. Both issues get a
 * `Link` changelog item (and so an update event); a `comment` goes on the outward issue, as
 * the OpenAPI description says. A link that already exists is not made twice.
 */
import { API } from '../catalog';
import { recordUpdate } from '../changelog';
import { addComment } from '../comments';
import { issueNotFound, JiraHttpError } from '../errors';
import { objectBody } from '../params';
import { canBrowseIssue, requireAgent } from '../permissions';
import type { IssueRecord } from '../state';
import { created, type Route, type RouteContext } from './route';

function linkedIssue(ctx: RouteContext, ref: unknown): IssueRecord {
  const { id, key } = (ref ?? {}) as { id?: unknown; key?: unknown };
  const idOrKey = typeof id === 'string' || typeof id === 'number' ? String(id) : key;
  const issue = typeof idOrKey === 'string' ? ctx.jira.issue(idOrKey) : undefined;
  if (!issue || !canBrowseIssue(ctx.actor, issue)) throw issueNotFound();
  return issue;
}

export const linkRoutes: Route[] = [
  {
    method: 'POST',
    path: `${API}/issueLink`,
    handler: (ctx) => {
      const { jira, actor } = ctx;
      requireAgent(actor);
      const body = objectBody(ctx.body);
      const { id: typeId, name: typeName } = (body.type ?? {}) as { id?: unknown; name?: unknown };
      const type = jira.linkTypes.find(
        (t) =>
          (typeId !== undefined && t.id === String(typeId)) ||
          (typeof typeName === 'string' && t.name.toLowerCase() === typeName.toLowerCase()),
      );
      if (!type) {
        throw new JiraHttpError(404, [
          `No issue link type with name '${String(typeName ?? typeId)}' found.`,
        ]);
      }
      const inward = linkedIssue(ctx, body.inwardIssue);
      const outward = linkedIssue(ctx, body.outwardIssue);
      const exists = [...jira.links.values()].some(
        (l) =>
          l.typeId === type.id && l.inwardIssueId === inward.id && l.outwardIssueId === outward.id,
      );
      if (!exists) {
        const id = jira.nextId('link');
        jira.links.set(id, {
          id,
          typeId: type.id,
          inwardIssueId: inward.id,
          outwardIssueId: outward.id,
        });
        const linkItem = (other: IssueRecord, verb: string) => ({
          field: 'Link',
          fieldtype: 'jira',
          fieldId: 'issuelinks',
          from: null,
          fromString: null,
          to: other.key,
          toString: `This issue ${verb} ${other.key}`,
        });
        recordUpdate(jira, inward, actor, [linkItem(outward, type.outward)]);
        recordUpdate(jira, outward, actor, [linkItem(inward, type.inward)]);
      }
      if (body.comment !== undefined) addComment(jira, outward, actor, body.comment);
      return created();
    },
  },
];
