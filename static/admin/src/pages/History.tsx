import type { AdminConfig } from '../../../../src/resolvers/views';
import { Lozenge } from '../../../shared/components/Lozenge';
import { Recalculate } from '../runs/Recalculate';
import { runSummary } from '../runs/RunProgress';
import { ChangesList } from './ChangesList';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

const when = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

/**
 * The audit trail: every saved version, who saved it, when, and what it changed; and every
 * recalculation of closed issues, with the form that starts one.
 */
export function History({
  history,
  recalculations,
  version,
  onRecalculation,
}: {
  history: AdminConfig['history'];
  recalculations: AdminConfig['recalculations'];
  version: number | null;
  /** A recalculation started or finished: the history has news. */
  onRecalculation: () => void;
}) {
  const zone = browserZone();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="page-section__heading">
        History
      </h2>
      {history.length === 0 ? (
        <p className="empty-state">No version has been saved yet.</p>
      ) : (
        <table className="data-table">
          <caption className="table-caption">
            Saved versions, newest first. Times in {zone}.
          </caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Saved</th>
              <th scope="col">By</th>
              <th scope="col">Changes</th>
            </tr>
          </thead>
          <tbody>
            {history.map((v, i) => (
              <tr key={v.version}>
                <th scope="row">
                  {v.version} {i === 0 && <Lozenge appearance="success">current</Lozenge>}
                </th>
                <td>
                  <time dateTime={v.savedAt}>{when(v.savedAt, zone)}</time>
                </td>
                <td>{v.savedBy}</td>
                <td>
                  <ChangesList changes={v.changes} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {recalculations.length > 0 && (
        <table className="data-table">
          <caption className="table-caption">
            Recalculations of closed issues, newest first. Times in {zone}.
          </caption>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">By</th>
              <th scope="col">Version</th>
              <th scope="col">Resolved</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {recalculations.map((r) => (
              <tr key={r.runId}>
                <th scope="row">
                  <time dateTime={r.startedAt}>{when(r.startedAt, zone)}</time>
                </th>
                <td>{r.startedBy}</td>
                <td>{r.version}</td>
                <td>
                  {r.period.from} to {r.period.to}
                </td>
                <td>{r.run ? runSummary(r.run) : 'Not found.'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Recalculate version={version} onStarted={onRecalculation} onFinished={onRecalculation} />
    </section>
  );
}
