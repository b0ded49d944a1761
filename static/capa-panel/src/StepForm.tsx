import { useState, type FormEvent } from 'react';
import {
  FISHBONE_CATEGORIES,
  OBSERVATION_WINDOWS_DAYS,
  type ActionKind,
} from '../../../src/domain/quality/capa';
import type { PanelCommand } from '../../../src/resolvers/capaPayload';
import type { CapaData } from './CapaPanel';
import { ActionForms } from './ActionForms';
import { Choice, Input, required, TextArea } from './fields';
import { Submit } from './Submit';

/** Sends a command; answers whether it was applied (the panel shows why not). */
export type RunCommand = (command: PanelCommand) => Promise<boolean>;

interface StepProps {
  readonly view: CapaData;
  readonly run: RunCommand;
  readonly busy: boolean;
}

/** The form of the CAPA's current step. */
export function StepForm(props: StepProps) {
  switch (props.view.capa.step) {
    case 'containment':
      return <Containment {...props} />;
    case 'causeDecision':
      return <CauseDecision {...props} />;
    case 'rootCause':
      return <RootCause {...props} />;
    case 'correctiveActions':
      return <Corrective {...props} />;
    case 'preventiveActions':
      return <Preventive {...props} />;
    case 'effectivenessCheck':
      return <Effectiveness {...props} />;
    case 'closed':
      return null;
  }
}

const submitted = (action: () => void) => (event: FormEvent) => {
  event.preventDefault();
  action();
};

function Containment({ run, busy }: StepProps) {
  const [containment, setContainment] = useState('');
  const [correction, setCorrection] = useState('');
  return (
    <form
      aria-label="Containment and correction"
      className="capa__form"
      onSubmit={submitted(() => void run({ type: 'contain', containment, correction }))}
    >
      <TextArea
        label="Containment: what stops the harm now"
        value={containment}
        onChange={setContainment}
      />
      <TextArea
        label="Correction: what fixes this occurrence"
        value={correction}
        onChange={setCorrection}
      />
      <Submit
        label="Record containment"
        busy={busy}
        blockers={required([
          ['the containment', containment],
          ['the correction', correction],
        ])}
      />
    </form>
  );
}

function CauseDecision({ run, busy }: StepProps) {
  const [needed, setNeeded] = useState<'yes' | 'no' | null>(null);
  const [reason, setReason] = useState('');
  const blockers = [
    ...(needed === null ? ['Choose whether action on the cause is needed.'] : []),
    ...required([['the reason', reason]]),
  ];
  return (
    <form
      aria-label="Action on the cause"
      className="capa__form"
      onSubmit={submitted(
        () => void run({ type: 'decideCause', actionNeeded: needed === 'yes', reason }),
      )}
    >
      <Choice
        legend="Is action on the cause needed?"
        name="cause-needed"
        value={needed}
        onChange={setNeeded}
        options={[
          { value: 'yes', label: 'Yes: find the root cause and act on it' },
          { value: 'no', label: 'No: close the non-conformity' },
        ]}
      />
      <TextArea label="Reason" value={reason} onChange={setReason} />
      <Submit label="Record decision" busy={busy} blockers={blockers} />
    </form>
  );
}

