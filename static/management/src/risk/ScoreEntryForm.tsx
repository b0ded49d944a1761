import { useState, type FormEvent } from 'react';
import type { RiskScoresView } from '../../../../src/resolvers/riskViews';
import { call } from '../../../shared/api';
import { Button } from '../../../shared/components/Button';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { FormField } from '../../../reports/src/FormField';

interface SaveAnswer {
  readonly actionPlans: readonly { kind: string; issueKey?: string; message?: string }[];
  readonly actionPlanError: boolean;
}

/**
 * An admin enters an area's score for a month (areas computed from the register are not
 * offered). Saving again corrects it: the history keeps every entry.
 */
export function ScoreEntryForm({ view, onSaved }: { view: RiskScoresView; onSaved: () => void }) {
  const areas = view.trend.areas.filter((a) => view.sources[a.id] === 'entered');
  const [areaId, setAreaId] = useState(areas[0]?.id ?? '');
  const [month, setMonth] = useState(view.currentMonth);
  const [score, setScore] = useState('');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<SaveAnswer | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setSaved(null);
    try {
      const answer = await call<SaveAnswer>('saveRiskScore', {
        areaId,
        month,
        score: score.trim() === '' ? null : Number(score),
        note,
      });
      setSaved(answer);
      setScore('');
      setNote('');
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  if (areas.length === 0) return null;
  const created = saved?.actionPlans.find((p) => p.kind === 'created');
  const refused = saved?.actionPlans.find((p) => p.kind === 'refused');
  return (
    <form className="risk-form" onSubmit={submit} aria-label="Enter a score">
      <h3>Enter a score</h3>
      <div className="risk-form__row">
        <FormField label="Area">
          {(id) => (
            <select id={id} value={areaId} onChange={(e) => setAreaId(e.target.value)}>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Month">
          {(id) => (
            <input
              id={id}
              type="month"
              value={month}
              max={view.currentMonth}
              onChange={(e) => setMonth(e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Score (0–100)">
          {(id) => (
            <input
              id={id}
              type="number"
              min={0}
              max={100}
              step={1}
              value={score}
              onChange={(e) => setScore(e.target.value)}
            />
          )}
        </FormField>
        <FormField label="Note">
          {(id) => <input id={id} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
      </div>
      <Button appearance="primary" type="submit" disabled={saving}>
        Save score
      </Button>
      {error !== null && <ResolverErrorMessage error={error} what="the score" />}
      {saved && (
        <SectionMessage
          appearance={saved.actionPlanError || refused ? 'warning' : 'success'}
          title="Score saved"
        >
          {created
            ? `The score dropped from last month: action plan ${created.issueKey} was raised for the area's owner.`
            : refused
              ? `The score dropped, but Jira refused the action plan (${refused.message}): check where action plans go; the daily run tries again.`
              : saved.actionPlanError
                ? 'The action plan could not be raised now; the daily run raises it.'
                : null}
        </SectionMessage>
      )}
    </form>
  );
}
