import { useState, type FormEvent } from 'react';
import { RISK_LEVELS } from '../../../../src/domain/risk/riskApproval';
import type { RiskFields, RiskSettings, RiskView } from '../../../../src/resolvers/riskViews';
import { call } from '../../../shared/api';
import { Button } from '../../../shared/components/Button';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { FormField } from '../../../reports/src/FormField';

const LEVEL_TEXT = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  'very-high': 'Very high',
} as const;

/** A new risk, or a new revision of one; the mitigation plan is required (the save says so). */
export function RiskForm({
  risk,
  settings,
  onDone,
}: {
  risk: RiskView | null;
  settings: RiskSettings;
  onDone: (saved: boolean) => void;
}) {
  const [fields, setFields] = useState<RiskFields>(
    risk
      ? {
          title: risk.title,
          description: risk.description,
          area: risk.area ?? settings.areas[0]!.id,
          owner: risk.owner,
          level: risk.level,
          mitigation: risk.mitigation,
          status: risk.status,
        }
      : {
          title: '',
          description: '',
          area: settings.areas[0]!.id,
          owner: null,
          level: 'low',
          mitigation: '',
          status: 'open',
        },
  );
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const set = (change: Partial<RiskFields>) => setFields((f) => ({ ...f, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await call('saveRisk', {
        riskId: risk?.id ?? null,
        baseRevision: risk?.revision ?? null,
        risk: fields,
      });
      onDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="risk-form"
      onSubmit={submit}
      aria-label={risk ? `Edit ${risk.title}` : 'New risk'}
    >
      <div className="risk-form__row">
        <FormField label="Title">
          {(id) => (
            <input id={id} value={fields.title} onChange={(e) => set({ title: e.target.value })} />
          )}
        </FormField>
        <FormField label="Area">
          {(id) => (
            <select id={id} value={fields.area} onChange={(e) => set({ area: e.target.value })}>
              {settings.areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Level">
          {(id) => (
            <select
              id={id}
              value={fields.level}
              onChange={(e) => set({ level: e.target.value as RiskFields['level'] })}
            >
              {RISK_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {LEVEL_TEXT[l]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Owner (account id)">
          {(id) => (
            <input
              id={id}
              value={fields.owner ?? ''}
              onChange={(e) => set({ owner: e.target.value.trim() || null })}
            />
          )}
        </FormField>
        <FormField label="Status">
          {(id) => (
            <select
              id={id}
              value={fields.status}
              onChange={(e) => set({ status: e.target.value as RiskFields['status'] })}
            >
              <option value="open">Open</option>
              <option value="closed">Closed</option>
            </select>
          )}
        </FormField>
      </div>
      <FormField label="Description">
        {(id) => (
          <textarea
            id={id}
            value={fields.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </FormField>
      <FormField label="Mitigation plan (required)">
        {(id) => (
          <textarea
            id={id}
            value={fields.mitigation}
            onChange={(e) => set({ mitigation: e.target.value })}
          />
        )}
      </FormField>
      <Button appearance="primary" type="submit" disabled={saving}>
        Save risk
      </Button>
      <Button appearance="subtle" onClick={() => onDone(false)}>
        Cancel
      </Button>
      {error !== null && <ResolverErrorMessage error={error} what="the risk" />}
    </form>
  );
}
