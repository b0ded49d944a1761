import { useMemo } from 'react';
import type { QualitySettingsView } from '../../../../src/resolvers/qualityViews';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SaveBar } from '../../../shared/components/SaveBar';
import { Spinner } from '../../../shared/components/Spinner';
import { useVersionedSettings } from '../../../shared/useVersionedSettings';
import { withValue, type DraftPath } from './qualityDraft';
import {
  ListError,
  QualityActionIssueFields,
  QualityCheckbox,
  QualityFormContext,
  QualityInput,
  QualitySelect,
} from './QualityFields';
import { SurvicateBox } from './SurvicateBox';

const LEAD_LISTS = [
  { key: 'byTeam', title: 'By team', match: 'Team' },
  { key: 'byComponent', title: 'By component', match: 'Component' },
  { key: 'byProject', title: 'By project', match: 'Project key' },
] as const;

/**
 * The admin page's Quality tab: the quality loop's settings, saved as a whole against the
 * version they were loaded at, each refused field's message under it; and the Survicate box.
 */
export function QualitySettingsPage() {
  const page = useVersionedSettings<QualitySettingsView, 'settings'>(
    'getQualitySettings',
    'saveQualitySettings',
    'settings',
  );
  const { loaded, draft, errorsByPath: errors, change } = page;

  const form = useMemo(
    () => ({
      draft,
      errors,
      change(path: DraftPath, value: unknown) {
        change((d) => withValue(d, path, value));
      },
    }),
    [draft, errors, change],
  );

  if (loaded.status === 'loading' || (loaded.status === 'ready' && !draft)) {
    return <Spinner label="Loading the quality settings…" />;
  }
  if (loaded.status === 'failed') {
    return <ResolverErrorMessage error={loaded.error} what="the quality settings" />;
  }
  const { view } = loaded;
  const settings = draft!;

  const rows = <K extends 'reasons'>(key: K) => settings.rules[key];
  const addRow = (path: DraftPath, list: readonly unknown[], row: unknown) =>
    form.change(path, [...list, row]);
  const removeRow = (path: DraftPath, list: readonly unknown[], index: number) =>
    form.change(
      path,
      list.filter((_, i) => i !== index),
    );

  return (
    <QualityFormContext.Provider value={form}>
      <section className="quality-settings" aria-labelledby="quality-heading">
        <h2 id="quality-heading">Quality</h2>
        <p className="subtle">
          How customer feedback is flagged, who follows it up and by when, and when repeated
          negative feedback becomes a non-conformity.
          {view.version !== null
            ? ` Version ${view.version}.`
            : ' Not saved yet: the defaults apply.'}
        </p>

        <fieldset className="fieldset">
          <legend>Flag feedback at or below</legend>
          <QualityInput
            path={['rules', 'flagAtOrBelow', 'csat']}
            label="CSAT (1–5)"
            type="number"
          />
          <QualityInput path={['rules', 'flagAtOrBelow', 'nps']} label="NPS (0–10)" type="number" />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Reasons customers can give</legend>
          <ListError path={['rules', 'reasons']} />
          {rows('reasons').map((_, i) => (
            <div className="form-row" key={i}>
              <QualityInput path={['rules', 'reasons', i, 'id']} label={`Reason ${i + 1} id`} />
              <QualityInput
                path={['rules', 'reasons', i, 'label']}
                label={`Reason ${i + 1} label`}
              />
              <QualityCheckbox
                path={['rules', 'reasons', i, 'negative']}
                label="Negative: flags the feedback"
              />
              <button
                type="button"
                className="button button--subtle"
                onClick={() => removeRow(['rules', 'reasons'], settings.rules.reasons, i)}
              >
                Remove reason {i + 1}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button--default"
            onClick={() =>
              addRow(['rules', 'reasons'], settings.rules.reasons, {
                id: '',
                label: '',
                negative: true,
              })
            }
          >
            Add reason
          </button>
        </fieldset>

        <fieldset className="fieldset">
          <legend>Recurrence: when negative feedback becomes a non-conformity</legend>
          <QualityInput
            path={['rules', 'recurrence', 'count']}
            label="At least this many"
            type="number"
          />
          <QualityInput
            path={['rules', 'recurrence', 'windowDays']}
            label="Within days"
            type="number"
          />
          <label>
            <input
              type="checkbox"
              checked={settings.rules.recurrence.rate !== null}
              onChange={(e) =>
                form.change(
                  ['rules', 'recurrence', 'rate'],
                  e.target.checked ? { baselineDays: 90, factor: 2 } : null,
                )
              }
            />{' '}
            Also compare with the rate before the window
          </label>
          {settings.rules.recurrence.rate && (
            <>
              <QualityInput
                path={['rules', 'recurrence', 'rate', 'baselineDays']}
                label="Baseline days"
                type="number"
              />
              <QualityInput
                path={['rules', 'recurrence', 'rate', 'factor']}
                label="Times the baseline rate"
                type="number"
              />
            </>
          )}
        </fieldset>

        <fieldset className="fieldset">
          <legend>Follow-up issues</legend>
          <QualityActionIssueFields
            path={['followUp']}
            labels={{ projectKey: 'Follow-up project key', issueType: 'Follow-up issue type' }}
            hints={{ projectKey: 'Empty: no follow-up issues are created.' }}
          />
          <QualityInput
            path={['followUp', 'dueIn']}
            label="Due after (business time)"
            hint="ISO 8601, e.g. PT8H; at most P30D."
          />
          <QualitySelect
            path={['followUp', 'calendar']}
            label="Measured in calendar"
            options={[
              { value: '', label: 'Around the clock (UTC)' },
              ...view.calendars.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Team leads</legend>
          <p className="field__hint">
            The case's team wins, then its component, then its project, then the fallback lead.
          </p>
          {LEAD_LISTS.map(({ key, title, match }) => (
            <div key={key}>
              <h3>{title}</h3>
              <ListError path={['leads', key]} />
              {settings.leads[key].map((_, i) => (
                <div className="form-row" key={i}>
                  <QualityInput path={['leads', key, i, 'match']} label={`${match} ${i + 1}`} />
                  <QualityInput
                    path={['leads', key, i, 'accountId']}
                    label={`Lead account id ${i + 1}`}
                  />
                  <button
                    type="button"
                    className="button button--subtle"
                    onClick={() => removeRow(['leads', key], settings.leads[key], i)}
                  >
                    Remove {title.toLowerCase()} {i + 1}
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="button button--default"
                onClick={() =>
                  addRow(['leads', key], settings.leads[key], { match: '', accountId: '' })
                }
              >
                Add lead {title.toLowerCase()}
              </button>
            </div>
          ))}
          <QualityInput
            path={['leads', 'fallback']}
            label="Fallback lead and quality owner (account id)"
            hint="Also told of every overdue follow-up."
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Non-conformities</legend>
          <QualityActionIssueFields
            path={['nonConformity']}
            labels={{
              projectKey: 'Non-conformity project key',
              issueType: 'Non-conformity issue type',
            }}
          />
        </fieldset>

        <fieldset className="fieldset">
          <legend>Feedback sources</legend>
          <QualityCheckbox
            path={['readJsmCsat']}
            label="Read Jira Service Management's CSAT ratings"
          />
          <QualityInput
            path={['survicate', 'issueKeyAttribute']}
            label="Survicate attribute with the issue key"
          />
          <QualityInput
            path={['survicate', 'customerAttribute']}
            label="Survicate attribute with the customer"
          />
        </fieldset>

        <SaveBar
          className="form-actions"
          outcome={page.outcome}
          what="the quality settings"
          saving={page.saving}
          saveLabel="Save quality settings"
          savedText={(version) => `Quality settings saved as version ${version}.`}
          onSave={() => void page.save()}
        />
      </section>
      <SurvicateBox />
    </QualityFormContext.Provider>
  );
}
