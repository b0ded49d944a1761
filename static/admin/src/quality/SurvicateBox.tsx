import { useEffect, useState } from 'react';
import { call } from '../../../shared/api';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { WriteOnlySecretField } from '../components/WriteOnlySecretField';

/** What the Survicate resolvers answer (`src/resolvers/qualityIntake.ts`). */
interface SurvicateIntakeView {
  readonly set: boolean;
  readonly setAt: string | null;
  readonly setBy: string | null;
  readonly webTriggerUrl: string;
}

/**
 * Survicate's signing secret: set, replaced or cleared, never shown (the resolvers only say
 * whether one is set, when and by whom), and the web trigger's address to give Survicate.
 */
export function SurvicateBox() {
  const [status, setStatus] = useState<SurvicateIntakeView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    call<SurvicateIntakeView>('survicateSecretStatus').then(setStatus, setLoadError);
  }, []);

  const save = async (secret: string | null) =>
    setStatus(
      secret === null
        ? await call<SurvicateIntakeView>('clearSurvicateSecret', {})
        : await call<SurvicateIntakeView>('setSurvicateSecret', { secret }),
    );

  return (
    <section className="quality-survicate" aria-labelledby="survicate-heading">
      <h2 id="survicate-heading">Survicate</h2>
      {status && (
        <>
          <p>
            Webhook address: <code>{status.webTriggerUrl}</code>
          </p>
          <p>
            {status.set
              ? `A signing secret is set (by ${status.setBy ?? 'unknown'} at ${status.setAt ?? 'an unknown time'}).`
              : 'No signing secret is set: Survicate answers are refused until one is.'}
          </p>
        </>
      )}
      {loadError !== null && <ResolverErrorMessage error={loadError} what="the Survicate secret" />}
      <WriteOnlySecretField
        id="survicate-secret"
        label="Signing secret"
        what="the Survicate secret"
        isSet={status?.set ?? false}
        replaceLabel="Replace secret"
        canSet={(secret) => secret.trim() !== ''}
        save={save}
      />
    </section>
  );
}
