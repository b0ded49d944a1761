import { useState, type FormEvent } from 'react';
import type { RecordedFollowUp } from '../../../src/resolvers/qualityViews';
import { call, ResolverCallError } from '../../shared/api';
import { Button } from '../../shared/components/Button';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';

/** The most characters a note takes (the resolver refuses more). */
const MAX_NOTE = 4000;

/**
 * Records a follow-up inline: was the customer contacted, the outcome, a note. A field the
 * resolver refuses shows its message under the field; anything else above the buttons.
 */
export function RecordFollowUpForm({
  feedbackId,
  outcomes,
  onRecorded,
}: {
  feedbackId: string;
  outcomes: Readonly<Record<string, string>>;
  onRecorded: (recorded: RecordedFollowUp) => void;
}) {
  const [customerContacted, setContacted] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const fieldErrors = new Map<string, string>();
  if (error instanceof ResolverCallError) {
    for (const e of error.failure.errors ?? []) fieldErrors.set(e.path, e.message);
  }
  const id = (name: string) => `${name}-${feedbackId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      onRecorded(
        await call<RecordedFollowUp>('recordFollowUp', {
          feedbackId,
          customerContacted,
          outcome,
          note,
        }),
      );
    } catch (e) {
      setError(e);
      setSaving(false);
    }
  };

  const message = (path: string) =>
    fieldErrors.has(path) && (
      <p className="review-form__error" id={id(`error${path}`)}>
        {fieldErrors.get(path)}
      </p>
    );

  return (
    <form className="review-form" onSubmit={(e) => void submit(e)} aria-label="Record follow-up">
      <label className="review-form__check">
        <input
          type="checkbox"
          checked={customerContacted}
          onChange={(e) => setContacted(e.target.checked)}
        />{' '}
        The customer was contacted
      </label>
      {message('$.customerContacted')}
      <label htmlFor={id('outcome')}>Outcome</label>
      <select
        id={id('outcome')}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
        aria-invalid={fieldErrors.has('$.outcome')}
      >
        <option value="">Choose an outcome…</option>
        {Object.entries(outcomes).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {message('$.outcome')}
      <label htmlFor={id('note')}>Note</label>
      <textarea
        id={id('note')}
        value={note}
        maxLength={MAX_NOTE}
        rows={3}
        onChange={(e) => setNote(e.target.value)}
        aria-invalid={fieldErrors.has('$.note')}
      />
      {message('$.note')}
      {error !== null && fieldErrors.size === 0 && (
        <ResolverErrorMessage error={error} what="the follow-up" />
      )}
      <Button type="submit" appearance="primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save follow-up'}
      </Button>
    </form>
  );
}
