import type { Customer } from '../../../../src/domain/contract/types';
import { PartEditor, uniqueId } from '../components/PartEditor';
import type { EditorProps } from './HolidaySetsEditor';
import { CONTACT_ROLES, ENVIRONMENT_KINDS } from './options';
import { RowsTable, selectColumn, textColumn } from './RowsTable';

/** Customers: their contacts (who decides and pays, who orders) and their environments. */
export function CustomersEditor({ selected, onSelect }: EditorProps) {
  return (
    <PartEditor<Customer>
      part="customers"
      heading="Customers"
      noun="customer"
      intro="Organisations with contacts and the environments they run: Production, UAT, Test…"
      selected={selected}
      onSelect={onSelect}
      create={(ids) => ({ id: uniqueId('customer', ids), name: 'New customer', environments: [] })}
      describe={(c) =>
        `${Array.isArray(c.environments) ? c.environments.length : 0} environment${c.environments?.length === 1 ? '' : 's'}`
      }
    >
      {(customer, path) => (
        <>
          <RowsTable
            legend="Contacts"
            hint="A customer has the budget mandate, decides and pays; an orderer orders from the existing catalogue. Give contacts with a Jira account their Atlassian account ID: Jira hides most e-mail addresses, so the app knows their comments by the account."
            noun="contact"
            path={[...path, 'contacts']}
            rows={customer.contacts}
            optional
            create={() => ({ name: '', role: 'orderer' })}
            columns={[
              textColumn('Name', 'name', { size: 'fill' }),
              textColumn('Account ID', 'accountId', { optional: true, size: 'fill' }),
              textColumn('Email', 'email', { optional: true, type: 'email', size: 'fill' }),
              selectColumn('Role', 'role', { options: CONTACT_ROLES, size: 'small' }),
            ]}
          />
          <RowsTable
            legend="Environments"
            noun="environment"
            path={[...path, 'environments']}
            rows={customer.environments}
            create={(rows) => {
              const first = rows[0] as { product?: string } | undefined;
              return {
                id: uniqueId(
                  `${customer.id}-env`,
                  new Set(rows.map((r) => (r as { id?: string }).id ?? '')),
                ),
                name: '',
                kind: 'production',
                product: first?.product ?? '',
              };
            }}
            columns={[
              textColumn('ID', 'id', { size: 'small' }),
              textColumn('Name', 'name', { size: 'fill' }),
              selectColumn('Kind', 'kind', { options: ENVIRONMENT_KINDS, size: 'small' }),
              textColumn('Product', 'product', { size: 'fill' }),
              textColumn('Version', 'version', { optional: true, size: 'xsmall' }),
            ]}
          />
        </>
      )}
    </PartEditor>
  );
}
