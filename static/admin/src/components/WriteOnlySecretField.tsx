import { useState } from 'react';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';

/**
 * A secret the app keeps write-only (Survicate's signing secret, a pipeline's secret): typed,
 * set or replaced, cleared, never shown again. `save` gets the new secret, or null to clear it,
 * and updates its owner's status; a failure is shown here and the typed secret is kept.
 */
export function WriteOnlySecretField({
  id,
  label,
  what,
  isSet,
  replaceLabel,
  canSet,
  save,
}: {
  readonly id: string;
  readonly label: string;
  /** What the error message is about: "the pipeline secret". */
  readonly what: string;
  readonly isSet: boolean;
  /** The set button's text once a secret is set: "Rotate secret", "Replace secret". */
  readonly replaceLabel: string;
  /** Whether the typed text may be set. */
  readonly canSet: (secret: string) => boolean;
  readonly save: (secret: string | null) => Promise<void>;
}) {
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (value: string | null) => {
    setBusy(true);
    setError(null);
    try {
      await save(value);
      setSecret('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
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
      {error !== null && <ResolverErrorMessage error={error} what={what} />}
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy || !canSet(secret)}
          onClick={() => void run(secret)}
        >
          {isSet ? replaceLabel : 'Set secret'}
        </button>
        {isSet && (
          <button
            type="button"
            className="button button--default"
            disabled={busy}
            onClick={() => void run(null)}
          >
            Clear secret
          </button>
        )}
      </div>
    </>
  );
}
