import { useState } from 'react';
import type { ReevaluationRunView, ResolvedPeriod } from '../../../../src/resolvers/views';
import { call, ResolverCallError } from '../../../shared/api';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { ConfirmButton } from '../components/ConfirmButton';
import { TextField } from '../components/fields/TextField';
import { UnplacedErrors } from '../components/UnplacedErrors';
import { ErrorsProvider } from '../state/ErrorsContext';
import type { FieldError } from '../state/errorsByPath';
import { RunProgress } from './RunProgress';

type Step =
  | { status: 'idle' }
  | { status: 'counting' }
  | { status: 'counted'; period: ResolvedPeriod; issues: number; more: boolean }
  | { status: 'invalid'; errors: readonly FieldError[] }
  | { status: 'failed'; message: string }
  | { status: 'started'; run: ReevaluationRunView };

const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Closed issues keep the evaluation and the contract version they were measured under. This
 * form measures those resolved in a period again under the version in force, on purpose: count
 * them first, then confirm; the contract's history records who did it, when and under which
 * version, and how many issues changed.
 */
export function Recalculate({
  version,
  onStarted,
  onFinished,
}: {
  version: number | null;
  onStarted: () => void;
  onFinished: () => void;
}) {
  const [period, setPeriod] = useState<ResolvedPeriod>(() => ({
    from: isoDate(Date.now() - 30 * DAY),
    to: isoDate(Date.now()),
  }));
  const [step, setStep] = useState<Step>({ status: 'idle' });
  const failed = (error: unknown) => {
    if (error instanceof ResolverCallError && error.failure.code === 'invalid') {
      setStep({
        status: 'invalid',
        errors: error.failure.errors ?? [{ path: '$', message: error.failure.message }],
      });
    } else setStep({ status: 'failed', message: (error as Error).message });
  };
  const count = async () => {
    setStep({ status: 'counting' });
    try {
      const counted = await call<{ issues: number; more: boolean }>('countClosedIssues', {
        ...period,
      });
      setStep({ status: 'counted', period, ...counted });
    } catch (error) {
      failed(error);
    }
  };
  const recalculate = async (counted: ResolvedPeriod) => {
    try {
      const run = await call<ReevaluationRunView>('recalculateClosedIssues', { ...counted });
      setStep({ status: 'started', run });
      onStarted();
    } catch (error) {
      failed(error);
    }
  };

  if (version === null) return null;
  const counted = step.status === 'counted' && step.period === period ? step : null;
  return (
    <section aria-labelledby="recalculate-heading" className="subsection">
      <h3 id="recalculate-heading">Recalculate closed issues</h3>
      <p>
        Closed issues keep the evaluation of the version they were measured under, so reports do not
        change when a new version is saved. To measure the issues resolved in a period again under
        version {version}, count them, then confirm. Resolution dates are read as Jira searches them
        for the app.
      </p>
      <ErrorsProvider errors={step.status === 'invalid' ? step.errors : []} idPrefix="recalc">
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void count();
          }}
        >
          <div className="form-row">
            <TextField
              label="Resolved from"
              type="date"
              path={['from']}
              value={period.from}
              onChange={(v) => setPeriod((p) => ({ ...p, from: v ?? '' }))}
            />
            <TextField
              label="Resolved to"
              type="date"
              path={['to']}
              value={period.to}
              onChange={(v) => setPeriod((p) => ({ ...p, to: v ?? '' }))}
            />
          </div>
          <UnplacedErrors filter={() => true} />
          <div className="form-actions">
            <button
              type="submit"
              className="button button--default"
              disabled={step.status === 'counting'}
            >
              Count closed issues
            </button>
          </div>
        </form>
      </ErrorsProvider>
      <div aria-live="polite">
        {counted && (
          <div className="form-actions">
            <span>
              {counted.more ? 'More than ' : ''}
              {counted.issues} closed {counted.issues === 1 ? 'issue was' : 'issues were'} resolved
              from {counted.period.from} to {counted.period.to}.
            </span>
            {counted.issues > 0 && (
              <ConfirmButton
                message={`Measure these issues again under version ${version}? Their recorded evaluation is replaced; the history keeps a record of it.`}
                confirmLabel="Yes, recalculate"
                onConfirm={() => void recalculate(counted.period)}
              >
                {counted.more
                  ? 'Recalculate them all'
                  : `Recalculate ${counted.issues} ${counted.issues === 1 ? 'issue' : 'issues'}`}
              </ConfirmButton>
            )}
          </div>
        )}
        {step.status === 'failed' && (
          <SectionMessage appearance="error" title="Not recalculated">
            <p>{step.message}</p>
          </SectionMessage>
        )}
        {step.status === 'started' && (
          <RunProgress key={step.run.id} started={step.run} onFinished={onFinished} />
        )}
      </div>
    </section>
  );
}
