import { useState, type FormEvent } from 'react';
import type { ActionKind } from '../../../src/domain/quality/capa';
import { Input, required } from './fields';
import type { RunCommand } from './StepForm';
import { Submit } from './Submit';

/**
 * Adding an action: a new Jira issue the app creates (the owner as assignee, the due date), or an
 * existing issue by its key. The panel reads each action's status from Jira when it loads.
 */
export function ActionForms({
  kind,
  run,
  busy,
}: {
  kind: ActionKind;
  run: RunCommand;
  busy: boolean;
}) {
  const [summary, setSummary] = useState('');
  const [issueKey, setIssueKey] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const common = required([
    ['the owner', owner],
    ['the due date', dueDate],
  ]);
  const reset = (ok: boolean) => {
    if (!ok) return;
    setSummary('');
    setIssueKey('');
  };
  const create = (event: FormEvent) => {
    event.preventDefault();
    void run({ type: 'createAction', action: { kind, summary, owner, dueDate } }).then(reset);
  };
  const add = () =>
    void run({
      type: 'addAction',
      action: { kind, issueKey: issueKey.trim().toUpperCase(), owner, dueDate },
    }).then(reset);
  return (
    <form aria-label={`New ${kind} action`} className="capa__action-form" onSubmit={create}>
      <Input label="Owner (account id)" value={owner} onChange={setOwner} />
      <Input label="Due date" type="date" value={dueDate} onChange={setDueDate} />
      <Input label="Summary of a new action issue" value={summary} onChange={setSummary} />
      <Submit
        label="Create action issue"
        busy={busy}
        blockers={[...required([['the summary', summary]]), ...common]}
      />
      <Input label="Or the key of an existing issue" value={issueKey} onChange={setIssueKey} />
      <Submit
        label="Add existing issue"
        busy={busy}
        blockers={[...required([['the issue key', issueKey]]), ...common]}
        onClick={add}
      />
    </form>
  );
}
