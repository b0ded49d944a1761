/** A meeting's date, attendees (one a line) and minutes, as typed. */
export interface MeetingBasics {
  heldOn: string;
  attendees: string;
  minutes: string;
}

export const EMPTY_MEETING_BASICS: MeetingBasics = { heldOn: '', attendees: '', minutes: '' };

/** What the resolvers take (recordCustomerMeeting, correctCustomerMeeting): attendees a list. */
export function meetingBasicsPayload(fields: MeetingBasics) {
  return {
    heldOn: fields.heldOn,
    attendees: fields.attendees
      .split('\n')
      .map((a) => a.trim())
      .filter((a) => a !== ''),
    minutes: fields.minutes,
  };
}

/**
 * The date, attendees and minutes inputs of recording a meeting and of correcting one; the
 * correction's labels start with "Corrected".
 */
export function MeetingBasicsFields({
  value,
  onChange,
  corrected = false,
}: {
  value: MeetingBasics;
  onChange: (next: MeetingBasics) => void;
  corrected?: boolean;
}) {
  const set = (change: Partial<MeetingBasics>) => onChange({ ...value, ...change });
  return (
    <>
      <label>
        {corrected ? 'Corrected date' : 'Meeting date'}
        <input type="date" value={value.heldOn} onChange={(e) => set({ heldOn: e.target.value })} />
      </label>
      <label>
        {corrected ? 'Corrected attendees (one a line)' : 'Attendees (one a line)'}
        <textarea value={value.attendees} onChange={(e) => set({ attendees: e.target.value })} />
      </label>
      <label>
        {corrected ? 'Corrected minutes' : 'Minutes'}
        <textarea value={value.minutes} onChange={(e) => set({ minutes: e.target.value })} />
      </label>
    </>
  );
}
