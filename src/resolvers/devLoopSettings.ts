/**
 * The admin page's Development section: where hand-overs go (project, issue type, link type),
 * the customer-visible wordings and how a fixed case is closed. Jira administrators only. A save
 * is validated field by field (`validateDevLoopSettings`), then the project, its issue type and
 * the link type are looked up in Jira as the app, which creates and links the issues:
 * `GET /rest/api/3/project/{projectIdOrKey}` (its `issueTypes`,
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-get)
 * and `GET /rest/api/3/issueLinkType`
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-link-types/#api-rest-api-3-issuelinktype-get).
 */
import { DEFAULT_DEV_LOOP_SETTINGS, type DevLoopSettings } from '../domain/devloop/devLoopSettings';
import {
  DEV_LOOP_SETTINGS_LIMITS,
  validateDevLoopSettings,
} from '../domain/devloop/devLoopSettingsValidation';
import { TEMPLATE_PLACEHOLDERS } from '../domain/devloop/devLoopTemplate';
import type { ValidationError } from '../domain/validation';
import type { JiraClient } from '../jira/jiraClient';
import { loadSavedDevLoopSettings, saveDevLoopSettings } from '../storage/devloop/devLoopSettings';
import { projectIssueTypeErrors } from './projectIssueTypeErrors';
import { requireAdmin, resolver, type ResolverDefinitions } from './resolverKit';
import { saveSettingsRequest } from './settingsSave';
import type { DevLoopSettingsView } from './devLoopSettingsViews';

export type { DevLoopSettingsView };

const what = 'see and change the development settings';

export const devLoopSettingsResolvers: ResolverDefinitions = {
  getDevLoopSettings: resolver(async (_payload, _call, ctx): Promise<DevLoopSettingsView> => {
    await requireAdmin(ctx, what);
    const saved = await loadSavedDevLoopSettings(ctx.store);
    return {
      settings: saved?.settings ?? DEFAULT_DEV_LOOP_SETTINGS,
      version: saved?.version ?? null,
      placeholders: TEMPLATE_PLACEHOLDERS,
      limits: DEV_LOOP_SETTINGS_LIMITS,
    };
  }),

  /** Payload `{ settings: DevLoopSettings, baseVersion: number | null }`. */
  saveDevLoopSettings: resolver(
    async (payload, call, ctx): Promise<{ settings: DevLoopSettings; version: number }> => {
      await requireAdmin(ctx, what);
      return saveSettingsRequest(payload, call, ctx, {
        name: 'development settings',
        validate: validateDevLoopSettings,
        jiraErrors: (settings) => jiraErrorsOf(ctx.jira, settings),
        save: saveDevLoopSettings,
      });
    },
  ),
};

/** The development project must exist for the app with the issue type; the link type too. */
async function jiraErrorsOf(
  jira: JiraClient,
  settings: DevLoopSettings,
): Promise<ValidationError[]> {
  const errors =
    settings.devProjectKey === null
      ? []
      : await projectIssueTypeErrors(jira, [
          {
            projectKey: settings.devProjectKey,
            issueType: settings.devIssueType,
            projectPath: '$.settings.devProjectKey',
            issueTypePath: '$.settings.devIssueType',
          },
        ]);
  const linkTypes = await jira.call('issueLinkTypes', {});
  const linkNames = (
    (linkTypes.body as { issueLinkTypes?: { name: string }[] }).issueLinkTypes ?? []
  ).map((t) => t.name);
  if (!linkNames.includes(settings.linkType)) {
    errors.push({
      path: '$.settings.linkType',
      message: `Jira has no issue link type "${settings.linkType}"; it has ${linkNames.join(', ')}`,
    });
  }
  return errors;
}
