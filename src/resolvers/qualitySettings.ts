/**
 * The admin page's Quality tab: the quality settings (flag rules, reasons, recurrence, where
 * follow-ups and non-conformities go, team leads, Survicate attributes, JSM CSAT). Jira
 * administrators only. A save is validated field by field (`validateQualitySettings`), then the
 * projects and issue types it names are looked up in Jira as the app, which is who creates the
 * issues (`GET /rest/api/3/project/{projectIdOrKey}`, its `issueTypes`:
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-get).
 */
import { formatInstant } from '../domain/instant';
import { DEFAULT_QUALITY_SETTINGS, type QualitySettings } from '../domain/quality/qualitySettings';
import {
  QUALITY_SETTINGS_LIMITS,
  validateQualitySettings,
} from '../domain/quality/qualitySettingsValidation';
import { FOLLOW_UP_OUTCOMES } from '../domain/quality/followUpRecord';
import type { ValidationError } from '../domain/validation';
import type { JiraClient } from '../jira/jiraClient';
import { loadSavedQualitySettings, saveQualitySettings } from '../storage/qualitySettings';
import {
  invalid,
  payloadObject,
  requireAdmin,
  resolver,
  type ResolverDefinitions,
} from './resolverKit';
import type { QualitySettingsView } from './qualityViews';
import { staleSaveError, storing } from './saveRefusals';

const what = 'see and change the quality settings';

export const qualitySettingsResolvers: ResolverDefinitions = {
  getQualitySettings: resolver(async (_payload, _call, ctx): Promise<QualitySettingsView> => {
    await requireAdmin(ctx, what);
    const [saved, model] = await Promise.all([
      loadSavedQualitySettings(ctx.store),
      ctx.contracts.model(),
    ]);
    return {
      settings: saved?.settings ?? DEFAULT_QUALITY_SETTINGS,
      version: saved?.version ?? null,
      calendars: (model?.contract.calendars ?? []).map((c) => ({ id: c.id, name: c.name ?? c.id })),
      outcomes: FOLLOW_UP_OUTCOMES,
      limits: QUALITY_SETTINGS_LIMITS,
    };
  }),

  /** Payload `{ settings: QualitySettings, baseVersion: number | null }`. */
  saveQualitySettings: resolver(
    async (payload, call, ctx): Promise<{ settings: QualitySettings; version: number }> => {
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
      const model = await ctx.contracts.model();
      const checked = validateQualitySettings(
        settings,
        (model?.contract.calendars ?? []).map((c) => c.id),
      );
      if (!checked.ok) {
        errors.push(
          ...checked.errors.map((e) => ({ ...e, path: e.path.replace(/^\$/, '$.settings') })),
        );
      }
      if (errors.length > 0) throw invalid(errors);
      const valid = (checked as { settings: QualitySettings }).settings;
      const jiraErrors = await projectErrors(ctx.jira, valid);
      if (jiraErrors.length > 0) throw invalid(jiraErrors);
      const result = await storing('quality settings', () =>
        saveQualitySettings(ctx.store, valid, {
          savedBy: call.accountId,
          savedAt: formatInstant(ctx.now()),
          baseVersion: baseVersion as number | null,
        }),
      );
      if (!result.saved) throw staleSaveError('quality settings', result.conflict);
      return { settings: result.version.settings, version: result.version.version };
    },
  ),
};

/**
 * The follow-up and non-conformity projects must exist for the app, with the issue type named;
 * each project is read once (two settings may name the same one).
 */
async function projectErrors(
  jira: JiraClient,
  settings: QualitySettings,
): Promise<ValidationError[]> {
  const targets = [
    { path: '$.settings.followUp', ...settings.followUp },
    { path: '$.settings.nonConformity', ...settings.nonConformity },
  ].filter((t): t is typeof t & { projectKey: string } => t.projectKey !== null);
  const types = new Map<string, Promise<string[] | null>>();
  const issueTypesOf = (key: string) => {
    let found = types.get(key);
    if (!found) {
      found = jira
        .call('getProject', { projectIdOrKey: key }, { allow404: true })
        .then((response) =>
          response.status === 404
            ? null
            : ((response.body as { issueTypes?: { name: string }[] }).issueTypes ?? []).map(
                (t) => t.name,
              ),
        );
      types.set(key, found);
    }
    return found;
  };
  const errors: ValidationError[] = [];
  for (const target of targets) {
    const names = await issueTypesOf(target.projectKey);
    if (names === null) {
      errors.push({
        path: `${target.path}.projectKey`,
        message: `project ${target.projectKey} does not exist, or the app cannot see it`,
      });
    } else if (!names.includes(target.issueType)) {
      errors.push({
        path: `${target.path}.issueType`,
        message: `${target.projectKey} has no issue type "${target.issueType}"; it has ${names.join(', ') || 'none'}`,
      });
    }
  }
  return errors;
}
