import { useId, useState } from 'react';
import type { ExplanationStep } from '../../../src/domain/sla/types';
import { instantText } from './goalText';
import './Explanation.css';

const ACTIONS: Record<ExplanationStep['action'], string> = {
  start: 'Started',
  pause: 'Paused',
  resume: 'Resumed',
  stop: 'Stopped',
  reset: 'Reset',
  targetChanged: 'Target changed',
  warning: 'Warning',
  breach: 'Breach',
};

/** "Why?": the goal's clock timeline, behind a disclosure button. */
export function Explanation({
  goalName,
  steps,
  timeZone,
}: {
  goalName: string;
  steps: readonly ExplanationStep[] | undefined;
  timeZone: string;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="explanation">
      <button
        type="button"
        className="explanation__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <svg className="explanation__chevron" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M6 4l4 4-4 4" />
        </svg>
        Why?<span className="visually-hidden"> ({goalName})</span>
      </button>
      <div id={id} hidden={!open}>
        {open &&
          (steps && steps.length > 0 ? (
            <ol className="explanation__steps" aria-label={`How the clock of ${goalName} ran`}>
              {steps.map((step, index) => (
                <li key={`${step.at}-${index}`} className="explanation__step">
                  <time className="explanation__time" dateTime={step.at}>
                    {instantText(step.at, timeZone)}
                  </time>
                  <span className={`explanation__action explanation__action--${step.action}`}>
                    {ACTIONS[step.action]}
                  </span>
                  <span className="explanation__text">{step.text}</span>
                  {step.rule && (
                    <span className="explanation__rule">
                      Rule <code>{step.rule}</code>
                    </span>
                  )}
                </li>
              ))}
            </ol>
          ) : (
            <p className="explanation__empty">The clock has not moved yet: nothing to explain.</p>
          ))}
      </div>
    </div>
  );
}
