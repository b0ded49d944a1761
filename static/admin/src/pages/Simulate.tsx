import type { Contract } from '../../../../src/domain/contract/types';
import type { SimulationResult } from '../../../../src/resolvers/views';
import { call, ResolverCallError } from '../../../shared/api';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { SelectField } from '../components/fields/SelectField';
import { TextField } from '../components/fields/TextField';
import { RemoveButton } from '../components/RemoveButton';
import { UnplacedErrors } from '../components/UnplacedErrors';
import { ErrorsProvider } from '../state/ErrorsContext';
import { rebaseErrors, type FieldError } from '../state/errorsByPath';
import { isWithin } from '../state/paths';
import { useSessionState } from '../state/useSessionState';
import { browserTimeZone, localInputToIso, toLocalInput } from './dateTime';
import { SimulationResults } from './SimulationResults';

interface Pause {
  status: string;
  from: string;
  to: string;
}

interface Inputs {
  agreement: string;
  issueType: string;
  priority: string;
  created: string;
  pauses: Pause[];
}

type Outcome =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: SimulationResult; draft: Contract; timeZone: string }
  | { status: 'invalid'; errors: readonly FieldError[]; draftErrors: number }
  | { status: 'failed'; message: string };

const HOUR = 3_600_000;

/** Statuses that pause a clock somewhere in the draft: what a simulated issue can wait in. */
function pauseStatuses(draft: Contract): string[] {
  return [
    ...new Set(
      draft.actionModels.flatMap((m) =>
        (Array.isArray(m.pause) ? m.pause : []).flatMap((r) =>
          'whileStatus' in r && Array.isArray(r.whileStatus) ? r.whileStatus : [],
        ),
      ),
    ),
  ];
}

/**
 * "See the deadlines before saving": an issue of an agreement, issue type and priority, created
 * at a time and maybe waiting in pausing statuses, evaluated by the `simulate` resolver against
 * the draft as it is now, saved or not.
 */
