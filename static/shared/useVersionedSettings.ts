import { useCallback, useEffect, useMemo, useState, type SetStateAction } from 'react';
import type { ValidationError } from '../../src/domain/validation';
import { call } from './api';
import { useVersionedSave, type SaveOutcome } from './useVersionedSave';

type Loaded<V> =
  { status: 'loading' } | { status: 'failed'; error: unknown } | { status: 'ready'; view: V };

const NO_ERRORS: readonly ValidationError[] = [];

/**
 * An admin settings page: load the view, edit a draft of its settings (under `key`), save it
 * against the loaded version (`useVersionedSave`), then carry on from the saved version. The
 * errors of a refused save stay, by path, until the next save; any edit clears the notice.
 */
export function useVersionedSettings<V extends { version: number | null }, K extends keyof V>(
  getResolver: string,
  saveResolver: string,
  key: K,
) {
  const [loaded, setLoaded] = useState<Loaded<V>>({ status: 'loading' });
  const [draft, setDraft] = useState<V[K] | null>(null);
  const [errors, setErrors] = useState<readonly ValidationError[]>(NO_ERRORS);
  const { saving, outcome, save: saveVersion, clear } = useVersionedSave<V[K]>(saveResolver);

  useEffect(() => {
    let current = true;
    call<V>(getResolver).then(
      (view) => {
        if (!current) return;
        setLoaded({ status: 'ready', view });
        setDraft(view[key]);
      },
      (error: unknown) => current && setLoaded({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [getResolver, key]);

  const errorsByPath = useMemo(
    () => new Map(errors.map((e) => [e.path, e.message])) as ReadonlyMap<string, string>,
    [errors],
  );

  const change = useCallback(
    (next: SetStateAction<V[K] | null>) => {
      setDraft(next);
      clear();
    },
    [clear],
  );

  const save = async () => {
    if (loaded.status !== 'ready' || draft === null) return;
    const { view } = loaded;
    const result = await saveVersion(draft, view.version);
    if ('refused' in result) {
      // Kept past later edits: they say what to fix.
      setErrors(result.refused);
      return;
    }
    const { saved } = result;
    setLoaded({
      status: 'ready',
      view: { ...view, [key]: saved.settings, version: saved.version },
    });
    setDraft(saved.settings);
    setErrors(NO_ERRORS);
  };

  return {
    loaded,
    draft,
    change,
    errors,
    errorsByPath,
    saving,
    outcome: outcome as SaveOutcome | null,
    save,
  };
}