function RootCause({ run, busy }: StepProps) {
  const [whys, setWhys] = useState(['', '', '', '', '']);
  const [fishbone, setFishbone] = useState<Record<string, string>>({});
  const [rootCause, setRootCause] = useState('');
  const answered = whys.map((w) => w.trim()).filter((w) => w !== '');
  const blockers = [
    ...(answered.length === 0 ? ['Answer at least the first "why?".'] : []),
    ...required([['the root cause', rootCause]]),
  ];
  const send = () => {
    const bones: Record<string, string[]> = {};
    for (const category of FISHBONE_CATEGORIES) {
      const causes = (fishbone[category] ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      if (causes.length > 0) bones[category] = causes;
    }
    void run({ type: 'analyseRootCause', whys: answered, fishbone: bones, rootCause });
  };
  return (
    <form aria-label="Root cause analysis" className="capa__form" onSubmit={submitted(send)}>
      <fieldset>
        <legend>5 Whys</legend>
        {whys.map((why, i) => (
          <Input
            key={i}
            label={`Why ${i + 1}?`}
            value={why}
            onChange={(v) => setWhys(whys.map((w, j) => (j === i ? v : w)))}
          />
        ))}
      </fieldset>
      <fieldset>
        <legend>Fishbone: possible causes, one per line</legend>
        <div className="capa__fishbone">
          {FISHBONE_CATEGORIES.map((category) => (
            <TextArea
              key={category}
              label={category[0]!.toUpperCase() + category.slice(1)}
              value={fishbone[category] ?? ''}
              onChange={(v) => setFishbone({ ...fishbone, [category]: v })}
            />
          ))}
        </div>
      </fieldset>
      <TextArea label="Root cause" value={rootCause} onChange={setRootCause} />
      <Submit label="Record root cause" busy={busy} blockers={blockers} />
    </form>
  );
}

function Corrective({ view, run, busy }: StepProps) {
  return (
    <section aria-label="Corrective actions" className="capa__form">
      <ActionForms kind="corrective" run={run} busy={busy} />
      <Submit
        label="Complete corrective actions"
        busy={busy}
        blockers={view.blockers.completeCorrective}
        onClick={() => void run({ type: 'completeCorrective' })}
      />
    </section>
  );
}

function Preventive({ view, run, busy }: StepProps) {
  const [days, setDays] = useState<string>('30');
  const [reason, setReason] = useState('');
  const noneYet = !view.capa.actions.some((a) => a.kind === ('preventive' satisfies ActionKind));
  const blockers = [
    ...view.blockers.completePreventive,
    ...(noneYet ? required([['why no preventive action is needed', reason]]) : []),
  ];
  return (
    <section aria-label="Preventive actions" className="capa__form">
      <ActionForms kind="preventive" run={run} busy={busy} />
      {noneYet && (
        <TextArea
          label="Or why no preventive action is needed"
          value={reason}
          onChange={setReason}
        />
      )}
      <label className="capa__field">
        <span>Observation window before the effectiveness check</span>
        <select value={days} onChange={(e) => setDays(e.target.value)}>
          {OBSERVATION_WINDOWS_DAYS.map((d) => (
            <option key={d} value={String(d)}>
              {d} days
            </option>
          ))}
        </select>
      </label>
      <Submit
        label="Complete preventive actions"
        busy={busy}
        blockers={blockers}
        onClick={() =>
          void run({
            type: 'completePreventive',
            observationDays: Number(days) as 30 | 60 | 90,
            ...(noneYet && { noPreventiveReason: reason }),
          })
        }
      />
    </section>
  );
}

function Effectiveness({ view, run, busy }: StepProps) {
  const [effective, setEffective] = useState<'yes' | 'no' | null>(null);
  const [evidence, setEvidence] = useState('');
  const blockers = [
    ...view.blockers.checkEffectiveness,
    ...(effective === null ? ['Choose whether the action was effective.'] : []),
    ...required([['the evidence', evidence]]),
  ];
  return (
    <form
      aria-label="Effectiveness check"
      className="capa__form"
      onSubmit={submitted(
        () => void run({ type: 'checkEffectiveness', effective: effective === 'yes', evidence }),
      )}
    >
      <Choice
        legend="Did the action remove the cause?"
        name="effective"
        value={effective}
        onChange={setEffective}
        options={[
          { value: 'yes', label: 'Effective: close the non-conformity' },
          { value: 'no', label: 'Not effective: back to the root cause' },
        ]}
      />
      <TextArea label="Evidence" value={evidence} onChange={setEvidence} />
      <Submit label="Record the check" busy={busy} blockers={blockers} />
    </form>
  );
}
