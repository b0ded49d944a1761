import { useEffect, useState, type ReactNode } from 'react';
import type { AppSettings } from '../../../../src/storage/appSettings';
import type { SettingsSaved, SettingsView } from '../../../../src/resolvers/views';
import { call, ResolverCallError } from '../../../shared/api';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { Spinner } from '../../../shared/components/Spinner';
import { SelectField } from '../components/fields/SelectField';
import { ErrorsProvider } from '../state/ErrorsContext';
import { rebaseErrors, type FieldError } from '../state/errorsByPath';
import { fieldId, toJsonPath, type Path } from '../state/paths';
import { useSessionState } from '../state/useSessionState';

/** The form's values; an empty `team` or `timeLeftField` is "Not set". */
interface Values {
  customer: string;
  environment: string;
  product: string;
  team: string;
  timeLeftField: string;
}

type Mapped = 'customer' | 'environment' | 'product';

const MAPPED: readonly { key: Mapped; label: string }[] = [
  { key: 'customer', label: 'Customer field' },
  { key: 'environment', label: 'Environment field' },
  { key: 'product', label: 'Product field' },
];

const ID_PREFIX = 'settings';

/** Paths of the form's fields, relative to `$.settings` as the resolver names them. */
const FIELD_PATHS: Record<keyof Values, Path> = {
  customer: ['fields', 'customer'],
  environment: ['fields', 'environment'],
  product: ['fields', 'product'],
  team: ['fields', 'team'],
  timeLeftField: ['timeLeftField'],
};
const PLACED = new Set(Object.values(FIELD_PATHS).map(toJsonPath));

const toValues = (settings: AppSettings): Values => ({
  customer: settings.fields.customer,
  environment: settings.fields.environment,
  product: settings.fields.product,
  team: settings.fields.team ?? '',
  timeLeftField: settings.timeLeftField ?? '',
});

const same = (a: Values, b: Values) =>
  a.customer === b.customer &&
  a.environment === b.environment &&
  a.product === b.product &&
  a.team === b.team &&
  a.timeLeftField === b.timeLeftField;

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; view: SettingsView; saved: Values };

type Notice =
  | { kind: 'saved' }
  | { kind: 'invalid'; placed: number; unplaced: readonly FieldError[] }
  /** Someone saved another version since these settings were loaded: the resolver says who. */
  | { kind: 'conflict'; text: string }
  | { kind: 'error'; text: string };

/**
 * The app's settings, apart from the contract and saved on their own: which Jira fields name an
 * issue's customer, environment and product, the Team field the reports group by, and the app's
 * SLA field. Loaded when the tab is
 * first opened; what is typed is kept while the page is open. A save names the version it was
 * loaded at, so it cannot overwrite settings another admin saved in the meantime.
 */
