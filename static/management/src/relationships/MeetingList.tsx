import type { MeetingView } from '../../../../src/resolvers/relationshipViews';
import { IssueLink } from '../../../shared/components/IssueLink';
import { Lozenge } from '../../../shared/components/Lozenge';
import { PlainTable, type PlainColumn } from '../../../shared/components/PlainTable';
import { personName } from '../../../shared/format';
import { MeetingCorrectionForm } from './MeetingCorrectionForm';

type MeetingAction = MeetingView['actions'][number];
type Names = Readonly<Record<string, string>>;

const actionColumns = (names: Names): readonly PlainColumn<MeetingAction>[] => [
  { header: 'Action', cell: (a) => a.summary ?? 'Existing issue' },
  {
    header: 'Issue',
    cell: (a) => (a.issueKey ? <IssueLink issueKey={a.issueKey} /> : 'Being created'),
  },
  {
    header: 'Owner',
    cell: (a) => {
      const owner = a.status?.assignee ?? a.owner;
      return owner === null ? '–' : personName(names, owner);
    },
  },
  { header: 'Due', cell: (a) => a.status?.dueDate ?? a.dueDate ?? '–' },
  {
    header: 'Status',
    cell: (a) =>
      a.status === null ? (
        <Lozenge>Unknown</Lozenge>
      ) : (
        <Lozenge appearance={a.status.done ? 'success' : 'inprogress'}>{a.status.status}</Lozenge>
      ),
  },
];

/** A customer's meetings: date, attendees, minutes, and each agreed action with its issue's status. */
export function MeetingList({
  meetings,
  names = {},
  canEdit,
  onChanged,
}: {
  meetings: readonly MeetingView[];
  /** Display names by account id. */
  names?: Names;
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
              {m.revision > 1 ? `Corrected (revision ${m.revision})` : 'Recorded'} by{' '}
              {personName(names, m.recordedBy)} at {m.recordedAt}
            </p>
            {canEdit && <MeetingCorrectionForm meeting={m} onCorrected={onChanged} />}
            {m.actions.length > 0 && (
              <PlainTable
                className="relationships-table"
                label={`Actions of the meeting on ${m.heldOn}`}
                columns={actionColumns(names)}
                rows={m.actions}
                rowKey={(a) => a.position}
              />
            )}
          </article>
        </li>
      ))}
    </ul>
  );
}
