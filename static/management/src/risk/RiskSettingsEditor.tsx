import { useState, type FormEvent } from 'react';
import { weightSumError } from '../../../../src/domain/risk/riskSettings';
import type { RiskSettings, RiskSettingsView } from '../../../../src/resolvers/riskViews';
import { Button } from '../../../shared/components/Button';
import { ActionIssueFields } from '../../../shared/components/ActionIssueFields';
import { SaveBar } from '../../../shared/components/SaveBar';
import { useVersionedSave } from '../../../shared/useVersionedSave';
import { FormField } from '../../../reports/src/FormField';
import { formFieldInput } from '../actionIssueInput';
import { personName } from '../../../shared/format';

type Area = RiskSettings['areas'][number];

/**
 * The risk areas (name, weight, owner, source) and where action plans go; Jira administrators
 * edit, everyone else reads. The weights' sum is shown as they are typed, with the same message
 * the save refuses with when it is not 100 %.
 */
export function RiskSettingsEditor({
  view,
  canEdit,
  onSaved,
}: {
  view: RiskSettingsView;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const [settings, setSettings] = useState<RiskSettings>(view.settings);
  const { saving, outcome, save } = useVersionedSave<RiskSettings>('saveRiskSettings');

  // Saved areas keep their id (scores, risks and action plans refer to it); a new one gets one.
  const saved = new Set(view.settings.areas.map((a) => a.id));
  const weights = settings.areas.map((a) => Number(a.weight));
  const sum = Math.round(weights.reduce((t, w) => t + (Number.isFinite(w) ? w : 0), 0) * 100) / 100;
  const sumError = weightSumError(weights);
  const setArea = (i: number, change: Partial<Area>) =>
    setSettings((s) => ({
      ...s,
      areas: s.areas.map((a, j) => (j === i ? { ...a, ...change } : a)),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save(settings, view.version);
    if ('saved' in result) onSaved();
  };

  return (
    <form className="risk-form" onSubmit={submit} aria-label="Risk areas and weights">
      <h3>Risk areas and weights</h3>
      <table className="risk-table">
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Weight (%)</th>
            <th scope="col">Owner (account id)</th>
            <th scope="col">Score</th>
            {canEdit && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {settings.areas.map((area, i) => (
            <tr key={i}>
              <td>
                {!saved.has(area.id) && (
                  <input
                    aria-label={`Id of new area ${i + 1}`}
                    placeholder="id, e.g. privacy"
                    value={area.id}
                    onChange={(e) => setArea(i, { id: e.target.value })}
                  />
                )}
                <input
                  aria-label={`Name of ${area.name || `new area ${i + 1}`}`}
                  value={area.name}
                  disabled={!canEdit}
                  onChange={(e) => setArea(i, { name: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={`Weight of ${area.name}`}
                  type="number"
                  min={0}
                  max={100}
                  value={area.weight}
                  disabled={!canEdit}
                  onChange={(e) =>
                    setArea(i, { weight: e.target.value === '' ? NaN : Number(e.target.value) })
                  }
                />
              </td>
              <td>
                <input
                  aria-label={`Owner of ${area.name}`}
                  value={area.owner ?? ''}
                  disabled={!canEdit}
                  onChange={(e) => setArea(i, { owner: e.target.value.trim() || null })}
                />
                {area.owner !== null && view.names[area.owner] !== undefined && (
                  <span className="subtle"> {view.names[area.owner]}</span>
                )}
              </td>
              <td>
                <select
                  aria-label={`Score source of ${area.name}`}
                  value={area.source}
                  disabled={!canEdit}
                  onChange={(e) => setArea(i, { source: e.target.value as Area['source'] })}
                >
                  <option value="entered">Entered</option>
                  <option value="register">From the register</option>
                </select>
              </td>
              {canEdit && (
                <td>
                  <Button
                    appearance="subtle"
                    onClick={() =>
                      setSettings((s) => ({ ...s, areas: s.areas.filter((_, j) => j !== i) }))
                    }
                  >
                    {`Remove ${area.name || 'area'}`}
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Sum</th>
            <td aria-live="polite" className={sumError ? 'risk-sum risk-sum--wrong' : 'risk-sum'}>
              {sum} %
            </td>
            <td colSpan={canEdit ? 3 : 2}>{sumError && <span role="alert">{sumError}</span>}</td>
          </tr>
        </tfoot>
      </table>
      {canEdit && (
        <Button
          onClick={() =>
            setSettings((s) => ({
              ...s,
              areas: [...s.areas, { id: '', name: '', weight: 0, owner: null, source: 'entered' }],
            }))
          }
        >
          Add an area
        </Button>
      )}
      <div className="risk-form__row">
        <ActionIssueFields
          value={settings.actionPlan}
          onChange={(actionPlan) => setSettings((s) => ({ ...s, actionPlan }))}
          labels={{
            projectKey: 'Action plan project',
            issueType: 'Issue type',
            dueInDays: 'Days the owner has',
          }}
          renderInput={formFieldInput(!canEdit)}
        />
        <FormField label="Time zone of the months">
          {(id) => (
            <input
              id={id}
              value={settings.timeZone}
              disabled={!canEdit}
              onChange={(e) => setSettings((s) => ({ ...s, timeZone: e.target.value }))}
            />
          )}
        </FormField>
      </div>
      {view.version !== null && (
        <p className="risk-note">
          Version {view.version}, saved by {personName(view.names, view.savedBy ?? '')} at{' '}
          {view.savedAt}.
        </p>
      )}
      {canEdit && (
        <SaveBar
          outcome={outcome}
          what="the risk settings"
          saving={saving}
          saveLabel="Save settings"
          savedTitle="Settings saved"
        />
      )}
    </form>
  );
}
