import type { Customer } from '../../../../src/domain/contract/types';
import { SelectField } from '../components/fields/SelectField';
import { TextField } from '../components/fields/TextField';
import { PartEditor, uniqueId } from '../components/PartEditor';
import type { EditorProps } from './HolidaySetsEditor';
import { CONTACT_ROLES, ENVIRONMENT_KINDS } from './options';
import { RowsTable } from './RowsTable';

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
          <div className="form-row">
            <TextField label="ID" path={[...path, 'id']} size="small" />
            <TextField label="Name" path={[...path, 'name']} size="wide" />
          </div>
          <RowsTable
            legend="Contacts"
            hint="A customer has the budget mandate, decides and pays; an orderer orders from the existing catalogue."
            noun="contact"
            path={[...path, 'contacts']}
            rows={customer.contacts}
            optional
            create={() => ({ name: '', role: 'orderer' })}
            columns={[
              {
                title: 'Name',
                key: 'name',
                cell: (p, label) => <TextField label={label} hideLabel path={p} size="fill" />,
              },
              {
                title: 'Email',
                key: 'email',
                cell: (p, label) => (
                  <TextField label={label} hideLabel path={p} optional type="email" size="fill" />
                ),
              },
              {
                title: 'Role',
                key: 'role',
                cell: (p, label) => (
                  <SelectField
                    label={label}
                    hideLabel
                    path={p}
                    options={CONTACT_ROLES}
                    size="small"
                  />
                ),
              },
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
              {
                title: 'ID',
                key: 'id',
                cell: (p, label) => <TextField label={label} hideLabel path={p} size="small" />,
              },
              {
                title: 'Name',
                key: 'name',
                cell: (p, label) => <TextField label={label} hideLabel path={p} size="fill" />,
              },
              {
                title: 'Kind',
                key: 'kind',
                cell: (p, label) => (
                  <SelectField
                    label={label}
                    hideLabel
                    path={p}
                    options={ENVIRONMENT_KINDS}
                    size="small"
                  />
                ),
              },
              {
                title: 'Product',
                key: 'product',
                cell: (p, label) => <TextField label={label} hideLabel path={p} size="fill" />,
              },
              {
                title: 'Version',
                key: 'version',
                cell: (p, label) => (
                  <TextField label={label} hideLabel path={p} optional size="xsmall" />
                ),
              },
            ]}
          />
        </>
      )}
    </PartEditor>
  );
}
