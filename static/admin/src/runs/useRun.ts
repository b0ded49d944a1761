import { createContext, useContext, useEffect, useState } from 'react';
import type { ReevaluationRunView } from '../../../../src/resolvers/views';
import { call } from '../../../shared/api';

/** How long the page waits between two looks at a run that goes on. */
export const DEFAULT_POLL_MS = 2000;
/** The wait between two looks at a run (tests set it shorter). */
export const PollInterval = createContext(DEFAULT_POLL_MS);

/**
 * A run as it goes on: `getRun` is asked again every `PollInterval` until the run has finished.
 * A failed look stops the polling with its message; `refresh` looks again.
 */
export function useRun(started: ReevaluationRunView) {
  const pollMs = useContext(PollInterval);
  const [run, setRun] = useState(started);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (run.finishedAt !== null || error !== null) return undefined;
    let current = true;
    const timer = setTimeout(() => {
      call<ReevaluationRunView>('getRun', { id: run.id }).then(
        (fresh) => current && setRun(fresh),
        (failure: unknown) => current && setError((failure as Error).message),
      );
    }, pollMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [run, error, attempt, pollMs]);
  const refresh = () => {
    setError(null);
    setAttempt((n) => n + 1);
  };
  return { run, error, refresh };
}
