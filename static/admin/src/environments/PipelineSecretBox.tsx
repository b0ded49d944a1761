import { useState } from 'react';
import type { EnvironmentSecretStatusView as EnvironmentSecretStatus } from '../../../../src/resolvers/environmentVersionsViews';
import { call } from '../../../shared/api';
import { WriteOnlySecretField } from '../components/WriteOnlySecretField';

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

  const save = async (secret: string | null) =>
    setStatus(
      secret === null
        ? await call<EnvironmentSecretStatus>('clearEnvironmentSecret', { environment })
        : await call<EnvironmentSecretStatus>('setEnvironmentSecret', { environment, secret }),
    );

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
      <WriteOnlySecretField
        id={`secret-${environment}`}
        label={`Pipeline secret of ${environment}`}
        what="the pipeline secret"
        isSet={status.set}
        replaceLabel="Rotate secret"
        canSet={(secret) => secret !== ''}
        save={save}
      />
    </section>
  );
}
