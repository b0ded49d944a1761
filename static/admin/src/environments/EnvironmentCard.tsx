import type { EnvironmentVersionView } from '../../../../src/resolvers/environmentVersionsViews';
import { PipelineSecretBox } from './PipelineSecretBox';
import { SetVersionForm } from './SetVersionForm';

const SOURCES: Record<EnvironmentVersionView['source'], string> = {
  pipeline: 'pipeline',
  admin: 'admin page',
  resolver: 'app',
  contract: 'contract',
};

/** One environment: its version, the form to set it, its history, waiting cases and secret. */
export function EnvironmentCard({
  environment: env,
  webTriggerUrl,
  onChange,
}: {
  environment: EnvironmentVersionView;
  webTriggerUrl: string;
  onChange(environment: EnvironmentVersionView): void;
}) {
  const headingId = `environment-${env.id}`;
  return (
    <article className="environment-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {env.customer} · {env.name} <code>{env.id}</code>
      </h3>
      <p>
        Product <strong>{env.product}</strong>, version <strong>{env.version ?? 'unknown'}</strong>{' '}
        (from the {SOURCES[env.source]}
        {env.reportedAt && (
          <>
            , <time dateTime={env.reportedAt}>{env.reportedAt}</time>
          </>
        )}
        {env.reportedBy && <> by {env.reportedBy}</>})
      </p>
      <SetVersionForm environment={env.id} onSet={onChange} />
      <h4>History</h4>
      {env.history.length === 0 ? (
        <p className="empty-state">No version has been reported yet.</p>
      ) : (
        <table className="data-table">
          <caption className="table-caption">Reported versions of {env.id}, newest first.</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Version</th>
              <th scope="col">Source</th>
              <th scope="col">By</th>
            </tr>
          </thead>
          <tbody>
            {env.history.map((h) => (
              <tr key={h.reportId}>
                <td>
                  <time dateTime={h.reportedAt}>{h.reportedAt}</time>
                </td>
                <td>{h.version}</td>
                <td>{SOURCES[h.source]}</td>
                <td>{h.reportedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>Cases waiting for a version</h4>
      {env.waiting.length === 0 ? (
        <p className="empty-state">No case waits for a version here.</p>
      ) : (
        <ul aria-label={`Cases waiting in ${env.id}`}>
          {env.waiting.map((w) => (
            <li key={`${w.caseId}:${w.fixedIn}`}>
              {w.caseKey} (development {w.devKey}) fixed in {w.fixedIn}
              {w.fixReached ? ' — installed, closing' : ' — not installed yet'}
              {w.closure === 'failed' && ' (last closing attempt failed; retried)'}
            </li>
          ))}
        </ul>
      )}
      <PipelineSecretBox environment={env.id} status={env.secret} webTriggerUrl={webTriggerUrl} />
    </article>
  );
}
