/**
 * Checks development loop settings from the admin screen before they are saved: every wrong
 * field is named by its JSON path. Pure: whether the project, issue type and link type exist in
 * Jira is checked by the resolver.
 */
import { capErrors, isRecord, jsonType, type ValidationError } from '../validation';
import type { DevLoopSettings, DevLoopWordings } from './devLoopSettings';
import { TEMPLATE_PLACEHOLDERS, unknownPlaceholders } from './devLoopTemplate';

export const DEV_LOOP_SETTINGS_LIMITS = {
  name: 255,
  /** A comment is short: Jira takes far more, a customer reads far less. */
  wording: 2_000,
} as const;

/** A Jira project key: an uppercase letter, then uppercase letters, digits or `_`. */
const PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,9}$/;
const TOP_LEVEL = [
  'devProjectKey',
  'devIssueType',
  'linkType',
  'wordings',
  'resolvedStatus',
  'resolution',
];
const WORDINGS: readonly (keyof DevLoopWordings)[] = [
  'handedOver',
  'devStatusChanged',
  'fixedIn',
  'readyToTest',
];

export type DevLoopSettingsCheck =
  | { readonly ok: true; readonly settings: DevLoopSettings }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** Validates `input` as `DevLoopSettings`: the settings trimmed and rebuilt, or every problem. */
export function validateDevLoopSettings(input: unknown): DevLoopSettingsCheck {
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ path: '$', message: `must be an object, not ${jsonType(input)}` }],
    };
  }
  const errors: ValidationError[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL.includes(key)) fail(`$.${key}`, 'is not a setting');
  }
  const text = (value: unknown, path: string, max: number): string => {
    if (typeof value !== 'string') {
      fail(path, `must be text, not ${jsonType(value)}`);
      return '';
    }
    const trimmed = value.trim();
    if (trimmed === '') fail(path, 'is required');
    else if (trimmed.length > max) fail(path, `must be at most ${max} characters`);
    return trimmed;
  };
  const optional = (value: unknown, path: string, max: number): string | null =>
    value === null || value === undefined || value === '' ? null : text(value, path, max);

  const devProjectKey = optional(input.devProjectKey, '$.devProjectKey', 10);
  if (devProjectKey && !PROJECT_KEY.test(devProjectKey)) {
    fail('$.devProjectKey', 'must be a Jira project key such as DEV');
  }
  const wordingsInput = isRecord(input.wordings) ? input.wordings : {};
  if (!isRecord(input.wordings)) {
    fail('$.wordings', `must be an object, not ${jsonType(input.wordings)}`);
  } else {
    for (const key of Object.keys(wordingsInput)) {
      if (!(WORDINGS as readonly string[]).includes(key)) {
        fail(`$.wordings.${key}`, 'is not a wording');
      }
    }
  }
  const wordings = Object.fromEntries(
    WORDINGS.map((name) => {
      const path = `$.wordings.${name}`;
      const wording = text(wordingsInput[name], path, DEV_LOOP_SETTINGS_LIMITS.wording);
      const unknown = unknownPlaceholders(wording);
      if (unknown.length > 0) {
        fail(
          path,
          `uses {${unknown.join('}, {')}}: the placeholders are ` +
            TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(', '),
        );
      }
      return [name, wording];
    }),
  ) as unknown as DevLoopWordings;

  const settings: DevLoopSettings = {
    devProjectKey,
    devIssueType: text(input.devIssueType, '$.devIssueType', DEV_LOOP_SETTINGS_LIMITS.name),
    linkType: text(input.linkType, '$.linkType', DEV_LOOP_SETTINGS_LIMITS.name),
    wordings,
    resolvedStatus: text(input.resolvedStatus, '$.resolvedStatus', DEV_LOOP_SETTINGS_LIMITS.name),
    resolution: optional(input.resolution, '$.resolution', DEV_LOOP_SETTINGS_LIMITS.name),
  };
  return errors.length > 0 ? { ok: false, errors: capErrors(errors) } : { ok: true, settings };
}
