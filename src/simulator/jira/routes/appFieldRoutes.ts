/**
 * `PUT /app/field/{fieldIdOrKey}/value`: the app writes values of a custom field it owns on
 * several issues at once (`{ updates: [{ issueIds, value }] }`). Only the app may call it
 * (403 for users) and only for its own fields. With `generateChangelog` (the default) each
 * changed issue gets a changelog entry and an update event.
 */
import { API } from '../catalog';
import { recordUpdate } from '../changelog';
import { fieldErrors, JiraHttpError } from '../errors';
import { customFieldChange, customFieldInput, FieldRejection } from '../fieldEdits';
import { boolParam, objectBody } from '../params';
import type { IssueRecord } from '../state';
import { noContent, param, type Route } from './route';

export const appFieldRoutes: Route[] = [
  {
    method: 'PUT',
    path: `${API}/app/field/{fieldIdOrKey}/value`,
    handler: (ctx) => {
      const { jira, actor } = ctx;
      const ref = param(ctx, 'fieldIdOrKey');
      const field = jira.customField(ref);
      if (!field) throw new JiraHttpError(404, [`The custom field '${ref}' was not found.`]);
      if (!actor.isApp || !field.ownedByApp) {
        throw new JiraHttpError(403, [
          'Only the app that provided the field can update its values.',
        ]);
      }
      const body = objectBody(ctx.body);
      const updates = body.updates;
      if (!Array.isArray(updates)) throw new JiraHttpError(400, ['updates must be a list.']);
      const planned: { issue: IssueRecord; raw: unknown }[] = [];
      for (const update of updates) {
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
        for (const id of issueIds) {
          const issue = jira.issues.get(String(id));
          if (!issue)
            throw new JiraHttpError(400, [`Issue with id '${String(id)}' does not exist.`]);
          planned.push({ issue, raw });
        }
      }
      const withChangelog = boolParam(ctx.query.generateChangelog, true);
      for (const { issue, raw } of planned) {
        const items = customFieldChange(jira, issue, field, raw);
        if (withChangelog) recordUpdate(jira, issue, actor, items);
      }
      return noContent();
    },
  },
];
