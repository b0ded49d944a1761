import { formatInstant } from '../domain/instant';
import type { ValidationError } from '../domain/validation';
import type { KeyValueStore } from '../storage/keyValueStore';
import type { SaveRequest, SettingsSave } from '../storage/versionedSettings';
import { invalid, payloadObject, type ResolverCall, type ResolverContext } from './resolverKit';
import { staleSaveError, storing } from './saveRefusals';

export { settingsView, type SettingsView } from './settingsView';

/** What differs between the admin page's versioned settings: their name, checks and store. */
export interface SettingsSaveSpec<T> {
  /** As messages name them, e.g. "quality settings". */
  readonly name: string;
  /** The field-by-field check, with paths from `$` (the settings). */
  readonly validate: (
    settings: unknown,
  ) =>
    | { readonly ok: true; readonly settings: T }
    | { readonly ok: false; readonly errors: readonly ValidationError[] };
  /** What Jira must have for the settings to work (projects, issue types…), paths from `$.settings`. */
  readonly jiraErrors: (settings: T) => Promise<ValidationError[]>;
  readonly save: (
    store: KeyValueStore,
    settings: T,
    request: SaveRequest,
  ) => Promise<SettingsSave<T>>;
}

/**
 * Saves a payload `{ settings, baseVersion }` of versioned settings (the caller has checked the
 * permission): every wrong field of the request and the settings at once, with its path; then
 * what Jira must have; then the save as the version after `baseVersion`, refused when another
 * admin saved meanwhile. Nothing is stored unless everything holds.
 */
export async function saveSettingsRequest<T>(
  payload: unknown,
  call: ResolverCall,
  ctx: ResolverContext,
  spec: SettingsSaveSpec<T>,
): Promise<{ settings: T; version: number }> {
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
  const checked = spec.validate(settings);
  if (!checked.ok) {
    errors.push(
      ...checked.errors.map((e) => ({ ...e, path: e.path.replace(/^\$/, '$.settings') })),
    );
  }
  if (errors.length > 0 || !checked.ok) throw invalid(errors);
  const jiraErrors = await spec.jiraErrors(checked.settings);
  if (jiraErrors.length > 0) throw invalid(jiraErrors);
  const result = await storing(spec.name, () =>
    spec.save(ctx.store, checked.settings, {
      savedBy: call.accountId,
      savedAt: formatInstant(ctx.now()),
      baseVersion: baseVersion as number | null,
    }),
  );
  if (!result.saved) throw staleSaveError(spec.name, result.conflict);
  return { settings: result.version.settings, version: result.version.version };
}
