import type { AuditKind } from '../../../../src/resolvers/managementReviewViews';
import { Button } from '../../../shared/components/Button';
import { FormField } from '../../../reports/src/FormField';

/** An audit as typed: numbers stay text until sent, so the server says what is wrong. */
export interface AuditDraft {
  readonly kind: AuditKind;
  readonly title: string;
  readonly heldOn: string;
  readonly auditor: string;
  readonly majorFindings: string;
  readonly minorFindings: string;
  readonly observations: string;
  readonly summary: string;
}

export const EMPTY_AUDIT: AuditDraft = {
  kind: 'internal',
  title: '',
  heldOn: '',
  auditor: '',
  majorFindings: '0',
  minorFindings: '0',
  observations: '0',
  summary: '',
};

/** The request's `auditResults`: a number typed as text is sent as a number (or null). */
export const auditResultsPayload = (audits: readonly AuditDraft[], conclusion: string) => ({
  audits: audits.map((a) => ({
    ...a,
    majorFindings: a.majorFindings === '' ? null : Number(a.majorFindings),
    minorFindings: a.minorFindings === '' ? null : Number(a.minorFindings),
    observations: a.observations === '' ? null : Number(a.observations),
  })),
  conclusion,
});

/** The internal and external audits of the period, entered by the administrator who issues. */
export function AuditResultsForm({
  audits,
  conclusion,
  onChange,
}: {
  readonly audits: readonly AuditDraft[];
  readonly conclusion: string;
  readonly onChange: (audits: readonly AuditDraft[], conclusion: string) => void;
}) {
  const change = (i: number, patch: Partial<AuditDraft>) =>
    onChange(
      audits.map((a, j) => (j === i ? { ...a, ...patch } : a)),
      conclusion,
    );
  return (
    <fieldset className="review-audits">
      <legend>Audit results</legend>
      {audits.length === 0 && <p className="review__facts">No audit entered for the period.</p>}
      {audits.map((audit, i) => (
        <fieldset key={i} className="review-audit" aria-label={`Audit ${i + 1}`}>
          <FormField label="Kind">
            {(id) => (
              <select
                id={id}
                value={audit.kind}
                onChange={(e) => change(i, { kind: e.target.value as AuditKind })}
              >
                <option value="internal">Internal</option>
                <option value="external">External</option>
              </select>
            )}
          </FormField>
          <FormField label="Audit">
            {(id) => (
              <input
                id={id}
                value={audit.title}
                onChange={(e) => change(i, { title: e.target.value })}
              />
            )}
          </FormField>
          <FormField label="Held on">
            {(id) => (
              <input
                id={id}
                type="date"
                value={audit.heldOn}
                onChange={(e) => change(i, { heldOn: e.target.value })}
              />
            )}
          </FormField>
          <FormField label="Auditor">
            {(id) => (
              <input
                id={id}
                value={audit.auditor}
                onChange={(e) => change(i, { auditor: e.target.value })}
              />
            )}
          </FormField>
          {(
            [
              ['majorFindings', 'Major findings'],
              ['minorFindings', 'Minor findings'],
              ['observations', 'Observations'],
            ] as const
          ).map(([name, label]) => (
            <FormField key={name} label={label}>
              {(id) => (
                <input
                  id={id}
                  type="number"
                  min={0}
                  step={1}
                  value={audit[name]}
                  onChange={(e) => change(i, { [name]: e.target.value })}
                />
              )}
            </FormField>
          ))}
          <FormField label="Findings and conclusions">
            {(id) => (
              <textarea
                id={id}
                rows={2}
                value={audit.summary}
                onChange={(e) => change(i, { summary: e.target.value })}
              />
            )}
          </FormField>
          <Button
            appearance="subtle"
            onClick={() =>
              onChange(
                audits.filter((_, j) => j !== i),
                conclusion,
              )
            }
          >
            Remove audit {i + 1}
          </Button>
        </fieldset>
      ))}
      <Button onClick={() => onChange([...audits, EMPTY_AUDIT], conclusion)}>Add an audit</Button>
      <FormField label="Conclusion on the audits">
        {(id) => (
          <textarea
            id={id}
            rows={2}
            value={conclusion}
            onChange={(e) => onChange(audits, e.target.value)}
          />
        )}
      </FormField>
    </fieldset>
  );
}
