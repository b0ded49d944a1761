import { useState, type FormEvent } from 'react';
import type { MeetingView } from '../../../../src/resolvers/relationshipViews';
import { call } from '../../../shared/api';
import { Button } from '../../../shared/components/Button';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import {
  MeetingBasicsFields,
  meetingBasicsPayload,
  type MeetingBasics,
} from './MeetingBasicsFields';

/**
 * The admins' correction of a meeting's date, attendees and minutes: saved as the meeting's
 * next revision (the corrected record stays); the agreed actions are not changed.
 */
export function MeetingCorrectionForm({
  meeting,
  onCorrected,
}: {
  meeting: MeetingView;
  onCorrected: () => void;
}) {
  const [basics, setBasics] = useState<MeetingBasics>({
    heldOn: meeting.heldOn,
    attendees: meeting.attendees.join('\n'),
    minutes: meeting.minutes,
  });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await call('correctCustomerMeeting', {
        meetingId: meeting.meetingId,
        baseRevision: meeting.revision,
        meeting: meetingBasicsPayload(basics),
      });
      onCorrected();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <details>
      <summary>Correct this meeting</summary>
      <form
        className="relationships-form"
        onSubmit={submit}
        aria-label={`Correct the meeting on ${meeting.heldOn}`}
      >
        <MeetingBasicsFields corrected value={basics} onChange={setBasics} />
        {error !== null && <ResolverErrorMessage error={error} what="the correction" />}
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save correction'}
        </Button>
      </form>
    </details>
  );
}
