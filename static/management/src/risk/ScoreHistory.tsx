import type { RiskScoresView } from '../../../../src/resolvers/riskViews';

const when = (t: number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');

/**
 * Every score entered or computed in the months shown, newest first: who and when, and the
 * entries a later one corrected (the newest of an area's month is its score).
 */
export function ScoreHistory({ view }: { view: RiskScoresView }) {
  if (view.revisions.length === 0) return null;
  const name = (id: string) => view.trend.areas.find((a) => a.id === id)?.name ?? id;
  const newest = new Map<string, number>();
  for (const r of view.revisions) {
    const key = `${r.areaId}:${r.month}`;
    newest.set(key, Math.max(newest.get(key) ?? 0, r.revision));
  }
  const rows = [...view.revisions].sort(
    (a, b) => b.scoredAt - a.scoredAt || b.revision - a.revision,
  );
  return (
    <details className="risk-history">
      <summary>Score history ({rows.length} entries)</summary>
      <table className="risk-table" aria-label="Score history">
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Area</th>
            <th scope="col">Score</th>
            <th scope="col">Source</th>
            <th scope="col">By</th>
            <th scope="col">When (UTC)</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.areaId}:${r.month}:${r.revision}`}>
              <td>{r.month}</td>
              <td>{name(r.areaId)}</td>
              <td>
                {r.score}
                {newest.get(`${r.areaId}:${r.month}`) !== r.revision && ' (corrected)'}
              </td>
              <td>{r.source === 'entered' ? 'Entered' : 'From the register'}</td>
              <td>{r.scoredBy}</td>
              <td>{when(r.scoredAt)}</td>
              <td>{r.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
