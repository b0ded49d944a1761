import { useEffect, useRef } from 'react';
import type { WorkListRow as Row } from '../../../src/resolvers/views';
import { IssueLink } from '../../shared/components/IssueLink';
import { instantText, timeLeftText } from './rowText';
import { TierLozenge } from './TierLozenge';

/** One issue of the work list. `focus` moves the keyboard focus to its key. */
export function WorkListRow({
  row,
  timeZone,
  now,
  focus = false,
}: {
  row: Row;
  timeZone: string;
  now: number;
  focus?: boolean;
}) {
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (focus) link.current?.focus();
  }, [focus]);
  const overdue = row.nextAction !== null && Date.parse(row.nextAction.due) < now;
  return (
    <tr className={`work-row work-row--${row.tier}`}>
      <td>
        <TierLozenge tier={row.tier} />
      </td>
      <th scope="row" className="work-row__key">
        <IssueLink ref={link} issueKey={row.key} />
      </th>
      <td className="work-row__summary">{row.summary}</td>
      <td>{row.customer?.name ?? <span className="work-row__none">None</span>}</td>
      <td>
        {row.priority ? (
          <span title={`${row.priority.model} · Jira priority ${row.jiraPriority}`}>
            <span className="work-row__priority">{row.priority.name}</span>
            <span className="work-row__aside">rank {row.priority.rank}</span>
          </span>
        ) : (
          row.jiraPriority
        )}
      </td>
      <td>
        {row.nextAction ? (
          <>
            {row.nextAction.action}
            <span className={`work-row__aside${overdue ? ' work-row__aside--danger' : ''}`}>
              {overdue ? 'was due ' : 'due '}
              <time dateTime={row.nextAction.due}>{instantText(row.nextAction.due, timeZone)}</time>
            </span>
          </>
        ) : (
          <span className="work-row__none">Nothing running</span>
        )}
      </td>
      <td>
        <span className={row.urgent?.breached ? 'work-row__danger' : undefined}>
          {timeLeftText(row.urgent)}
        </span>
        {row.urgent && <span className="work-row__aside">{row.urgent.name}</span>}
      </td>
      <td>{row.status}</td>
      <td>{row.assignee ?? <span className="work-row__none">Unassigned</span>}</td>
    </tr>
  );
}
