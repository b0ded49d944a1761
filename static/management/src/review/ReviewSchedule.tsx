import { useEffect, useState } from 'react';
import type {
  ReviewScheduleSettings,
  ReviewScheduleView,
} from '../../../../src/resolvers/managementReviewViews';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { ActionIssueFields } from '../../../shared/components/ActionIssueFields';
import { SaveBar } from '../../../shared/components/SaveBar';
import { useVersionedSave } from '../../../shared/useVersionedSave';
import { FormField } from '../../../reports/src/FormField';
import { formFieldInput } from '../actionIssueInput';
import { MONTH_NAMES } from '../../../shared/format';
import { useResolver } from '../../../reports/src/useResolver';
import { personName } from '../../../shared/format';

const NO_PAYLOAD = {};

const describe = (s: ReviewScheduleSettings, names: Readonly<Record<string, string>>) =>
  s.month === null
    ? 'No month is set: nobody is reminded of the annual review.'
    : `In ${MONTH_NAMES[s.month - 1]} (${s.timeZone}) the daily job asks ${s.owner === null ? 'nobody in particular' : personName(names, s.owner)} for the review of the 12 months before with a ${s.issueType} in ${s.projectKey}. It never issues the review.`;

/**
 * When the annual review falls due: the month in which the daily job asks the quality owner for
 * it with a Jira issue. Administrators change it; everyone reads it.
 */
export function ReviewSchedule({ canEdit }: { readonly canEdit: boolean }) {
  const loaded = useResolver<ReviewScheduleView>('getManagementReviewSchedule', NO_PAYLOAD);
  const [draft, setDraft] = useState<ReviewScheduleSettings>();
  const {
    saving,
    outcome,
    save: saveVersion,
    clear,
  } = useVersionedSave<ReviewScheduleSettings>('saveManagementReviewSchedule');
  useEffect(() => {
    if (loaded.data) setDraft(loaded.data.settings);
  }, [loaded.data]);

  if (loaded.error !== null)
    return <ResolverErrorMessage error={loaded.error} what="the review schedule" />;
  if (!loaded.data || !draft) return null;
  const change = (patch: Partial<ReviewScheduleSettings>) => {
    clear();
    setDraft({ ...draft, ...patch });
  };

  async function save() {
    const result = await saveVersion(draft!, loaded.data?.version ?? null);
    if ('saved' in result) loaded.reload();
  }

  return (
    <section aria-labelledby="review-schedule" className="review__schedule">
      <h3 id="review-schedule">Annual review</h3>
      <p className="review__facts">{describe(loaded.data.settings, loaded.data.names)}</p>
      {canEdit && (
        <form
          className="review__period"
          aria-label="Annual review schedule"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <FormField label="Month">
            {(id) => (
              <select
                id={id}
                value={draft.month ?? ''}
                onChange={(e) =>
                  change({ month: e.target.value === '' ? null : Number(e.target.value) })
                }
              >
                <option value="">No reminder</option>
                {MONTH_NAMES.map((name, i) => (
                  <option key={name} value={i + 1}>
                    {name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label="Time zone">
            {(id) => (
              <input
                id={id}
                value={draft.timeZone}
                onChange={(e) => change({ timeZone: e.target.value })}
              />
            )}
          </FormField>
          <ActionIssueFields
            value={draft}
            onChange={(next) => change(next)}
            labels={{ projectKey: 'Project', issueType: 'Issue type' }}
            renderInput={formFieldInput(false)}
          />
          <FormField label="Quality owner (account id)">
            {(id) => (
              <input
                id={id}
                value={draft.owner ?? ''}
                onChange={(e) => change({ owner: e.target.value.trim() || null })}
              />
            )}
          </FormField>
          <SaveBar
            outcome={outcome}
            what="the schedule"
            saving={saving}
            saveLabel="Save the schedule"
            savedTitle="Schedule saved"
            savedText={() => describe(draft, loaded.data?.names ?? {})}
          />
        </form>
      )}
    </section>
  );
}
