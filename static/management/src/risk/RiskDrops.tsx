import type { RiskScoresView } from '../../../../src/resolvers/riskViews';
import { IssueLink } from '../../../shared/components/IssueLink';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { personName } from '../../../shared/format';

/** The drops in the months shown, each with its owner's action plan (or why it is not there yet). */
export function RiskDrops({ view }: { view: RiskScoresView }) {
  if (view.drops.length === 0) return null;
  const name = (id: string) => view.trend.areas.find((a) => a.id === id)?.name ?? id;
  const owner = (id: string) => view.trend.areas.find((a) => a.id === id)?.owner ?? null;
  return (
    <SectionMessage appearance="warning" title="Scores that dropped">
      <ul className="risk-drops">
        {view.drops.map((d) => (
          <li key={`${d.areaId}:${d.month}`}>
            {name(d.areaId)} in {d.month}: {d.from} → {d.to}
            {owner(d.areaId) !== null &&
              ` (owner ${personName(view.names, owner(d.areaId)!)})`}.{' '}
            {d.issueKey ? (
              <>
                Action plan <IssueLink issueKey={d.issueKey} />
              </>
            ) : d.refused ? (
              <>Jira refused the action plan ({d.refused}); the daily run tries again.</>
            ) : (
              <>The action plan is being raised.</>
            )}
          </li>
        ))}
      </ul>
    </SectionMessage>
  );
}
