import type { RegisterEntry } from '../../../../src/domain/relationships/registerEntry';
import { Button } from '../../../shared/components/Button';
import { Lozenge } from '../../../shared/components/Lozenge';
import { personName } from '../../../shared/format';

/** Which customers the register shows. */
export type RegisterFilter = 'all' | 'attention' | 'noAccountManager' | 'noAgreement';

export const FILTERS: readonly { readonly id: RegisterFilter; readonly label: string }[] = [
  { id: 'all', label: 'All customers' },
  { id: 'attention', label: 'Needing attention' },
  { id: 'noAccountManager', label: 'Without an account manager' },
  { id: 'noAgreement', label: 'Without a written agreement' },
];

export function filterEntries(entries: readonly RegisterEntry[], filter: RegisterFilter) {
  switch (filter) {
    case 'attention':
      return entries.filter((e) => e.withoutAccountManager || e.withoutWrittenAgreement);
    case 'noAccountManager':
      return entries.filter((e) => e.withoutAccountManager);
    case 'noAgreement':
      return entries.filter((e) => e.withoutWrittenAgreement);
    default:
      return entries;
  }
}

/** The register: one row per customer, its roles and warnings; a row opens the customer. */
export function RegisterTable({
  entries,
  names = {},
  onOpen,
}: {
  entries: readonly RegisterEntry[];
  /** Display names by account id. */
  names?: Readonly<Record<string, string>>;
  onOpen: (customerId: string) => void;
}) {
  if (entries.length === 0) return <p className="relationships__empty">No customer matches.</p>;
  return (
    <table className="relationships-table" aria-label="Relationship register">
      <thead>
        <tr>
          <th scope="col">Customer</th>
          <th scope="col">Customer role</th>
          <th scope="col">Orderers</th>
          <th scope="col">Account manager</th>
          <th scope="col">Agreements in force</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.customerId}>
            <th scope="row">
              <Button appearance="subtle" onClick={() => onOpen(e.customerId)}>
                {e.name}
              </Button>
            </th>
            <td>{e.relationship.customerRole?.name ?? '–'}</td>
            <td>{e.relationship.orderers.length}</td>
            <td>
              {e.relationship.accountManager === null
                ? '–'
                : personName(names, e.relationship.accountManager)}
            </td>
            <td>
              {e.agreements
                .filter((a) => a.inForce)
                .map((a) => a.name)
                .join(', ') || '–'}
            </td>
            <td>
              <span className="relationships__status">
                {e.withoutAccountManager && (
                  <Lozenge appearance="moved">No account manager</Lozenge>
                )}
                {e.withoutWrittenAgreement && (
                  <Lozenge appearance="removed">No written agreement</Lozenge>
                )}
                {!e.withoutAccountManager && !e.withoutWrittenAgreement && (
                  <Lozenge appearance="success">Complete</Lozenge>
                )}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
