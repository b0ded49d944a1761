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
import { formatInstant } from '../domain/instant';
import type { ValidationError } from '../domain/validation';
import type { JiraClient } from '../jira/jiraClient';
import { loadSavedDevLoopSettings, saveDevLoopSettings } from '../storage/devloop/devLoopSettings';
import {
  invalid,
  payloadObject,
  requireAdmin,
  resolver,
  type ResolverDefinitions,
} from './resolverKit';
import { staleSaveError, storing } from './saveRefusals';
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
      const { settings, baseVersion = null, ...extra } = payloadObject(payload);
      const errors: ValidationError[] = Object.keys(extra).map((name) => ({
        path: `$.${name}`,
        message: 'is not a field of the request',
      }));
      if (baseVersion !== null && !Number.isSafeInteger(baseVersion)) {
        errors.push({
          path: '$.baseVersion',
          message: 'must be the version the settings were loaded at, or null',
        });
      }
      const checked = validateDevLoopSettings(settings);
      if (!checked.ok) {
        errors.push(
          ...checked.errors.map((e) => ({ ...e, path: e.path.replace(/^\$/, '$.settings') })),
        );
      }
      if (errors.length > 0) throw invalid(errors);
      const valid = (checked as { settings: DevLoopSettings }).settings;
      const jiraErrors = await jiraErrorsOf(ctx.jira, valid);
      if (jiraErrors.length > 0) throw invalid(jiraErrors);
      const result = await storing('development settings', () =>
        saveDevLoopSettings(ctx.store, valid, {
          savedBy: call.accountId,
          savedAt: formatInstant(ctx.now()),
          baseVersion: baseVersion as number | null,
        }),
      );
      if (!result.saved) throw staleSaveError('development settings', result.conflict);
      return { settings: result.version.settings, version: result.version.version };
    },
  ),
};

/** The development project must exist for the app with the issue type; the link type too. */
async function jiraErrorsOf(
  jira: JiraClient,
  settings: DevLoopSettings,
): Promise<ValidationError[]> {
  const errors: ValidationError[] = [];
  if (settings.devProjectKey !== null) {
    const response = await jira.call(
      'getProject',
      { projectIdOrKey: settings.devProjectKey },
      { allow404: true },
    );
    if (response.status === 404) {
      errors.push({
        path: '$.settings.devProjectKey',
        message: `project ${settings.devProjectKey} does not exist, or the app cannot see it`,
      });
    } else {
      const names = ((response.body as { issueTypes?: { name: string }[] }).issueTypes ?? []).map(
        (t) => t.name,
      );
      if (!names.includes(settings.devIssueType)) {
        errors.push({
          path: '$.settings.devIssueType',
          message: `${settings.devProjectKey} has no issue type "${settings.devIssueType}"; it has ${names.join(', ') || 'none'}`,
        });
      }
    }
  }
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
