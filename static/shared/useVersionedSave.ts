import { useCallback, useState } from 'react';
import type { ValidationError } from '../../src/domain/validation';
import { call, ResolverCallError } from './api';

/** What the last save came to: the version it made, or the error (and the fields it names). */
export type SaveOutcome =
  | { kind: 'saved'; version: number }
  | { kind: 'error'; error: unknown; errors: readonly ValidationError[] };

/** The answer of every versioned settings save (src/resolvers/settingsSave.ts). */
export interface SavedSettings<S> {
  settings: S;
  version: number;
}

/**
 * Saving versioned settings (src/storage/versionedSettings.ts): the whole draft against the
 * version it was loaded at, so a save over another admin's newer version is refused (conflict)
 * and the page shows it instead of overwriting. `save` resolves to the saved settings, or to the
 * fields a refused save names (the outcome holds the whole error).
 */
export function useVersionedSave<S>(saveResolver: string) {
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  const save = useCallback(
    async (
      settings: S,
      baseVersion: number | null,
    ): Promise<{ saved: SavedSettings<S> } | { refused: readonly ValidationError[] }> => {
      setSaving(true);
      setOutcome(null);
      try {
        const saved = await call<SavedSettings<S>>(saveResolver, { settings, baseVersion });
        setOutcome({ kind: 'saved', version: saved.version });
        return { saved };
      } catch (error) {
        const errors = error instanceof ResolverCallError ? (error.failure.errors ?? []) : [];
        setOutcome({ kind: 'error', error, errors });
        return { refused: errors };
      } finally {
        setSaving(false);
      }
    },
    [saveResolver],
  );
  const clear = useCallback(() => setOutcome(null), []);
  return { saving, outcome, save, clear };
}
