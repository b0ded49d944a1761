import { useState, type FormEvent } from 'react';
import type { MeetingView } from '../../../../src/resolvers/relationshipViews';
import { call } from '../../../shared/api';
import { Button } from '../../../shared/components/Button';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';

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
  const [heldOn, setHeldOn] = useState(meeting.heldOn);
  const [attendees, setAttendees] = useState(meeting.attendees.join('\n'));
  const [minutes, setMinutes] = useState(meeting.minutes);
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
        meeting: {
          heldOn,
          attendees: attendees
            .split('\n')
            .map((a) => a.trim())
            .filter((a) => a !== ''),
          minutes,
        },
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
        <label>
          Corrected date
          <input type="date" value={heldOn} onChange={(e) => setHeldOn(e.target.value)} />
        </label>
        <label>
          Corrected attendees (one a line)
          <textarea value={attendees} onChange={(e) => setAttendees(e.target.value)} />
        </label>
        <label>
          Corrected minutes
          <textarea value={minutes} onChange={(e) => setMinutes(e.target.value)} />
        </label>
        {error !== null && <ResolverErrorMessage error={error} what="the correction" />}
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save correction'}
        </Button>
      </form>
    </details>
  );
}
