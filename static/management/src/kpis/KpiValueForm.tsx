import { useState } from 'react';
import type { KpiValueSaved, KpiView } from '../../../../src/resolvers/kpiViews';
import { call, ResolverCallError } from '../../../shared/api';
import { IssueLink } from '../../../shared/components/IssueLink';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../../shared/components/SectionMessage';

/**
 * For Jira administrators: a manual KPI's value for a month (a correction is a new entry; the
 * newest is the value). For a month that has ended, the answer says whether an action issue was
 * raised. Each refused field's message is shown under it.
 */
export function KpiValueForm({
  kpis,
  defaultMonth,
  onSaved,
}: {
  kpis: readonly KpiView[];
  defaultMonth: string;
  onSaved: () => void;
}) {
  const [kpiId, setKpiId] = useState(kpis[0]?.id ?? '');
  const [month, setMonth] = useState(defaultMonth);
  const [value, setValue] = useState('');
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<
    { kind: 'saved'; saved: KpiValueSaved } | { kind: 'error'; error: unknown } | null
  >(null);
  const errors =
    result?.kind === 'error' && result.error instanceof ResolverCallError
      ? (result.error.failure.errors ?? [])
      : [];
  const errorAt = (path: string) => errors.find((e) => e.path === path)?.message;

  const save = async () => {
    setSaving(true);
    setResult(null);
    try {
      const saved = await call<KpiValueSaved>('saveKpiValue', {
        kpiId,
        month,
        value: value.trim() === '' ? null : Number(value),
      });
      setResult({ kind: 'saved', saved });
      setValue('');
      onSaved();
    } catch (error) {
      setResult({ kind: 'error', error });
    } finally {
      setSaving(false);
    }
  };

  const field = (id: string, label: string, path: string, input: JSX.Element) => (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {input}
      {errorAt(path) && (
        <div className="field-error" id={`${id}-error`}>
          <p>{errorAt(path)}</p>
        </div>
      )}
    </div>
  );
  const described = (id: string, path: string) => ({
    'aria-invalid': errorAt(path) !== undefined,
    'aria-describedby': errorAt(path) ? `${id}-error` : undefined,
  });
  const action = result?.kind === 'saved' ? result.saved.action : null;

  return (
    <form
      className="kpi-value-form"
      aria-labelledby="kpi-value-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="kpi-value-form-heading">Enter a value</h3>
      <div className="form-row">
        {field(
          'kpi-value-kpi',
          'KPI',
          '$.kpiId',
          <select
            id="kpi-value-kpi"
            className="select"
            value={kpiId}
            {...described('kpi-value-kpi', '$.kpiId')}
            onChange={(e) => setKpiId(e.target.value)}
          >
            {kpis.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name} ({k.unit})
              </option>
            ))}
          </select>,
        )}
        {field(
          'kpi-value-month',
          'Month',
          '$.month',
          <input
            id="kpi-value-month"
            className="input"
            type="month"
            value={month}
            {...described('kpi-value-month', '$.month')}
            onChange={(e) => setMonth(e.target.value)}
          />,
        )}
        {field(
          'kpi-value-value',
          'Value',
          '$.value',
          <input
            id="kpi-value-value"
            className="input"
            type="number"
            step="any"
            value={value}
            {...described('kpi-value-value', '$.value')}
            onChange={(e) => setValue(e.target.value)}
          />,
        )}
      </div>
      <button type="submit" className="button button--primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save value'}
      </button>
      {result?.kind === 'saved' && (
        <SectionMessage appearance="success" title="Saved">
          <p>
            {result.saved.entry.month}: {result.saved.entry.value} saved
            {result.saved.entry.revision > 1
              ? ` as correction ${result.saved.entry.revision - 1}`
              : ''}
            .
          </p>
          {action?.issueKey && (
            <p>
              Action issue for its owner: <IssueLink issueKey={action.issueKey} />
            </p>
          )}
          {action?.kind === 'refused' && <p>Jira refused the action issue: {action.error}</p>}
        </SectionMessage>
      )}
      {result?.kind === 'error' && <ResolverErrorMessage error={result.error} what="the value" />}
    </form>
  );
}
