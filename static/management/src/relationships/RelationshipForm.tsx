import { useState, type FormEvent } from 'react';
import type {
  CustomerRelationship,
  Orderer,
} from '../../../../src/domain/relationships/customerRelationship';
import type { RegisterEntry } from '../../../../src/domain/relationships/registerEntry';
import { call } from '../../../shared/api';
import { Button } from '../../../shared/components/Button';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';

interface PersonFields {
  name: string;
  email: string;
  accountId: string;
}
interface OrdererFields extends PersonFields {
  ourContact: string;
}

const fieldsOf = (p: { name: string; email: string; accountId: string | null } | null) => ({
  name: p?.name ?? '',
  email: p?.email ?? '',
  accountId: p?.accountId ?? '',
});
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * The admins' form of a customer's relationship: the customer role, the orderers with their
 * contact on our side, and our account manager. Saving appends a revision after the one loaded;
 * the server refuses a stale save and names every wrong field.
 */
export function RelationshipForm({
  entry,
  onSaved,
}: {
  entry: RegisterEntry;
  onSaved: () => void;
}) {
  const r = entry.relationship;
  const [role, setRole] = useState<PersonFields>(fieldsOf(r.customerRole));
  const [orderers, setOrderers] = useState<OrdererFields[]>(
    r.orderers.map((o) => ({ ...fieldsOf(o), ourContact: o.ourContact ?? '' })),
  );
  const [manager, setManager] = useState(r.accountManager ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const relationship = (): CustomerRelationship => ({
    customerRole:
      role.name.trim() || role.email.trim()
        ? { name: role.name, email: role.email, accountId: orNull(role.accountId) }
        : null,
    orderers: orderers.map((o): Orderer => ({
      name: o.name,
      email: o.email,
      accountId: orNull(o.accountId),
      ourContact: orNull(o.ourContact),
    })),
    accountManager: orNull(manager),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await call('saveCustomerRelationship', {
        customerId: entry.customerId,
        baseRevision: entry.revision,
        relationship: relationship(),
      });
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  const setOrderer = (i: number, change: Partial<OrdererFields>) =>
    setOrderers((list) => list.map((o, j) => (j === i ? { ...o, ...change } : o)));

  return (
    <form className="relationships-form" onSubmit={submit} aria-label={`Edit ${entry.name}`}>
      <fieldset>
        <legend>Customer role (decides and pays)</legend>
        <PersonInputs
          who="Customer role"
          value={role}
          onChange={(v) => setRole({ ...role, ...v })}
        />
      </fieldset>
      <fieldset>
        <legend>Orderers (order from existing services)</legend>
        {orderers.map((o, i) => (
          <div key={i} className="relationships-form__row">
            <PersonInputs who={`Orderer ${i + 1}`} value={o} onChange={(v) => setOrderer(i, v)} />
            <label>
              {`Orderer ${i + 1} contact on our side (account id)`}
              <input
                value={o.ourContact}
                onChange={(e) => setOrderer(i, { ourContact: e.target.value })}
              />
            </label>
            <Button
              type="button"
              appearance="subtle"
              onClick={() => setOrderers((list) => list.filter((_, j) => j !== i))}
            >
              {`Remove orderer ${i + 1}`}
            </Button>
          </div>
        ))}
        <Button
          type="button"
          onClick={() =>
            setOrderers((list) => [...list, { name: '', email: '', accountId: '', ourContact: '' }])
          }
        >
          Add orderer
        </Button>
      </fieldset>
      <label>
        Account manager (account id)
        <input value={manager} onChange={(e) => setManager(e.target.value)} />
      </label>
      {error !== null && <ResolverErrorMessage error={error} what="the relationship" />}
      <Button type="submit" appearance="primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save relationship'}
      </Button>
    </form>
  );
}

function PersonInputs({
  who,
  value,
  onChange,
}: {
  who: string;
  value: PersonFields;
  onChange: (change: Partial<PersonFields>) => void;
}) {
  return (
    <div className="relationships-form__row">
      <label>
        {`${who} name`}
        <input value={value.name} onChange={(e) => onChange({ name: e.target.value })} />
      </label>
      <label>
        {`${who} e-mail`}
        <input
          type="email"
          value={value.email}
          onChange={(e) => onChange({ email: e.target.value })}
        />
      </label>
      <label>
        {`${who} account id (optional)`}
        <input value={value.accountId} onChange={(e) => onChange({ accountId: e.target.value })} />
      </label>
    </div>
  );
}