export function Simulate({
  draft,
  onDraftErrors,
}: {
  draft: Contract;
  /** Errors the resolver found in the draft itself (paths under the contract). */
  onDraftErrors: (errors: readonly FieldError[]) => void;
}) {
  const [inputs, setInputs] = useSessionState<Inputs>('simulate.inputs', () => ({
    agreement: draft.agreements[0]?.id ?? '',
    issueType: '',
    priority: '',
    created: toLocalInput(new Date(Math.floor(Date.now() / 60_000) * 60_000)),
    pauses: [],
  }));
  const [outcome, setOutcome] = useSessionState<Outcome>('simulate.outcome', { status: 'idle' });
  const update = (change: Partial<Inputs>) => setInputs((i) => ({ ...i, ...change }));

  const agreement = draft.agreements.find((a) => a.id === inputs.agreement);
  const obligations =
    agreement && Array.isArray(agreement.obligations) ? agreement.obligations : [];
  const issueTypes = [
    ...new Set(obligations.flatMap((o) => (Array.isArray(o.issueTypes) ? o.issueTypes : []))),
  ];
  const model = draft.priorityModels.find((m) => m.id === agreement?.priorityModel);
  const priorities = model && Array.isArray(model.priorities) ? model.priorities : [];
  // A choice that the agreement does not offer falls back to its first.
  const issueType = issueTypes.includes(inputs.issueType)
    ? inputs.issueType
    : (issueTypes[0] ?? '');
  const priority = priorities.some((p) => p.id === inputs.priority)
    ? inputs.priority
    : (priorities[0]?.id ?? '');
  const statuses = pauseStatuses(draft);

  const run = async () => {
    setOutcome({ status: 'running' });
    const timeZone = browserTimeZone();
    try {
      const result = await call<SimulationResult>('simulate', {
        contract: draft,
        agreement: inputs.agreement,
        issueType,
        priority,
        created: localInputToIso(inputs.created),
        ...(inputs.pauses.length > 0 && {
          pauses: inputs.pauses.map((p) => ({
            status: p.status,
            from: localInputToIso(p.from),
            to: localInputToIso(p.to),
          })),
        }),
      });
      setOutcome({ status: 'done', result, draft, timeZone });
    } catch (error) {
      if (error instanceof ResolverCallError && error.failure.code === 'invalid') {
        const all = error.failure.errors ?? [{ path: '$', message: error.failure.message }];
        const inDraft = all.filter((e) => isWithin(e.path, '$.contract'));
        if (inDraft.length > 0) onDraftErrors(rebaseErrors(inDraft, '$.contract'));
        setOutcome({
          status: 'invalid',
          errors: all.filter((e) => !isWithin(e.path, '$.contract')),
          draftErrors: inDraft.length,
        });
      } else setOutcome({ status: 'failed', message: (error as Error).message });
    }
  };

  const formErrors = outcome.status === 'invalid' ? outcome.errors : [];
  if (draft.agreements.length === 0) {
    return (
      <section aria-labelledby="simulate-heading">
        <h2 id="simulate-heading" className="page-section__heading">
          Simulate
        </h2>
        <p className="empty-state">
          Add an agreement first: a simulation runs an issue against one.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="simulate-heading" className="simulate">
      <h2 id="simulate-heading" className="page-section__heading">
        Simulate
      </h2>
      <p>
        Try an issue against the draft, saved or not, and see its goals' deadlines. Times are in
        your browser's time zone, {browserTimeZone()}.
      </p>
      <ErrorsProvider errors={formErrors} idPrefix="sim">
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <div className="form-row">
            <SelectField
              label="Agreement"
              path={['agreement']}
              value={inputs.agreement}
              onChange={(v) => update({ agreement: v ?? '' })}
              options={draft.agreements.map((a) => ({ value: a.id, label: a.name || a.id }))}
              size="wide"
            />
            <SelectField
              label="Issue type"
              path={['issueType']}
              value={issueType}
              onChange={(v) => update({ issueType: v ?? '' })}
              options={issueTypes.map((t) => ({ value: t, label: t }))}
            />
            <SelectField
              label="Priority"
              path={['priority']}
              value={priority}
              onChange={(v) => update({ priority: v ?? '' })}
              options={priorities.map((p) => ({ value: p.id, label: p.name || p.id }))}
            />
          </div>
          <TextField
            label="Created"
            type="datetime-local"
            path={['created']}
            value={inputs.created}
            onChange={(v) => update({ created: v ?? '' })}
          />
          <fieldset className="fieldset">
            <legend>Pauses</legend>
            <p className="field__hint">
              Stretches the issue waits in a pausing status
              {statuses.length === 0 ? ' (no action model of the draft pauses on a status)' : ''}.
            </p>
            {inputs.pauses.map((pause, i) => {
              const label = `Pause ${i + 1}`;
              const change = (c: Partial<Pause>) =>
                update({ pauses: inputs.pauses.map((p, j) => (j === i ? { ...p, ...c } : p)) });
              return (
                <div key={i} className="form-row pause-row">
                  <SelectField
                    label="Status"
                    ariaLabel={`${label} status`}
                    path={['pauses', i, 'status']}
                    value={pause.status}
                    onChange={(v) => change({ status: v ?? '' })}
                    options={statuses.map((s) => ({ value: s, label: s }))}
                  />
                  <TextField
                    label="From"
                    ariaLabel={`${label} from`}
                    type="datetime-local"
                    path={['pauses', i, 'from']}
                    value={pause.from}
                    onChange={(v) => change({ from: v ?? '' })}
                  />
                  <TextField
                    label="To"
                    ariaLabel={`${label} to`}
                    type="datetime-local"
                    path={['pauses', i, 'to']}
                    value={pause.to}
                    onChange={(v) => change({ to: v ?? '' })}
                  />
                  <RemoveButton
                    label={`Remove pause ${i + 1}`}
                    onClick={() => update({ pauses: inputs.pauses.filter((_, j) => j !== i) })}
                  />
                </div>
              );
            })}
            <button
              type="button"
              className="button button--subtle"
              disabled={statuses.length === 0}
              onClick={() => {
                const created = new Date(inputs.created).getTime();
                const base = Number.isNaN(created) ? Date.now() : created;
                update({
                  pauses: [
                    ...inputs.pauses,
                    {
                      status: statuses[0] ?? '',
                      from: toLocalInput(new Date(base + HOUR)),
                      to: toLocalInput(new Date(base + 3 * HOUR)),
                    },
                  ],
                });
              }}
            >
              Add pause
            </button>
          </fieldset>
          <UnplacedErrors filter={() => true} />
          <div className="form-actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={outcome.status === 'running'}
            >
              Run simulation
            </button>
          </div>
        </form>
      </ErrorsProvider>
      <div className="simulate__result" aria-live="polite">
        {outcome.status === 'running' && <p className="subtle">Simulating…</p>}
        {outcome.status === 'failed' && (
          <SectionMessage appearance="error" title="The simulation failed">
            <p>{outcome.message}</p>
          </SectionMessage>
        )}
        {outcome.status === 'invalid' && outcome.draftErrors > 0 && (
          <SectionMessage appearance="warning" title="The draft has errors">
            <p>
              Fix the {outcome.draftErrors} {outcome.draftErrors === 1 ? 'error' : 'errors'} listed
              at the top of the page, then run the simulation again.
            </p>
          </SectionMessage>
        )}
        {outcome.status === 'invalid' && outcome.errors.length > 0 && outcome.draftErrors === 0 && (
          <p className="field-error">Check the fields marked above.</p>
        )}
        {outcome.status === 'done' && (
          <>
            {outcome.draft !== draft && (
              <p className="subtle">The draft has changed since this simulation: run it again.</p>
            )}
            <SimulationResults result={outcome.result} draft={draft} timeZone={outcome.timeZone} />
          </>
        )}
      </div>
    </section>
  );
}
