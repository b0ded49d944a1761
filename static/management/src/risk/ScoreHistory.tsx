import type { RiskScoresView } from '../../../../src/resolvers/riskViews';
import { PlainTable, type PlainColumn } from '../../../shared/components/PlainTable';
import { personName } from '../../../shared/format';

type Revision = RiskScoresView['revisions'][number];

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
  const columns: readonly PlainColumn<Revision>[] = [
    { header: 'Month', cell: (r) => r.month },
    { header: 'Area', cell: (r) => name(r.areaId) },
    {
      header: 'Score',
      cell: (r) =>
        newest.get(`${r.areaId}:${r.month}`) === r.revision ? r.score : `${r.score} (corrected)`,
    },
    { header: 'Source', cell: (r) => (r.source === 'entered' ? 'Entered' : 'From the register') },
    { header: 'By', cell: (r) => personName(view.names, r.scoredBy) },
    { header: 'When (UTC)', cell: (r) => when(r.scoredAt) },
    { header: 'Note', cell: (r) => r.note ?? '' },
  ];
  return (
    <details className="risk-history">
      <summary>Score history ({rows.length} entries)</summary>
      <PlainTable
        className="risk-table"
        label="Score history"
        columns={columns}
        rows={rows}
        rowKey={(r) => `${r.areaId}:${r.month}:${r.revision}`}
      />
    </details>
  );
}
