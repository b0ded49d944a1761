import type { Contract } from '../../../../src/domain/contract/types';
import type { SimulationResult } from '../../../../src/resolvers/views';
import { formatBusinessTime } from '../../../shared/format';
import { Lozenge } from '../../../shared/components/Lozenge';
import { formatDeadline } from './dateTime';

const STATE_LABEL: Record<string, string> = {
  notStarted: 'not started',
  running: 'running',
  paused: 'paused',
  met: 'met',
  missed: 'missed',
};

/** The goals a simulated issue gets: target, calendar and deadline in the browser's zone. */
export function SimulationResults({
  result,
  draft,
  timeZone,
}: {
  result: SimulationResult;
  draft: Contract;
  timeZone: string;
}) {
  if (result.goals.length === 0) {
    return (
      <p className="empty-state">
        No goal applies: the agreement has no obligation for this issue type with a target for this
        priority.
      </p>
    );
  }
  const calendarName = (id: string) => draft.calendars.find((c) => c.id === id)?.name || id;
  return (
    <table className="data-table">
      <caption className="table-caption">Deadlines in {timeZone}</caption>
      <thead>
        <tr>
          <th scope="col">Goal</th>
          <th scope="col">Target (business time)</th>
          <th scope="col">Calendar</th>
          <th scope="col">State</th>
          <th scope="col">Deadline ({timeZone})</th>
        </tr>
      </thead>
      <tbody>
        {result.goals.map((g, i) => (
          <tr key={`${g.goal}-${i}`}>
            <th scope="row">{g.name}</th>
            <td>{formatBusinessTime(g.targetMs)}</td>
            <td>{calendarName(g.calendar)}</td>
            <td>
              <Lozenge
                appearance={
                  g.state === 'missed' ? 'removed' : g.state === 'met' ? 'success' : 'inprogress'
                }
              >
                {STATE_LABEL[g.state] ?? g.state}
              </Lozenge>
            </td>
            <td>
              {g.deadline ? (
                <time dateTime={g.deadline}>{formatDeadline(g.deadline, timeZone)}</time>
              ) : (
                '—'
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
