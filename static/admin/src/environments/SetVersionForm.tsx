import { useState } from 'react';
import type { EnvironmentVersionView } from '../../../../src/resolvers/environmentVersionsViews';
import { call, ResolverCallError } from '../../../shared/api';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';

/** Sets an environment's version by hand (source 'admin'); a refused version shows under the field. */
export function SetVersionForm({
  environment,
  onSet,
}: {
  environment: string;
  onSet(environment: EnvironmentVersionView): void;
}) {
  const [version, setVersion] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `version-${environment}`;

  const submit = async () => {
    setBusy(true);
    setFieldError(null);
    setError(null);
    try {
      onSet(await call<EnvironmentVersionView>('setEnvironmentVersion', { environment, version }));
      setVersion('');
    } catch (e) {
      const onVersion =
        e instanceof ResolverCallError
          ? e.failure.errors?.find((f) => f.path === '$.version')
          : undefined;
      if (onVersion) setFieldError(onVersion.message);
      else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="set-version"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          New version of {environment}
        </label>
        <input
          id={id}
          className="input"
          value={version}
          placeholder="5.10.2"
          aria-invalid={fieldError !== null}
          aria-describedby={fieldError ? `${id}-error` : undefined}
          onChange={(e) => setVersion(e.target.value)}
        />
        {fieldError && (
          <div className="field-error" id={`${id}-error`}>
            <p>{fieldError}</p>
          </div>
        )}
      </div>
      {error !== null && <ResolverErrorMessage error={error} what="the version" />}
      <button
        type="submit"
        className="button button--primary"
        disabled={busy || version.trim() === ''}
      >
        Set version
      </button>
    </form>
  );
}
