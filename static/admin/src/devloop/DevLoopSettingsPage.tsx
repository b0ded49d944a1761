import { useEffect, useState, type ReactNode } from 'react';
import type {
  DevLoopSettings,
  DevLoopWordings,
} from '../../../../src/domain/devloop/devLoopSettings';
import type { DevLoopSettingsView } from '../../../../src/resolvers/devLoopSettingsViews';
import { call, ResolverCallError } from '../../../shared/api';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { Spinner } from '../../../shared/components/Spinner';

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; view: DevLoopSettingsView };

type Notice = { kind: 'saved'; version: number } | { kind: 'error'; error: unknown };

type TextSetting = 'devProjectKey' | 'devIssueType' | 'linkType' | 'resolvedStatus' | 'resolution';

const WORDINGS: readonly { key: keyof DevLoopWordings; label: string }[] = [
  { key: 'handedOver', label: 'Handed over to development' },
  { key: 'devStatusChanged', label: 'Development status changed' },
  { key: 'fixedIn', label: 'Fixed in a version' },
  { key: 'readyToTest', label: 'Ready to test in an environment' },
];

/**
 * The admin page's Development tab: where cases are handed over (project, issue type, link
 * type), the customer-visible wordings with their placeholders, and how a fixed case closes.
 * Saved as a whole against the version it was loaded at; each refused field's message under it.
 */
export function DevLoopSettingsPage() {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [draft, setDraft] = useState<DevLoopSettings | null>(null);
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    call<DevLoopSettingsView>('getDevLoopSettings').then(
      (view) => {
        if (!current) return;
        setLoaded({ status: 'ready', view });
        setDraft(view.settings);
      },
      (error: unknown) => current && setLoaded({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);

  if (loaded.status === 'loading' || (loaded.status === 'ready' && !draft)) {
    return <Spinner label="Loading the development settings…" />;
  }
  if (loaded.status === 'failed') {
    return <ResolverErrorMessage error={loaded.error} what="the development settings" />;
  }
  const { view } = loaded;
  const settings = draft!;

  const change = (next: DevLoopSettings) => {
    setDraft(next);
    setNotice(null);
  };
  const setText = (key: TextSetting, value: string) =>
    change({
      ...settings,
      // An empty project key or resolution means none.
      [key]: (key === 'devProjectKey' || key === 'resolution') && value === '' ? null : value,
    });

  const save = async () => {
    setSaving(true);
    setNotice(null);
    try {
      const saved = await call<{ settings: DevLoopSettings; version: number }>(
        'saveDevLoopSettings',
        { settings, baseVersion: view.version },
      );
      setLoaded({
        status: 'ready',
        view: { ...view, settings: saved.settings, version: saved.version },
      });
      setDraft(saved.settings);
      setErrors(new Map());
      setNotice({ kind: 'saved', version: saved.version });
    } catch (error) {
      const listed = error instanceof ResolverCallError ? (error.failure.errors ?? []) : [];
      setErrors(new Map(listed.map((e) => [e.path, e.message])));
      setNotice({ kind: 'error', error });
    } finally {
      setSaving(false);
    }
  };

  const text = (key: TextSetting, label: string, hint?: ReactNode) => (
    <Field
      id={`devloop-${key}`}
      label={label}
      hint={hint}
      error={errors.get(`$.settings.${key}`)}
      value={settings[key] ?? ''}
      onChange={(value) => setText(key, value)}
    />
  );

  return (
    <section className="devloop-settings" aria-labelledby="devloop-heading">
      <h2 id="devloop-heading">Development</h2>
      <p className="subtle">
        Where agents hand cases over to development, what the customer is told on the way, and how a
        case closes once its environment runs the fix.
        {view.version !== null
          ? ` Version ${view.version}.`
          : ' Not saved yet: the defaults apply.'}
      </p>

      <fieldset className="fieldset">
        <legend>Hand-over</legend>
        {text(
          'devProjectKey',
          'Development project key',
          'Empty: only existing issues can be linked.',
        )}
        {text('devIssueType', 'Development issue type')}
        {text('linkType', 'Issue link type', 'As Jira names it, e.g. Relates.')}
      </fieldset>

      <fieldset className="fieldset">
        <legend>Customer-visible comments</legend>
        <p className="field__hint">
          Placeholders: {view.placeholders.map((p) => `{${p}}`).join(', ')}
        </p>
        {WORDINGS.map(({ key, label }) => (
          <Field
            key={key}
            id={`devloop-wordings-${key}`}
            label={label}
            multiline
            error={errors.get(`$.settings.wordings.${key}`)}
            value={settings.wordings[key]}
            onChange={(value) =>
              change({ ...settings, wordings: { ...settings.wordings, [key]: value } })
            }
          />
        ))}
      </fieldset>

      <fieldset className="fieldset">
        <legend>Closing a fixed case</legend>
        {text('resolvedStatus', 'Resolved status')}
        {text('resolution', 'Resolution', 'Empty: the workflow sets it.')}
      </fieldset>

      {errors.get('$.settings') && (
        <SectionMessage appearance="error" title="Not saved">
          <p>{errors.get('$.settings')}</p>
        </SectionMessage>
      )}
      {notice?.kind === 'saved' && (
        <SectionMessage appearance="success" title="Saved">
          <p>Development settings saved as version {notice.version}.</p>
        </SectionMessage>
      )}
      {notice?.kind === 'error' && (
        <ResolverErrorMessage error={notice.error} what="the development settings" />
      )}
      <div>
        <button
          type="button"
          className="button button--primary"
          disabled={saving}
          onClick={() => void save()}
        >
          {saving ? 'Saving…' : 'Save development settings'}
        </button>
      </div>
    </section>
  );
}

function Field({
  id,
  label,
  hint,
  error,
  value,
  multiline = false,
  onChange,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error: string | undefined;
  value: string;
  multiline?: boolean;
  onChange: (value: string) => void;
}) {
  const common = {
    id,
    className: 'input',
    value,
    'aria-invalid': error !== undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint && <p className="field__hint">{hint}</p>}
      {error && (
        <div className="field-error" id={`${id}-error`}>
          <p>{error}</p>
        </div>
      )}
    </div>
  );
}
