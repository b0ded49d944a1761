import { useState } from 'react';
import { CAPA_STEPS, type CapaStep } from '../../../src/domain/quality/capa';
import type { CapaPanelData } from '../../../src/resolvers/capaViews';
import { call } from '../../shared/api';
import { IssueLink } from '../../shared/components/IssueLink';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../shared/components/SectionMessage';
import { ActionList } from './ActionList';
import { Recorded } from './Recorded';
import { StepForm, type RunCommand } from './StepForm';
import { Trail } from './Trail';

export type CapaData = Extract<CapaPanelData, { nonConformity: true }>;

export const STEP_TITLES: Record<CapaStep, string> = {
  containment: 'Containment and correction',
  causeDecision: 'Action on the cause?',
  rootCause: 'Root cause',
  correctiveActions: 'Corrective actions',
  preventiveActions: 'Preventive actions',
  effectivenessCheck: 'Effectiveness check',
  closed: 'Closed',
};

/** The CAPA of one non-conformity: where it stands, what is recorded, the next step, the trail. */
export function CapaPanel({
  issueKey,
  view,
  onChange,
}: {
  issueKey: string;
  view: CapaData;
  onChange: (data: CapaPanelData) => void;
}) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { capa } = view;
  const run: RunCommand = async (command) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await call<CapaPanelData>('applyCapaCommand', { issueKey, command }));
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const current = CAPA_STEPS.indexOf(capa.step);
  return (
    <>
      <section aria-label="Where the CAPA stands" className="capa__header">
        <h2 className="capa__title">
          {STEP_TITLES[capa.step]}
          {capa.round > 1 && <span className="capa__round"> · round {capa.round}</span>}
        </h2>
        <ol className="capa__steps">
          {CAPA_STEPS.map((step, i) => (
            <li
              key={step}
              className={i < current ? 'is-done' : i === current ? 'is-current' : ''}
              aria-current={i === current ? 'step' : undefined}
            >
              {STEP_TITLES[step]}
            </li>
          ))}
        </ol>
        <p className="capa__reason">{view.reason}</p>
        {view.evidence.length > 0 && (
          <p className="capa__evidence">
            Evidence: {view.evidence.length} feedback
            {view.evidence.some((e) => e.caseKey) && ' on '}
            {view.evidence
              .filter((e) => e.caseKey)
              .map((e, i) => (
                <span key={e.feedbackId}>
                  {i > 0 && ', '}
                  <IssueLink issueKey={e.caseKey!} />
                </span>
              ))}
          </p>
        )}
      </section>
      {capa.step === 'closed' && (
        <SectionMessage appearance="success" title="Closed">
          <p>
            {capa.causeActionNeeded === false
              ? 'No action on the cause was needed.'
              : 'The corrective action was effective.'}
          </p>
        </SectionMessage>
      )}
      {error !== null && <ResolverErrorMessage error={error} what="the change" />}
      {view.canChange ? (
        capa.step !== 'closed' && <StepForm view={view} run={run} busy={busy} />
      ) : (
        <p className="capa__note">Only Jira administrators and team leads can change a CAPA.</p>
      )}
      {capa.actions.length > 0 && <ActionList actions={capa.actions} />}
      <Recorded capa={capa} />
      <Trail trail={view.trail} />
    </>
  );
}
