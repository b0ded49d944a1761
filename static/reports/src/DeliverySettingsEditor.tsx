import { useEffect, useState } from 'react';
import type { ValidationError } from '../../../src/domain/validation';
import type {
  DeliverySettingsView,
  ReportDeliverySettings,
  ReportSchedule,
} from '../../../src/resolvers/views';
import { call, ResolverCallError } from '../../shared/api';
import { Button } from '../../shared/components/Button';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../shared/components/SectionMessage';
import { Spinner } from '../../shared/components/Spinner';
import { FormField } from './FormField';
import { useResolver } from './useResolver';

/** The form's text: lists as comma-separated names. */
interface Draft {
  schedule: ReportSchedule;
  deliveryIssue: string;
  users: string;
  groups: string;
  reporter: boolean;
  watchers: boolean;
}

const draftOf = (s: ReportDeliverySettings): Draft => ({
  schedule: s.schedule,
  deliveryIssue: s.deliveryIssue ?? '',
  users: s.recipients.users.join(', '),
  groups: s.recipients.groups.join(', '),
  reporter: s.recipients.reporter,
  watchers: s.recipients.watchers,
});

const list = (text: string) =>
  text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

const settingsOf = (d: Draft): ReportDeliverySettings => ({
  schedule: d.schedule,
  deliveryIssue: d.deliveryIssue.trim() === '' ? null : d.deliveryIssue.trim().toUpperCase(),
  recipients: {
    users: list(d.users),
    groups: list(d.groups),
    reporter: d.reporter,
    watchers: d.watchers,
  },
});

/** The form field a resolver error is about, by its JSON path. */
const FIELDS = ['schedule', 'deliveryIssue', 'recipients.users', 'recipients.groups'] as const;
type FieldName = (typeof FIELDS)[number] | 'recipients';
function fieldOf(path: string): FieldName | null {
  const rest = path.replace(/^\$\.settings\.?/, '');
  return (
    FIELDS.find((f) => rest === f || rest.startsWith(`${f}[`)) ??
    (rest === 'recipients' ? 'recipients' : null)
  );
}

/**
 * An agreement's report schedule and delivery: monthly or on demand, the issue each revision is
 * posted on, and whom Jira notifies. Errors show beside the field they are about.
 */
export function DeliverySettingsEditor({ agreement }: { agreement: string }) {
  const payload = { agreement };
  const { data, error } = useResolver<DeliverySettingsView>('getDeliverySettings', payload);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [problems, setProblems] = useState<ValidationError[]>([]);
  const [outcome, setOutcome] = useState<{ saved: true } | { error: unknown } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setDraft(data && data.agreement === agreement ? draftOf(data.settings) : null);
    setProblems([]);
    setOutcome(null);
  }, [data, agreement]);

  if (error !== null) return <ResolverErrorMessage error={error} what="the delivery settings" />;
  if (!draft) return <Spinner label="Loading the delivery settings…" />;

  const change = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setOutcome(null);
  };
  const errorsFor = (name: FieldName) =>
    problems.filter((p) => fieldOf(p.path) === name).map((p) => p.message);
  const unplaced = problems.filter((p) => fieldOf(p.path) === null);

  const save = async () => {
    setBusy(true);
    setProblems([]);
    setOutcome(null);
    try {
      const saved = await call<DeliverySettingsView>('saveDeliverySettings', {
        agreement,
        settings: settingsOf(draft),
      });
      setDraft(draftOf(saved.settings));
      setOutcome({ saved: true });
    } catch (failure) {
      const errors = failure instanceof ResolverCallError ? failure.failure.errors : undefined;
      if (errors && errors.length > 0) setProblems([...errors]);
      else setOutcome({ error: failure });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="reports__form reports__delivery"
      aria-label="Delivery"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <FormField label="Schedule">
        {(id) => (
          <>
            <select
              id={id}
              value={draft.schedule}
              onChange={(e) => change({ schedule: e.target.value as ReportSchedule })}
            >
              <option value="monthly">Monthly, at the end of each month</option>
              <option value="onDemand">On demand only</option>
            </select>
            <FieldErrors messages={errorsFor('schedule')} />
          </>
        )}
      </FormField>
      <FormField label="Delivery issue">
        {(id) => (
          <>
            <input
              id={id}
              placeholder="SUP-12"
              value={draft.deliveryIssue}
              aria-invalid={errorsFor('deliveryIssue').length > 0}
              onChange={(e) => change({ deliveryIssue: e.target.value })}
            />
            <FieldErrors messages={errorsFor('deliveryIssue')} />
          </>
        )}
      </FormField>
      <FormField label="Users (account ids, comma-separated)">
        {(id) => (
          <>
            <input
              id={id}
              value={draft.users}
              aria-invalid={errorsFor('recipients.users').length > 0}
              onChange={(e) => change({ users: e.target.value })}
            />
            <FieldErrors messages={errorsFor('recipients.users')} />
          </>
        )}
      </FormField>
      <FormField label="Groups (comma-separated)">
        {(id) => (
          <>
            <input
              id={id}
              value={draft.groups}
              aria-invalid={errorsFor('recipients.groups').length > 0}
              onChange={(e) => change({ groups: e.target.value })}
            />
            <FieldErrors messages={errorsFor('recipients.groups')} />
          </>
        )}
      </FormField>
      <fieldset className="reports__checks">
        <legend>Also notify the delivery issue&apos;s</legend>
        <label>
          <input
            type="checkbox"
            checked={draft.reporter}
            onChange={(e) => change({ reporter: e.target.checked })}
          />{' '}
          Reporter
        </label>
        <label>
          <input
            type="checkbox"
            checked={draft.watchers}
            onChange={(e) => change({ watchers: e.target.checked })}
          />{' '}
          Watchers
        </label>
        <FieldErrors messages={errorsFor('recipients')} />
      </fieldset>
      <Button appearance="primary" type="submit" disabled={busy}>
        Save delivery
      </Button>
      {unplaced.length > 0 && (
        <FieldErrors messages={unplaced.map((p) => `${p.path}: ${p.message}`)} />
      )}
      {outcome && 'saved' in outcome && (
        <SectionMessage appearance="success" title="Delivery saved">
          <p>
            {draft.schedule === 'monthly'
              ? 'Each month is issued when it ends'
              : 'Reports are issued only on demand'}
            {draft.deliveryIssue ? ` and posted on ${draft.deliveryIssue.toUpperCase()}.` : '.'}
          </p>
        </SectionMessage>
      )}
      {outcome && 'error' in outcome && (
        <ResolverErrorMessage error={outcome.error} what="the delivery settings" />
      )}
    </form>
  );
}

function FieldErrors({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="reports__field-errors" role="alert">
      {messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}
