import { useEffect, useId } from 'react';
import type { ReevaluationRunView } from '../../../../src/resolvers/views';
import { browserTimeZone, formatDeadline } from '../pages/dateTime';
import { useRun } from './useRun';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function heading(run: ReevaluationRunView): string {
  switch (run.kind) {
    case 'reevaluate':
      return `Re-evaluating open issues under version ${run.contractVersion}`;
    case 'recalculate':
      return `Recalculating closed issues under version ${run.contractVersion}`;
    case 'preview':
      return 'Measuring open issues under the draft';
  }
}

const DONE: Record<ReevaluationRunView['kind'], string> = {
  reevaluate: 're-evaluated',
  recalculate: 'recalculated',
  preview: 'measured',
};

/** What the run has done, in a sentence. */
export function runSummary(run: ReevaluationRunView): string {
  const which = run.kind === 'recalculate' ? 'closed' : 'open';
  const parts = [
    `${run.done} of ${plural(run.total, `${which} issue`)} ${DONE[run.kind]}` +
      (run.found ? '' : ' so far, still finding issues'),
  ];
  if (run.kind === 'recalculate') parts.push(`${run.changed} changed`);
  if (run.failed > 0) {
    parts.push(`${plural(run.failed, 'issue')} failed: the app tries them again on its own`);
  }
  const finished = run.finishedAt
    ? ` Finished ${formatDeadline(run.finishedAt, browserTimeZone())}.`
    : '';
  return `${parts.join('; ')}.${finished}`;
}

/**
 * A run's progress, polled until it has finished: issues done of those found, failures, and
 * when it finished. `onFinished` hears of the run once it has.
 */
export function RunProgress({
  started,
  onFinished,
}: {
  started: ReevaluationRunView;
  onFinished?: (run: ReevaluationRunView) => void;
}) {
  const { run, error, refresh } = useRun(started);
  const finished = run.finishedAt !== null;
  useEffect(() => {
    // Once, when it finishes.
    if (finished) onFinished?.(run);
  }, [finished]);
  return <RunStatus run={run} error={error} onRefresh={refresh} />;
}

/** How far a run has got, as last read; `error` when the last look failed. */
export function RunStatus({
  run,
  error,
  onRefresh,
}: {
  run: ReevaluationRunView;
  error: string | null;
  onRefresh: () => void;
}) {
  const headingId = useId();
  const finished = run.finishedAt !== null;
  return (
    <section className="run-progress" aria-labelledby={headingId}>
      <h3 id={headingId} className="run-progress__heading">
        {heading(run)}
      </h3>
      <progress
        className="run-progress__bar"
        aria-labelledby={headingId}
        max={Math.max(run.total, 1)}
        value={finished ? Math.max(run.total, 1) : run.done + run.failed}
      />
      <p role="status">{runSummary(run)}</p>
      {error && (
        <p className="field-error">
          Could not check the progress: {error}{' '}
          <button type="button" className="link-button" onClick={onRefresh}>
            Check again
          </button>
        </p>
      )}
    </section>
  );
}
