import { useState } from 'react';
import type { EnvironmentSecretStatusView as EnvironmentSecretStatus } from '../../../../src/resolvers/environmentVersionsViews';
import { call } from '../../../shared/api';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';

/** The shell command a pipeline runs after deploying, with placeholders for what it knows. */
export const curlExample = (url: string, environment: string): string =>
  [
    `curl -X POST '${url}' \\`,
    `  -H 'Authorization: Bearer $PIPELINE_SECRET' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '{"environment": "${environment}", "version": "$VERSION", "requestId": "$RUN_ID"}'`,
  ].join('\n');

/**
 * An environment's pipeline secret: set, rotated or cleared, never shown (the resolvers say only
 * whether one is set, when and by whom), with the web trigger's URL and how to call it.
 */
export function PipelineSecretBox({
  environment,
  status: initial,
  webTriggerUrl,
}: {
  environment: string;
  status: EnvironmentSecretStatus;
  webTriggerUrl: string;
}) {
  const [status, setStatus] = useState(initial);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `secret-${environment}`;

  const run = async (name: 'setEnvironmentSecret' | 'clearEnvironmentSecret') => {
    setBusy(true);
    setError(null);
    try {
      setStatus(
        await call<EnvironmentSecretStatus>(name, {
          environment,
          ...(name === 'setEnvironmentSecret' && { secret }),
        }),
      );
      setSecret('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="pipeline-secret" aria-label={`Deployment pipeline of ${environment}`}>
      <h4>Deployment pipeline</h4>
      <p>
        {status.set
          ? `A pipeline secret is set (on ${status.setAt ?? 'an unknown date'} by ${status.setBy ?? 'unknown'}).`
          : 'No pipeline secret is set: the web trigger refuses reports for this environment.'}
      </p>
      <p>
        Web trigger: <code>{webTriggerUrl}</code>
      </p>
      <pre className="code-block">{curlExample(webTriggerUrl, environment)}</pre>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Pipeline secret of {environment}
        </label>
        <input
          id={id}
          className="input"
          type="password"
          autoComplete="off"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
      </div>
      {error !== null && <ResolverErrorMessage error={error} what="the pipeline secret" />}
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || secret === ''}
          onClick={() => void run('setEnvironmentSecret')}
        >
          {status.set ? 'Rotate secret' : 'Set secret'}
        </button>
        {status.set && (
          <button
            type="button"
            className="button button--default"
            disabled={busy}
            onClick={() => void run('clearEnvironmentSecret')}
          >
            Clear secret
          </button>
        )}
      </div>
    </section>
  );
}
