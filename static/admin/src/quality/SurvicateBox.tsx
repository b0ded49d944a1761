import { useEffect, useState } from 'react';
import { call } from '../../../shared/api';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';

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
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call<SurvicateIntakeView>('survicateSecretStatus').then(setStatus, setError);
  }, []);

  const run = async (name: 'setSurvicateSecret' | 'clearSurvicateSecret') => {
    setBusy(true);
    setError(null);
    try {
      setStatus(
        await call<SurvicateIntakeView>(name, name === 'setSurvicateSecret' ? { secret } : {}),
      );
      setSecret('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

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
      <div className="field">
        <label className="field__label" htmlFor="survicate-secret">
          Signing secret
        </label>
        <input
          id="survicate-secret"
          className="input"
          type="password"
          autoComplete="off"
          value={secret}
          onChange={(e) => setSecret(e.target.value)}
        />
      </div>
      {error !== null && <ResolverErrorMessage error={error} what="the Survicate secret" />}
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || secret.trim() === ''}
          onClick={() => void run('setSurvicateSecret')}
        >
          {status?.set ? 'Replace secret' : 'Set secret'}
        </button>
        {status?.set && (
          <button
            type="button"
            className="button button--default"
            disabled={busy}
            onClick={() => void run('clearSurvicateSecret')}
          >
            Clear secret
          </button>
        )}
      </div>
    </section>
  );
}
