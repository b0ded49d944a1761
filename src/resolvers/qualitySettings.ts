/**
 * The admin page's Quality tab: the quality settings (flag rules, reasons, recurrence, where
 * follow-ups and non-conformities go, team leads, Survicate attributes, JSM CSAT). Jira
 * administrators only. A save is validated field by field (`validateQualitySettings`), then the
 * projects and issue types it names are looked up in Jira as the app, which is who creates the
 * issues (`GET /rest/api/3/project/{projectIdOrKey}`, its `issueTypes`:
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-get).
 */
import { DEFAULT_QUALITY_SETTINGS, type QualitySettings } from '../domain/quality/qualitySettings';
import {
  QUALITY_SETTINGS_LIMITS,
  validateQualitySettings,
} from '../domain/quality/qualitySettingsValidation';
import { FOLLOW_UP_OUTCOMES } from '../domain/quality/followUpRecord';
import { loadSavedQualitySettings, saveQualitySettings } from '../storage/qualitySettings';
import { projectIssueTypeErrors, type ProjectIssueType } from './projectIssueTypeErrors';
import { requireAdmin, resolver, type ResolverDefinitions } from './resolverKit';
import type { QualitySettingsView } from './qualityViews';
import { saveSettingsRequest } from './settingsSave';

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
      const calendars = ((await ctx.contracts.model())?.contract.calendars ?? []).map((c) => c.id);
      return saveSettingsRequest(payload, call, ctx, {
        name: 'quality settings',
        validate: (settings) => validateQualitySettings(settings, calendars),
        jiraErrors: (settings) => projectIssueTypeErrors(ctx.jira, projectsNamed(settings)),
        save: saveQualitySettings,
      });
    },
  ),
};

/** The follow-up and non-conformity projects must exist for the app, with the issue type named. */
const projectsNamed = (settings: QualitySettings): ProjectIssueType[] =>
  (['followUp', 'nonConformity'] as const).flatMap((part) => {
    const { projectKey, issueType } = settings[part];
    return projectKey === null
      ? []
      : [
          {
            projectKey,
            issueType,
            projectPath: `$.settings.${part}.projectKey`,
            issueTypePath: `$.settings.${part}.issueType`,
          },
        ];
  });
