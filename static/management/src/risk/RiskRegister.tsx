import { useState } from 'react';
import { approverFor } from '../../../../src/domain/risk/riskApproval';
import type { RiskRegisterView, RiskSettings, RiskView } from '../../../../src/resolvers/riskViews';
import { call } from '../../../shared/api';
import { Button } from '../../../shared/components/Button';
import { Lozenge, type LozengeAppearance } from '../../../shared/components/Lozenge';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { personName } from '../../../shared/format';
import { RiskForm } from './RiskForm';

const LEVEL: Record<RiskView['level'], { text: string; appearance: LozengeAppearance }> = {
  low: { text: 'Low', appearance: 'success' },
  medium: { text: 'Medium', appearance: 'moved' },
  high: { text: 'High', appearance: 'removed' },
  'very-high': { text: 'Very high', appearance: 'removed' },
};

const BODY = {
  none: 'nobody',
  board: 'the board',
  'group-management': 'group management',
} as const;

const when = (t: number) => new Date(t).toISOString().slice(0, 16).replace('T', ' ');

function ApprovalState({ risk, names }: { risk: RiskView; names: RiskRegisterView['names'] }) {
  if (risk.approvalRequired === 'none') return <>Not required</>;
  if (risk.approvalDue)
    return <Lozenge appearance="new">{`Awaiting ${BODY[risk.approvalRequired]}`}</Lozenge>;
  return (
    <>
      <Lozenge appearance="success">Approved</Lozenge> by{' '}
      {risk.approvedBy === null ? '–' : personName(names, risk.approvedBy)} (
      {BODY[risk.approvalRequired]}), {risk.approvedAt !== null && when(risk.approvedAt)}
    </>
  );
}

/**
 * The risk register: each risk as it stands, its level, its approval (who must approve, and
 * whether they have), an approve action for admins, and its history of revisions.
 */
export function RiskRegister({
  view,
  settings,
  canEdit,
  onChanged,
}: {
  view: RiskRegisterView;
  settings: RiskSettings;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<RiskView | 'new' | null>(null);
  const areaName = (id: string | null) => settings.areas.find((a) => a.id === id)?.name ?? id ?? '';

  const approve = async (risk: RiskView) => {
    setError(null);
    try {
      await call('approveRisk', {
        riskId: risk.id,
        revision: risk.revision,
        body: approverFor(risk.level),
      });
      onChanged();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <section aria-labelledby="risk-register-title">
      <div className="data-table__bar">
        <h3 id="risk-register-title" className="data-table__caption">
          Risk register
        </h3>
        {canEdit && editing === null && (
          <Button onClick={() => setEditing('new')}>Add a risk</Button>
        )}
      </div>
      {editing !== null && (
        <RiskForm
          risk={editing === 'new' ? null : editing}
          settings={settings}
          onDone={(saved) => {
            setEditing(null);
            if (saved) onChanged();
          }}
        />
      )}
      {error !== null && <ResolverErrorMessage error={error} what="the approval" />}
      {view.risks.length === 0 ? (
        <p>No risks registered.</p>
      ) : (
        <table className="risk-table" aria-label="Risk register">
          <thead>
            <tr>
              <th scope="col">Risk</th>
              <th scope="col">Area</th>
              <th scope="col">Owner</th>
              <th scope="col">Level</th>
              <th scope="col">Mitigation</th>
              <th scope="col">Status</th>
              <th scope="col">Approval</th>
              {canEdit && <th scope="col">Actions</th>}
            </tr>
          </thead>
          <tbody>
            {view.risks.map((risk) => (
              <tr key={risk.id}>
                <td>
                  {risk.title}
                  <details>
                    <summary>History ({risk.history.length})</summary>
                    <ol>
                      {risk.history.map((h) => (
                        <li key={h.revision}>
                          {when(h.changedAt)} by {personName(view.names, h.changedBy)}:{' '}
                          {LEVEL[h.level].text}, {h.status}
                        </li>
                      ))}
                      {risk.approvals.map((a) => (
                        <li key={a.approvalId}>
                          {when(a.approvedAt)}: approved by {personName(view.names, a.approvedBy)}{' '}
                          for {BODY[a.body]} at {LEVEL[a.level].text}
                          {a.note ? ` (${a.note})` : ''}
                        </li>
                      ))}
                    </ol>
                  </details>
                </td>
                <td>{areaName(risk.area)}</td>
                <td>{risk.owner === null ? '–' : personName(view.names, risk.owner)}</td>
                <td>
                  <Lozenge appearance={LEVEL[risk.level].appearance}>
                    {LEVEL[risk.level].text}
                  </Lozenge>
                </td>
                <td>{risk.mitigation}</td>
                <td>{risk.status === 'open' ? 'Open' : 'Closed'}</td>
                <td>
                  <ApprovalState risk={risk} names={view.names} />
                </td>
                {canEdit && (
                  <td>
                    {risk.approvalDue && (
                      <Button onClick={() => void approve(risk)}>
                        {`Record approval by ${BODY[risk.approvalRequired]}`}
                      </Button>
                    )}
                    <Button appearance="subtle" onClick={() => setEditing(risk)}>
                      Edit
                    </Button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
