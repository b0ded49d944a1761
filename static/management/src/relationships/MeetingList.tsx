import type { MeetingView } from '../../../../src/resolvers/relationshipViews';
import { IssueLink } from '../../../shared/components/IssueLink';
import { Lozenge } from '../../../shared/components/Lozenge';
import { MeetingCorrectionForm } from './MeetingCorrectionForm';

/** A customer's meetings: date, attendees, minutes, and each agreed action with its issue's status. */
export function MeetingList({
  meetings,
  canEdit,
  onChanged,
}: {
  meetings: readonly MeetingView[];
  canEdit: boolean;
  onChanged: () => void;
}) {
  if (meetings.length === 0) return <p>No meetings recorded.</p>;
  return (
    <ul className="relationships-meetings" aria-label="Meetings">
      {meetings.map((m) => (
        <li key={m.meetingId}>
          <article aria-label={`Meeting on ${m.heldOn}`}>
            <h5>
              {m.heldOn}: {m.attendees.join(', ')}
            </h5>
            <p className="relationships__minutes">{m.minutes}</p>
            <p className="relationships__note">
              {m.revision > 1 ? `Corrected (revision ${m.revision})` : 'Recorded'} by {m.recordedBy}{' '}
              at {m.recordedAt}
            </p>
            {canEdit && <MeetingCorrectionForm meeting={m} onCorrected={onChanged} />}
            {m.actions.length > 0 && (
              <table
                className="relationships-table"
                aria-label={`Actions of the meeting on ${m.heldOn}`}
              >
                <thead>
                  <tr>
                    <th scope="col">Action</th>
                    <th scope="col">Issue</th>
                    <th scope="col">Owner</th>
                    <th scope="col">Due</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {m.actions.map((a) => (
                    <tr key={a.position}>
                      <td>{a.summary ?? 'Existing issue'}</td>
                      <td>{a.issueKey ? <IssueLink issueKey={a.issueKey} /> : 'Being created'}</td>
                      <td>{a.status?.assignee ?? a.owner ?? '–'}</td>
                      <td>{a.status?.dueDate ?? a.dueDate ?? '–'}</td>
                      <td>
                        {a.status === null ? (
                          <Lozenge>Unknown</Lozenge>
                        ) : (
                          <Lozenge appearance={a.status.done ? 'success' : 'inprogress'}>
                            {a.status.status}
                          </Lozenge>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