export function Settings() {
  const [loaded, setLoaded] = useSessionState<Loaded>('settings.loaded', { status: 'loading' });
  const [values, setValues] = useSessionState<Values | null>('settings.values', null);
  const [errors, setErrors] = useSessionState<readonly FieldError[]>('settings.errors', []);
  const [notice, setNotice] = useSessionState<Notice | null>('settings.notice', null);
  const [saving, setSaving] = useState(false);
  const [focusPath, setFocusPath] = useState<string | null>(null);

  const status = loaded.status;
  useEffect(() => {
    if (status !== 'loading') return undefined;
    let current = true;
    call<SettingsView>('getSettings').then(
      (view) => {
        if (!current) return;
        const saved = toValues(view.settings);
        setLoaded({ status: 'ready', view, saved });
        setValues(saved);
      },
      (error: unknown) => {
        if (current) setLoaded({ status: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [status, setLoaded, setValues]);

  // After an invalid answer: focus the first field it is about.
  useEffect(() => {
    if (!focusPath) return;
    document.getElementById(fieldId(focusPath, ID_PREFIX))?.focus();
    setFocusPath(null);
  }, [focusPath]);

  if (loaded.status === 'loading' || (loaded.status === 'ready' && !values)) {
    return (
      <SettingsSection>
        <Spinner label="Loading the settings…" />
      </SettingsSection>
    );
  }
  if (loaded.status === 'failed') {
    return (
      <SettingsSection>
        <ResolverErrorMessage error={loaded.error} what="the settings" />
        <div className="form-actions">
          <button
            type="button"
            className="button button--default"
            onClick={() => setLoaded({ status: 'loading' })}
          >
            Try again
          </button>
        </div>
      </SettingsSection>
    );
  }

  const { view, saved } = loaded;
  const form = values!;
  const dirty = !same(form, saved);

  const change = (key: keyof Values, value: string | undefined) => {
    setValues({ ...form, [key]: value ?? '' });
    const path = toJsonPath(FIELD_PATHS[key]);
    setErrors((list) => list.filter((e) => e.path !== path));
    if (notice?.kind === 'saved') setNotice(null);
  };

  const save = async () => {
    const sent = form;
    setSaving(true);
    setNotice(null);
    try {
      const result = await call<SettingsSaved>('saveSettings', {
        settings: {
          fields: {
            customer: sent.customer,
            environment: sent.environment,
            product: sent.product,
            ...(sent.team !== '' && { team: sent.team }),
          },
          timeLeftField: sent.timeLeftField === '' ? null : sent.timeLeftField,
        },
        baseVersion: view.version,
      });
      const now = toValues(result.settings);
      setLoaded({
        status: 'ready',
        view: { ...view, settings: result.settings, version: result.version },
        saved: now,
      });
      setValues(now);
      setErrors([]);
      setNotice({ kind: 'saved' });
    } catch (error) {
      const failure = error instanceof ResolverCallError ? error.failure : undefined;
      if (failure?.code === 'invalid') {
        const found = failure.errors ?? [{ path: '$', message: failure.message }];
        const rebased = rebaseErrors(found, '$.settings');
        setErrors(rebased);
        setNotice({
          kind: 'invalid',
          placed: rebased.filter((e) => PLACED.has(e.path)).length,
          unplaced: found.filter((_, i) => !PLACED.has(rebased[i]!.path)),
        });
        setFocusPath(rebased.find((e) => PLACED.has(e.path))?.path ?? null);
      } else if (failure?.code === 'conflict') {
        setNotice({ kind: 'conflict', text: failure.message });
      } else if (failure?.code === 'forbidden') {
        setNotice({ kind: 'error', text: 'Only Jira administrators can change the settings.' });
      } else {
        setNotice({ kind: 'error', text: `Not saved: ${(error as Error).message}` });
      }
    } finally {
      setSaving(false);
    }
  };

  const customOptions = view.customFields.map((f) => ({
    value: f.id,
    label: `${f.name} (${f.id})`,
  }));
  const teamOptions = view.teamFields.map((f) => ({ value: f.id, label: `${f.name} (${f.id})` }));
  const slaOptions = view.slaFields.map((f) => ({ value: f.key, label: `${f.name} (${f.key})` }));

  return (
    <SettingsSection>
      <ErrorsProvider errors={errors} idPrefix={ID_PREFIX}>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (dirty && !saving) void save();
          }}
        >
          <fieldset className="fieldset" aria-describedby="settings-mapping-description">
            <legend>Issue fields</legend>
            <p id="settings-mapping-description" className="field__hint">
              Which Jira fields say an issue's customer, environment and product.
            </p>
            {customOptions.length === 0 && (
              <p className="empty-state">This site has no custom fields to choose from.</p>
            )}
            {MAPPED.map(({ key, label }) => (
              <SelectField
                key={key}
                label={label}
                path={FIELD_PATHS[key]}
                value={form[key]}
                onChange={(v) => change(key, v)}
                options={customOptions}
                size="wide"
              />
            ))}
            <SelectField
              label="Team field"
              path={FIELD_PATHS.team}
              value={form.team}
              onChange={(v) => change('team', v)}
              options={teamOptions}
              emptyLabel="Not set"
              size="wide"
              hint={
                teamOptions.length === 0
                  ? 'This site has no Team field (Atlassian Teams): the reports show no teams.'
                  : "Jira's Team field (Atlassian Teams): the reports group by its team."
              }
            />
          </fieldset>
          <fieldset className="fieldset" aria-describedby="settings-sla-description">
            <legend>App field</legend>
            <p id="settings-sla-description" className="field__hint">
              The app's SLA field, shown in issue lists and boards.
            </p>
            <SelectField
              label="SLA field"
              path={FIELD_PATHS.timeLeftField}
              value={form.timeLeftField}
              onChange={(v) => change('timeLeftField', v)}
              options={slaOptions}
              emptyLabel="Not set"
              size="wide"
              hint={
                slaOptions.length === 0
                  ? "The app's SLA field is not on this site: the app may not be installed yet."
                  : undefined
              }
            />
          </fieldset>
          <div aria-live="polite">
            {notice?.kind === 'saved' && (
              <SectionMessage appearance="success">
                <p>Settings saved</p>
              </SectionMessage>
            )}
          </div>
          {notice?.kind === 'invalid' && (
            <SectionMessage appearance="error" title="Settings not saved">
              <p>
                {notice.placed > 0
                  ? 'Check the fields marked above.'
                  : 'The settings were not accepted.'}
              </p>
              {notice.unplaced.length > 0 && (
                <ul>
                  {notice.unplaced.map((e) => (
                    <li key={`${e.path}:${e.message}`}>
                      <code>{e.path}</code>: {e.message}
                    </li>
                  ))}
                </ul>
              )}
            </SectionMessage>
          )}
          {notice?.kind === 'conflict' && (
            <SectionMessage appearance="warning" title="Someone else saved the settings">
              <p>
                {notice.text} Your changes are not saved. Reload to see their settings, then make
                your changes again.
              </p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() => {
                    setNotice(null);
                    setErrors([]);
                    setLoaded({ status: 'loading' });
                  }}
                >
                  Reload
                </button>
              </div>
            </SectionMessage>
          )}
          {notice?.kind === 'error' && (
            <SectionMessage appearance="error" title="Settings not saved">
              <p>{notice.text}</p>
            </SectionMessage>
          )}
          <div className="form-actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={!dirty || saving}
              aria-describedby={saving ? 'settings-saving' : undefined}
            >
              Save settings
            </button>
            {saving && (
              <span id="settings-saving" className="subtle" role="status">
                Saving…
              </span>
            )}
          </div>
        </form>
      </ErrorsProvider>
    </SettingsSection>
  );
}

function SettingsSection({ children }: { children: ReactNode }) {
  return (
    <section aria-labelledby="settings-heading" className="settings">
      <h2 id="settings-heading" className="page-section__heading">
        Settings
      </h2>
      <p>
        How the app reads and shows issues in Jira. Saved on their own, apart from the contract.
      </p>
      {children}
    </section>
  );
}
