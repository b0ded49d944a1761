import { useState, type FormEvent } from 'react';
import { call } from '../../shared/api';
import { Button } from '../../shared/components/Button';
import { IssueLink } from '../../shared/components/IssueLink';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';

/**
 * Raises a non-conformity from one feedback, with the lead's reason:
 * `raiseNonConformity({ feedbackId, reason })` on the work list's resolver.
 */
export function RaiseNonConformity({ feedbackId }: { feedbackId: string }) {
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [raised, setRaised] = useState<string | null>(null);
  const id = `reason-${feedbackId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      const { issueKey } = await call<{ issueKey: string }>('raiseNonConformity', {
        feedbackId,
        reason,
      });
      setRaised(issueKey);
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  if (raised) {
    return (
      <p className="review-form__done">
        Non-conformity <IssueLink issueKey={raised} /> raised.
      </p>
    );
  }
  return (
    <form
      className="review-form"
      onSubmit={(e) => void submit(e)}
      aria-label="Raise non-conformity"
    >
      <label htmlFor={id}>Why does this need a non-conformity?</label>
      <textarea
        id={id}
        value={reason}
        rows={3}
        maxLength={4000}
        onChange={(e) => setReason(e.target.value)}
      />
      {error !== null && <ResolverErrorMessage error={error} what="the non-conformity" />}
      <Button type="submit" appearance="primary" disabled={saving}>
        {saving ? 'Raising…' : 'Raise'}
      </Button>
    </form>
  );
}
