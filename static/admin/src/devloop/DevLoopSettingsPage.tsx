import type { ReactNode } from 'react';
import type {
  DevLoopSettings,
  DevLoopWordings,
} from '../../../../src/domain/devloop/devLoopSettings';
import type { DevLoopSettingsView } from '../../../../src/resolvers/devLoopSettingsViews';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { SaveBar } from '../../../shared/components/SaveBar';
import { Spinner } from '../../../shared/components/Spinner';
import { ActionIssueFields } from '../../../shared/components/ActionIssueFields';
import { SettingsInput, settingsInput } from '../components/SettingsField';
import { useVersionedSettings } from '../../../shared/useVersionedSettings';

type TextSetting = 'linkType' | 'resolvedStatus' | 'resolution';

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
  const page = useVersionedSettings<DevLoopSettingsView, 'settings'>(
    'getDevLoopSettings',
    'saveDevLoopSettings',
    'settings',
  );
  const { loaded, draft, errorsByPath: errors } = page;

  if (loaded.status === 'loading' || (loaded.status === 'ready' && !draft)) {
    return <Spinner label="Loading the development settings…" />;
  }
  if (loaded.status === 'failed') {
    return <ResolverErrorMessage error={loaded.error} what="the development settings" />;
  }
  const { view } = loaded;
  const settings = draft!;

  const change = (next: DevLoopSettings) => page.change(next);
  const setText = (key: TextSetting, value: string) =>
    change({
      ...settings,
      // An empty resolution means none.
      [key]: key === 'resolution' && value === '' ? null : value,
    });

  const text = (key: TextSetting, label: string, hint?: ReactNode) => (
    <SettingsInput
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
        <ActionIssueFields
          value={{ projectKey: settings.devProjectKey, issueType: settings.devIssueType }}
          onChange={(target) =>
            change({
              ...settings,
              devProjectKey: target.projectKey,
              devIssueType: target.issueType,
            })
          }
          labels={{ projectKey: 'Development project key', issueType: 'Development issue type' }}
          hints={{ projectKey: 'Empty: only existing issues can be linked.' }}
          errors={{
            projectKey: errors.get('$.settings.devProjectKey'),
            issueType: errors.get('$.settings.devIssueType'),
          }}
          renderInput={settingsInput('devloop')}
        />
        {text('linkType', 'Issue link type', 'As Jira names it, e.g. Relates.')}
      </fieldset>

      <fieldset className="fieldset">
        <legend>Customer-visible comments</legend>
        <p className="field__hint">
          Placeholders: {view.placeholders.map((p) => `{${p}}`).join(', ')}
        </p>
        {WORDINGS.map(({ key, label }) => (
          <SettingsInput
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
      <SaveBar
        outcome={page.outcome}
        what="the development settings"
        saving={page.saving}
        saveLabel="Save development settings"
        savedText={(version) => `Development settings saved as version ${version}.`}
        onSave={() => void page.save()}
      />
    </section>
  );
}
