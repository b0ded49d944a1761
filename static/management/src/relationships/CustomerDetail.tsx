import type { CustomerRelationshipView } from '../../../../src/resolvers/relationshipViews';
import { IssueLink } from '../../../shared/components/IssueLink';
import { Lozenge } from '../../../shared/components/Lozenge';
import { PlainTable, type PlainColumn } from '../../../shared/components/PlainTable';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { Spinner } from '../../../shared/components/Spinner';
import { personName } from '../../../shared/format';
import { useResolver } from '../../../reports/src/useResolver';
import { MeetingForm } from './MeetingForm';
import { MeetingList } from './MeetingList';
import { RelationshipForm } from './RelationshipForm';

type Entry = CustomerRelationshipView['entry'];

const ordererColumns = (
  names: CustomerRelationshipView['names'],
): readonly PlainColumn<Entry['relationship']['orderers'][number]>[] => [
  { header: 'Orderer', cell: (o) => o.name },
  { header: 'E-mail', cell: (o) => o.email },
  {
    header: 'Contact on our side',
    cell: (o) =>
      o.ourContact === null ? (
        <Lozenge appearance="moved">None named</Lozenge>
      ) : (
        personName(names, o.ourContact)
      ),
  },
];

const AGREEMENT_COLUMNS: readonly PlainColumn<Entry['agreements'][number]>[] = [
  { header: 'Agreement', cell: (a) => a.name },
  { header: 'Product', cell: (a) => a.product },
  { header: 'Environments', cell: (a) => a.environments.join(', ') || '–' },
  {
    header: 'Valid',
    cell: (a) => (
      <>
        {a.validFrom} – {a.validTo ?? 'open'}{' '}
        {a.inForce ? (
          <Lozenge appearance="success">In force</Lozenge>
        ) : (
          <Lozenge>Not in force</Lozenge>
        )}
      </>
    ),
  },
];

/**
 * One customer: roles, orderers and account manager (with the register's history), the
 * contract's contacts and the agreements that bind them, and the complaints received.
 */
export function CustomerDetail({
  customerId,
  canEdit,
  onChanged,
}: {
  customerId: string;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const detail = useResolver<CustomerRelationshipView>('getCustomerRelationship', { customerId });
  if (detail.error !== null)
    return <ResolverErrorMessage error={detail.error} what="the customer" />;
  if (detail.data === null) return <Spinner label="Loading the customer" />;
  const { entry, revisions, complaints, meetings, names } = detail.data;
  const person = (id: string | null, none: string) => (id === null ? none : personName(names, id));
  const r = entry.relationship;
  return (
    <section className="relationships-detail" aria-label={`Customer ${entry.name}`}>
      <h3>{entry.name}</h3>
      <p className="relationships__status">
        {entry.withoutAccountManager && <Lozenge appearance="moved">No account manager</Lozenge>}
        {entry.withoutWrittenAgreement && (
          <Lozenge appearance="removed">No written agreement</Lozenge>
        )}
      </p>
      <dl className="relationships-detail__facts">
        <dt>Customer role</dt>
        <dd>{r.customerRole ? `${r.customerRole.name} <${r.customerRole.email}>` : 'Not named'}</dd>
        <dt>Account manager</dt>
        <dd>{person(r.accountManager, 'Not named')}</dd>
        <dt>Last changed</dt>
        <dd>
          {entry.revision === null
            ? 'Never described'
            : `Revision ${entry.revision} by ${person(entry.savedBy, '–')} at ${new Date(entry.savedAt!).toISOString()}`}
        </dd>
      </dl>
      <h4>Orderers</h4>
      {r.orderers.length === 0 ? (
        <p>No orderers named.</p>
      ) : (
        <PlainTable
          className="relationships-table"
          label="Orderers"
          columns={ordererColumns(names)}
          rows={r.orderers}
          rowKey={(o) => `${o.name}:${o.email}`}
        />
      )}
      <h4>Contacts in the contract</h4>
      <ul>
        {entry.contacts.map((c) => (
          <li key={`${c.name}:${c.email ?? ''}`}>
            {c.name} ({c.role}){c.email ? `, ${c.email}` : ''}
          </li>
        ))}
      </ul>
      <h4>Agreements</h4>
      <PlainTable
        className="relationships-table"
        label="Agreements"
        columns={AGREEMENT_COLUMNS}
        rows={entry.agreements}
        rowKey={(a) => a.id}
      />
      <h4>Meetings</h4>
      <MeetingList meetings={meetings} names={names} canEdit={canEdit} onChanged={detail.reload} />
      {canEdit && <MeetingForm customerId={entry.customerId} onRecorded={detail.reload} />}
      <h4>Complaints</h4>
      {complaints.length === 0 ? (
        <p>No complaints received.</p>
      ) : (
        <ul aria-label="Complaints">
          {complaints.map((c) => (
            <li key={c.feedbackId}>
              {c.receivedAt.slice(0, 10)}: {c.issueKey ? <IssueLink issueKey={c.issueKey} /> : null}{' '}
              {c.summary}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>History ({revisions.length} revisions)</summary>
        <ol reversed>
          {revisions.map((v) => (
            <li key={v.revision}>
              Revision {v.revision}: {personName(names, v.savedBy)} at {v.savedAt}; account manager{' '}
              {person(v.relationship.accountManager, 'none')}, {v.relationship.orderers.length}{' '}
              orderers
            </li>
          ))}
        </ol>
      </details>
      {canEdit && (
        <RelationshipForm
          key={entry.revision ?? 0}
          entry={entry}
          onSaved={() => {
            detail.reload();
            onChanged();
          }}
        />
      )}
    </section>
  );
}
