import { useEffect, useState } from 'react';
import type {
  ReviewScheduleSettings,
  ReviewScheduleView,
} from '../../../../src/resolvers/managementReviewViews';
import { call } from '../../../shared/api';
import { Button } from '../../../shared/components/Button';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { FormField } from '../../../reports/src/FormField';
import { useResolver } from '../../../reports/src/useResolver';

const NO_PAYLOAD = {};
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const describe = (s: ReviewScheduleSettings) =>
  s.month === null
    ? 'No month is set: nobody is reminded of the annual review.'
    : `In ${MONTHS[s.month - 1]} (${s.timeZone}) the daily job asks ${s.owner ?? 'nobody in particular'} for the review of the 12 months before with a ${s.issueType} in ${s.projectKey}. It never issues the review.`;

/**
 * When the annual review falls due: the month in which the daily job asks the quality owner for
 * it with a Jira issue. Administrators change it; everyone reads it.
 */
export function ReviewSchedule({ canEdit }: { readonly canEdit: boolean }) {
  const loaded = useResolver<ReviewScheduleView>('getManagementReviewSchedule', NO_PAYLOAD);
  const [draft, setDraft] = useState<ReviewScheduleSettings>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => {
    if (loaded.data) setDraft(loaded.data.settings);
  }, [loaded.data]);

  if (loaded.error !== null)
    return <ResolverErrorMessage error={loaded.error} what="the review schedule" />;
  if (!loaded.data || !draft) return null;
  const change = (patch: Partial<ReviewScheduleSettings>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };

  async function save() {
    setSaving(true);
    setFailure(undefined);
    try {
      await call('saveManagementReviewSchedule', {
        settings: draft,
        baseVersion: loaded.data?.version ?? null,
      });
      setSaved(true);
      loaded.reload();
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="review-schedule" className="review__schedule">
      <h3 id="review-schedule">Annual review</h3>
      <p className="review__facts">{describe(loaded.data.settings)}</p>
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
                {MONTHS.map((name, i) => (
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
          <FormField label="Project">
            {(id) => (
              <input
                id={id}
                value={draft.projectKey ?? ''}
                onChange={(e) => change({ projectKey: e.target.value.trim() || null })}
              />
            )}
          </FormField>
          <FormField label="Issue type">
            {(id) => (
              <input
                id={id}
                value={draft.issueType}
                onChange={(e) => change({ issueType: e.target.value })}
              />
            )}
          </FormField>
          <FormField label="Quality owner (account id)">
            {(id) => (
              <input
                id={id}
                value={draft.owner ?? ''}
                onChange={(e) => change({ owner: e.target.value.trim() || null })}
              />
            )}
          </FormField>
          <Button type="submit" disabled={saving}>
            Save the schedule
          </Button>
        </form>
      )}
      {saved && (
        <SectionMessage appearance="success" title="Schedule saved">
          <p>{describe(draft)}</p>
        </SectionMessage>
      )}
      {failure !== undefined && <ResolverErrorMessage error={failure} what="the schedule" />}
    </section>
  );
}
