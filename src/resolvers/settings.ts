import { formatInstant } from '../domain/instant';
import type { ValidationError } from '../domain/validation';
import { isTeamField } from '../jira/teamField';
import type { JiraField } from '../jira/types';
import { DEFAULT_SETTINGS, type AppSettings } from '../storage/appSettings';
import { loadSavedSettings, saveSettings } from '../storage/settings';
import {
  invalid,
  payloadObject,
  requireAdmin,
  resolver,
  type ResolverDefinitions,
} from './resolverKit';
import { staleSaveError, storing } from './saveRefusals';
import type { SettingsSaved, SettingsView } from './views';

/** The app's own SLA field: Forge addresses it as `<app id>__<environment>__sla-time-left`. */
const isAppSlaField = (field: JiraField) => field.key.endsWith('__sla-time-left');

const MAPPED = ['customer', 'environment', 'product'] as const;

/** Checks settings from the screen against the site's fields; every problem with its path. */
export function settingsErrors(input: unknown, fields: readonly JiraField[]): ValidationError[] {
  const settings = (input ?? {}) as { fields?: Record<string, unknown>; timeLeftField?: unknown };
  const errors: ValidationError[] = [];
  const custom = new Set(fields.filter((f) => f.custom).map((f) => f.id));
  const appFields = new Set(fields.filter(isAppSlaField).map((f) => f.id));
  const teamFields = new Set(fields.filter(isTeamField).map((f) => f.id));
  // Which mapping took a field first: one field cannot say two things about an issue.
  const mappedAs = new Map<string, string>();
  for (const name of MAPPED) {
    const path = `$.settings.fields.${name}`;
    const id = settings.fields?.[name];
    if (typeof id !== 'string' || id === '') {
      errors.push({ path, message: `choose the field that holds the issue's ${name}` });
    } else if (!custom.has(id)) {
      errors.push({ path, message: `"${id}" is not a custom field of this site` });
    } else if (appFields.has(id)) {
      errors.push({
        path,
        message: `"${id}" is the app's own SLA field, which the app writes: choose the field that holds the issue's ${name}`,
      });
    } else if (teamFields.has(id)) {
      errors.push({
        path,
        message: `"${id}" is the Team field, which holds a team: choose the field that holds the issue's ${name}`,
      });
    } else if (mappedAs.has(id)) {
      errors.push({
        path,
        message: `"${id}" is already the ${mappedAs.get(id)} field: each needs its own field`,
      });
    } else {
      mappedAs.set(id, name);
    }
  }
  errors.push(...teamFieldErrors(settings.fields?.team, fields));
  const slaField = settings.timeLeftField;
  if (slaField !== undefined && slaField !== null && slaField !== '') {
    if (
      typeof slaField !== 'string' ||
      !fields.some((f) => f.key === slaField && isAppSlaField(f))
    ) {
      errors.push({ path: '$.settings.timeLeftField', message: "must be the app's own SLA field" });
    }
  }
  return errors;
}

/** The team field is optional; when named, it must be a Team field (Atlassian Teams) of the site. */
function teamFieldErrors(id: unknown, fields: readonly JiraField[]): ValidationError[] {
  const path = '$.settings.fields.team';
  if (id === undefined || id === null || id === '') return [];
  if (typeof id !== 'string') {
    return [{ path, message: "must be the id of the site's Team field, or left out" }];
  }
  const field = fields.find((f) => f.custom && f.id === id);
  if (!field) return [{ path, message: `"${id}" is not a custom field of this site` }];
  if (!isTeamField(field)) {
    return [
      {
        path,
        message: `"${id}" (${field.name}) is not a Team field: choose the field of the Team type (Atlassian Teams)`,
      },
    ];
  }
  return [];
}

/**
 * The admin page's settings: which Jira fields name an issue's customer, environment and
 * product, the Team field the reports group by, and the app's SLA field. Jira administrators
 * only; validated against the site's fields, so a mapping to a field that does not exist is
 * never saved.
 */
export const settingsResolvers: ResolverDefinitions = {
  getSettings: resolver(async (_payload, _call, ctx): Promise<SettingsView> => {
    await requireAdmin(ctx);
    const [saved, fields] = await Promise.all([loadSavedSettings(ctx.store), ctx.jira.fields()]);
    return {
      settings: saved?.settings ?? DEFAULT_SETTINGS,
      version: saved?.version ?? null,
      customFields: fields
        .filter((f) => f.custom && !isAppSlaField(f) && !isTeamField(f))
        .map((f) => ({ id: f.id, name: f.name })),
      teamFields: fields.filter(isTeamField).map((f) => ({ id: f.id, name: f.name })),
      slaFields: fields.filter(isAppSlaField).map((f) => ({ key: f.key, name: f.name })),
    };
  }),

  saveSettings: resolver(async (payload, call, ctx): Promise<SettingsSaved> => {
    await requireAdmin(ctx);
    const { settings, baseVersion = null } = payloadObject(payload);
    const errors = settingsErrors(settings, await ctx.jira.fields());
    if (baseVersion !== null && !Number.isSafeInteger(baseVersion)) {
      errors.push({
        path: '$.baseVersion',
        message: 'must be the version the settings were loaded at, or null',
      });
    }
    if (errors.length > 0) throw invalid(errors);
    const input = settings as {
      fields: Record<(typeof MAPPED)[number], string> & { team?: string | null };
      timeLeftField?: string | null;
    };
    const next: AppSettings = {
      fields: {
        customer: input.fields.customer,
        environment: input.fields.environment,
        product: input.fields.product,
        ...(input.fields.team && { team: input.fields.team }),
      },
      ...(input.timeLeftField && { timeLeftField: input.timeLeftField }),
    };
    const result = await storing('settings', () =>
      saveSettings(ctx.store, next, {
        savedBy: call.accountId,
        savedAt: formatInstant(ctx.now()),
        baseVersion: baseVersion as number | null,
      }),
    );
    if (!result.saved) throw staleSaveError('settings', result.conflict);
    return { settings: result.version.settings, version: result.version.version };
  }),
};
