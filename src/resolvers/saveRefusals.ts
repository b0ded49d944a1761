import { ForgeKvsAPIError } from '@forge/kvs';
import type { StaleSave } from '../storage/versionChain';
import { ResolverError } from './resolverKit';

/**
 * A save refused because it started from an older version than the newest: who saved that one
 * and when, so the admin knows whose work they would have overwritten, and what to do.
 */
export function staleSaveError(what: string, { base, inForce }: StaleSave): ResolverError {
  const started = base === null ? 'from nothing saved' : `from version ${base}`;
  return new ResolverError(
    'conflict',
    inForce
      ? `Version ${inForce.version} was saved by ${inForce.savedBy} at ${inForce.savedAt} ` +
          `since your edit of the ${what} started ${started}: reload to see it.`
      : `Your edit of the ${what} started ${started}, which is not saved here: reload.`,
  );
}

/**
 * Runs a save, turning a refusal by Forge storage (a `ForgeKvsAPIError`: a value or key it
 * refuses, its rate limit, an outage) into an answer that says so, with the platform's code,
 * instead of the generic failure. Nothing was saved: a version exists only once its last write
 * has been accepted.
 */
export async function storing<T>(what: string, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    if (!(error instanceof ForgeKvsAPIError)) throw error;
    const { status } = error.responseDetails;
    const advice = status === 429 || status >= 500 ? ' Try again in a moment.' : '';
    throw new ResolverError(
      'storage',
      `Forge storage refused to save the ${what} (${error.code}: ${error.message}); ` +
        `nothing was saved.${advice}`,
    );
  }
}
