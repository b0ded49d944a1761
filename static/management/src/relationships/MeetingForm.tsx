import { useState, type FormEvent } from 'react';
import { call } from '../../../shared/api';
import { Button } from '../../../shared/components/Button';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import {
  EMPTY_MEETING_BASICS,
  MeetingBasicsFields,
  meetingBasicsPayload,
  type MeetingBasics,
} from './MeetingBasicsFields';

interface ActionFields {
  kind: 'new' | 'existing';
  summary: string;
  owner: string;
  dueDate: string;
  issueKey: string;
}

const NEW_ACTION: ActionFields = { kind: 'new', summary: '', owner: '', dueDate: '', issueKey: '' };

/**
 * The admins' form of a customer meeting: date, attendees (one a line), minutes and the agreed
 * actions — a new issue (summary, owner's account id, due date) or an existing issue's key. The
 * server creates the new issues once and names every wrong field.
 */
export function MeetingForm({
  customerId,
  onRecorded,
}: {
  customerId: string;
  onRecorded: () => void;
}) {
  const [basics, setBasics] = useState<MeetingBasics>(EMPTY_MEETING_BASICS);
  const [actions, setActions] = useState<ActionFields[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const setAction = (i: number, change: Partial<ActionFields>) =>
    setActions((list) => list.map((a, j) => (j === i ? { ...a, ...change } : a)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await call('recordCustomerMeeting', {
        customerId,
        meeting: {
          ...meetingBasicsPayload(basics),
          actions: actions.map((a) =>
            a.kind === 'existing'
              ? { kind: 'existing', issueKey: a.issueKey.trim() }
              : { kind: 'new', summary: a.summary, owner: a.owner.trim(), dueDate: a.dueDate },
          ),
        },
      });
      setBasics(EMPTY_MEETING_BASICS);
      setActions([]);
      onRecorded();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="relationships-form" onSubmit={submit} aria-label="Record a meeting">
      <h4>Record a meeting</h4>
      <MeetingBasicsFields value={basics} onChange={setBasics} />
      <fieldset>
        <legend>Agreed actions</legend>
        {actions.map((a, i) => (
          <div key={i} className="relationships-form__row">
            <label>
              {`Action ${i + 1}`}
              <select
                value={a.kind}
                onChange={(e) => setAction(i, { kind: e.target.value as ActionFields['kind'] })}
              >
                <option value="new">New issue</option>
                <option value="existing">Existing issue</option>
              </select>
            </label>
            {a.kind === 'existing' ? (
              <label>
                {`Action ${i + 1} issue key`}
                <input
                  value={a.issueKey}
                  onChange={(e) => setAction(i, { issueKey: e.target.value })}
                />
              </label>
            ) : (
              <>
                <label>
                  {`Action ${i + 1} summary`}
                  <input
                    value={a.summary}
                    onChange={(e) => setAction(i, { summary: e.target.value })}
                  />
                </label>
                <label>
                  {`Action ${i + 1} owner (account id)`}
                  <input
                    value={a.owner}
                    onChange={(e) => setAction(i, { owner: e.target.value })}
                  />
                </label>
                <label>
                  {`Action ${i + 1} due date`}
                  <input
                    type="date"
                    value={a.dueDate}
                    onChange={(e) => setAction(i, { dueDate: e.target.value })}
                  />
                </label>
              </>
            )}
            <Button
              type="button"
              appearance="subtle"
              onClick={() => setActions((list) => list.filter((_, j) => j !== i))}
            >
              {`Remove action ${i + 1}`}
            </Button>
          </div>
        ))}
        <Button type="button" onClick={() => setActions((list) => [...list, NEW_ACTION])}>
          Add action
        </Button>
      </fieldset>
      {error !== null && <ResolverErrorMessage error={error} what="the meeting" />}
      <Button type="submit" appearance="primary" disabled={saving}>
        {saving ? 'Recording…' : 'Record meeting'}
      </Button>
    </form>
  );
}
