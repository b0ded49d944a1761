/**
 * The annual review's schedule on the Management review tab: in which month the daily job asks
 * the quality owner for the review (never issues it), in which project. Read by staff, saved by
 * Jira administrators as a new version (a stale save is refused, `settingsSave.ts`).
 */
import {
  DEFAULT_REVIEW_SCHEDULE,
  validateReviewSchedule,
  type ReviewScheduleSettings,
} from '../domain/review/reviewSchedule';
import {
  loadSavedReviewSchedule,
  saveReviewSchedule,
} from '../storage/review/reviewScheduleSettings';
import type { ReviewScheduleView } from './managementReviewViews';
import { projectIssueTypeErrors } from './projectIssueTypeErrors';
import { requireQualityEditor, requireQualityReader } from './qualityPageAccess';
import { invalid, payloadObject, resolver, type ResolverDefinitions } from './resolverKit';
import { userNames } from './userNames';
import { saveSettingsRequest, settingsView } from './settingsSave';

export const managementReviewScheduleResolvers: ResolverDefinitions = {
  /** The schedule in force with its version (null before the first save); no payload. */
  getManagementReviewSchedule: resolver(
    async (payload, _call, ctx): Promise<ReviewScheduleView> => {
      const input = payloadObject(payload);
      await requireQualityReader(ctx);
      const extra = Object.keys(input);
      if (extra.length > 0)
        throw invalid(
          extra.map((key) => ({ path: `$.${key}`, message: 'is not a field of the request' })),
        );
      const view = settingsView(await loadSavedReviewSchedule(ctx.store), DEFAULT_REVIEW_SCHEDULE);
      return { ...view, names: await userNames(ctx, [view.savedBy, view.settings.owner]) };
    },
  ),

  /** Payload `{ settings: ReviewScheduleSettings, baseVersion }`; Jira checks the project and type. */
  saveManagementReviewSchedule: resolver(async (payload, call, ctx) => {
    await requireQualityReader(ctx);
    await requireQualityEditor(ctx, 'change the management review schedule');
    return saveSettingsRequest<ReviewScheduleSettings>(payload, call, ctx, {
      name: 'management review schedule',
      validate: (value) => validateReviewSchedule(value),
      jiraErrors: (settings) =>
        settings.projectKey === null
          ? Promise.resolve([])
          : projectIssueTypeErrors(ctx.jira, [
              {
                projectKey: settings.projectKey,
                issueType: settings.issueType,
                projectPath: '$.settings.projectKey',
                issueTypePath: '$.settings.issueType',
              },
            ]),
      save: saveReviewSchedule,
    });
  }),
};
