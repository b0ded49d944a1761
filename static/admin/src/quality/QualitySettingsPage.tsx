import { useEffect, useMemo, useState } from 'react';
import type { QualitySettings } from '../../../../src/domain/quality/qualitySettings';
import type { QualitySettingsView } from '../../../../src/resolvers/qualityViews';
import { call, ResolverCallError } from '../../../shared/api';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { Spinner } from '../../../shared/components/Spinner';
import { withValue, type DraftPath } from './qualityDraft';
import {
  ListError,
  QualityCheckbox,
  QualityFormContext,
  QualityInput,
  QualitySelect,
} from './QualityFields';
import { SurvicateBox } from './SurvicateBox';

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; view: QualitySettingsView };

type Notice = { kind: 'saved'; version: number } | { kind: 'error'; error: unknown };

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
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const [draft, setDraft] = useState<QualitySettings | null>(null);
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (loaded.status !== 'loading') return undefined;
    let current = true;
    call<QualitySettingsView>('getQualitySettings').then(
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
  }, [loaded.status]);

  const form = useMemo(
    () => ({
      draft,
      errors,
      change(path: DraftPath, value: unknown) {
        setDraft((d) => withValue(d, path, value));
        setNotice(null);
      },
    }),
    [draft, errors],
  );

  if (loaded.status === 'loading' || (loaded.status === 'ready' && !draft)) {
    return <Spinner label="Loading the quality settings…" />;
  }
  if (loaded.status === 'failed') {
    return <ResolverErrorMessage error={loaded.error} what="the quality settings" />;
  }
  const { view } = loaded;
  const settings = draft!;

  const save = async () => {
    setSaving(true);
    setNotice(null);
    try {
      const saved = await call<{ settings: QualitySettings; version: number }>(
        'saveQualitySettings',
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
          <QualityInput
            path={['followUp', 'projectKey']}
            label="Follow-up project key"
            placeholder="QM"
            hint="Empty: no follow-up issues are created."
          />
          <QualityInput path={['followUp', 'issueType']} label="Follow-up issue type" />
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
          <QualityInput path={['nonConformity', 'projectKey']} label="Non-conformity project key" />
          <QualityInput path={['nonConformity', 'issueType']} label="Non-conformity issue type" />
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

        {notice?.kind === 'saved' && (
          <SectionMessage appearance="success" title="Saved">
            <p>Quality settings saved as version {notice.version}.</p>
          </SectionMessage>
        )}
        {notice?.kind === 'error' && (
          <ResolverErrorMessage error={notice.error} what="the quality settings" />
        )}
        <div className="form-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={saving}
            onClick={() => void save()}
          >
            {saving ? 'Saving…' : 'Save quality settings'}
          </button>
        </div>
      </section>
      <SurvicateBox />
    </QualityFormContext.Provider>
  );
}
