import type { JiraField } from '../jira/types';
import type { AppSettings } from '../storage/appSettings';
import { loadSettings, saveSettings } from '../storage/settings';
import type { ValidationError } from '../domain/validation';
import {
  invalid,
  payloadObject,
  requireAdmin,
  resolver,
  type ResolverDefinitions,
} from './resolverKit';
import type { SettingsView } from './views';

/** The app's own SLA field: Forge addresses it as `<app id>__<environment>__sla-time-left`. */
const isAppSlaField = (field: JiraField) => field.key.endsWith('__sla-time-left');

const MAPPED = ['customer', 'environment', 'product'] as const;

/** Checks settings from the screen against the site's fields; every problem with its path. */
export function settingsErrors(input: unknown, fields: readonly JiraField[]): ValidationError[] {
  const settings = (input ?? {}) as { fields?: Record<string, unknown>; timeLeftField?: unknown };
  const errors: ValidationError[] = [];
  const custom = new Set(fields.filter((f) => f.custom).map((f) => f.id));
  for (const name of MAPPED) {
    const id = settings.fields?.[name];
    if (typeof id !== 'string' || id === '') {
      errors.push({
        path: `$.settings.fields.${name}`,
        message: `choose the field that holds the issue's ${name}`,
      });
    } else if (!custom.has(id)) {
      errors.push({
        path: `$.settings.fields.${name}`,
        message: `"${id}" is not a custom field of this site`,
      });
    }
  }
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

/**
 * The admin page's settings: which Jira fields name an issue's customer, environment and
 * product, and the app's SLA field. Jira administrators only; validated against the site's
 * fields, so a mapping to a field that does not exist is never saved.
 */
export const settingsResolvers: ResolverDefinitions = {
  getSettings: resolver(async (_payload, _call, ctx): Promise<SettingsView> => {
    await requireAdmin(ctx);
    const [settings, fields] = await Promise.all([loadSettings(ctx.store), ctx.jira.fields()]);
    return {
      settings,
      customFields: fields
        .filter((f) => f.custom && !isAppSlaField(f))
        .map((f) => ({ id: f.id, name: f.name })),
      slaFields: fields.filter(isAppSlaField).map((f) => ({ key: f.key, name: f.name })),
    };
  }),

  saveSettings: resolver(async (payload, _call, ctx): Promise<AppSettings> => {
    await requireAdmin(ctx);
    const { settings } = payloadObject(payload);
    const errors = settingsErrors(settings, await ctx.jira.fields());
    if (errors.length > 0) throw invalid(errors);
    const input = settings as {
      fields: Record<(typeof MAPPED)[number], string>;
      timeLeftField?: string | null;
    };
    const saved: AppSettings = {
      fields: {
        customer: input.fields.customer,
        environment: input.fields.environment,
        product: input.fields.product,
      },
      ...(input.timeLeftField && { timeLeftField: input.timeLeftField }),
    };
    await saveSettings(ctx.store, saved);
    return saved;
  }),
};
