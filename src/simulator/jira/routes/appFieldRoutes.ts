/**
 * The app writes values of custom fields it owns: `PUT /app/field/{fieldIdOrKey}/value` for one
 * field on several issues (`{ updates: [{ issueIds, value }] }`), `POST /app/field/value` for
 * several fields and issues at once (`{ updates: [{ customField, issueIds, value }] }`, each
 * field and issue at most once). Only the app may call them (403 for users) and only for its own
 * fields. With `generateChangelog` (the default) each changed issue gets a changelog entry and an
 * update event. Every value and issue is checked before anything is written.
 */
import { API } from '../catalog';
import { recordUpdate } from '../changelog';
import { fieldErrors, JiraHttpError } from '../errors';
import { customFieldChange, customFieldInput, FieldRejection } from '../fieldEdits';
import { boolParam, objectBody } from '../params';
import type { Actor, CustomFieldRecord, IssueRecord, JiraState } from '../state';
import { noContent, param, type Route, type RouteContext } from './route';

/** One field's new value on some issues, checked and ready to write. */
interface PlannedValue {
  readonly field: CustomFieldRecord;
  readonly issue: IssueRecord;
  readonly raw: unknown;
}

/** The app's own field by id or key, or Jira's 404 or 403. */
function ownField(jira: JiraState, actor: Actor, ref: string): CustomFieldRecord {
  const field = jira.customField(ref);
  if (!field) throw new JiraHttpError(404, [`The custom field '${ref}' was not found.`]);
  if (!actor.isApp || !field.ownedByApp) {
    throw new JiraHttpError(403, ['Only the app that provided the field can update its values.']);
  }
  return field;
}

/** Checks one update (`issueIds` and `value`) of a field; the values to write. */
function planned(jira: JiraState, field: CustomFieldRecord, update: unknown): PlannedValue[] {
  const { issueIds, value } = (update ?? {}) as { issueIds?: unknown; value?: unknown };
  if (!Array.isArray(issueIds) || value === undefined) {
    throw new JiraHttpError(400, ['Each update needs issueIds and a value.']);
  }
  let raw: unknown;
  try {
    raw = customFieldInput(jira, field, value);
  } catch (error) {
    if (error instanceof FieldRejection) throw fieldErrors({ [field.id]: error.message });
    throw error;
  }
  return issueIds.map((id) => {
    const issue = jira.issues.get(String(id));
    if (!issue) throw new JiraHttpError(400, [`Issue with id '${String(id)}' does not exist.`]);
    return { field, issue, raw };
  });
}

/** The `updates` list of a body, or Jira's 400. */
function updatesOf(ctx: RouteContext, members: readonly string[]): unknown[] {
  const body = objectBody(ctx.body);
  const unknown = Object.keys(body).find((k) => k !== 'updates');
  if (unknown) throw new JiraHttpError(400, [`Unrecognized field "${unknown}"`]);
  if (!Array.isArray(body.updates)) throw new JiraHttpError(400, ['updates must be a list.']);
  for (const update of body.updates) {
    const extra = Object.keys(objectBody(update)).find((k) => !members.includes(k));
    if (extra) throw new JiraHttpError(400, [`Unrecognized field "${extra}"`]);
  }
  return body.updates;
}

/** Writes checked values, with a changelog entry per changed issue unless told not to. */
function write(ctx: RouteContext, values: readonly PlannedValue[]) {
  const withChangelog = boolParam(ctx.query.generateChangelog, true);
  for (const { field, issue, raw } of values) {
    const items = customFieldChange(ctx.jira, issue, field, raw);
    if (withChangelog) recordUpdate(ctx.jira, issue, ctx.actor, items);
  }
  return noContent();
}

export const appFieldRoutes: Route[] = [
  {
    method: 'PUT',
    path: `${API}/app/field/{fieldIdOrKey}/value`,
    handler: (ctx) => {
      const field = ownField(ctx.jira, ctx.actor, param(ctx, 'fieldIdOrKey'));
      const updates = updatesOf(ctx, ['issueIds', 'value']);
      return write(
        ctx,
        updates.flatMap((update) => planned(ctx.jira, field, update)),
      );
    },
  },
  {
    method: 'POST',
    path: `${API}/app/field/value`,
    handler: (ctx) => {
      const updates = updatesOf(ctx, ['customField', 'issueIds', 'value']);
      const values = updates.flatMap((update) => {
        const ref = (update as { customField?: unknown }).customField;
        if (typeof ref !== 'string')
          throw new JiraHttpError(400, ['Each update needs its customField.']);
        return planned(ctx.jira, ownField(ctx.jira, ctx.actor, ref), update);
      });
      const pairs = new Set(values.map((v) => `${v.field.id}:${v.issue.id}`));
      if (pairs.size < values.length) {
        throw new JiraHttpError(400, [
          'Combinations of custom field and issue must be unique within the request.',
        ]);
      }
      return write(ctx, values);
    },
  },
];
