import { useState } from 'react';
import type {
  RelationshipMeasuresView,
  RelationshipRegisterView,
  RelationshipSettingsView,
} from '../../../../src/resolvers/relationshipViews';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { Spinner } from '../../../shared/components/Spinner';
import { DataTable } from '../../../reports/src/DataTable';
import { useResolver } from '../../../reports/src/useResolver';
import '../../../reports/src/reports.css';
import { CustomerDetail } from './CustomerDetail';
import { FILTERS, filterEntries, RegisterTable, type RegisterFilter } from './RegisterTable';
import { RelationshipMeasuresChart } from './RelationshipMeasuresChart';
import { RelationshipSettingsEditor } from './RelationshipSettingsEditor';
import { relationshipMeasuresTable } from './relationshipTables';
// Its stylesheet is imported by the page (static/work-list/src/GlobalPage.tsx): a lazy chunk's
// stylesheet is emitted but linked nowhere by the build.

const NO_PAYLOAD = {};

/**
 * The Quality page's Relationships tab: the register of customers with their warnings and a
 * filter, a customer's detail (with the admins' form), the monthly measures (chart, table, CSV)
 * and the complaint settings. `canEdit`: the viewer is a Jira administrator.
 */
export function RelationshipsTab({ canEdit }: { readonly canEdit: boolean }) {
  const register = useResolver<RelationshipRegisterView>('getRelationshipRegister', NO_PAYLOAD);
  const measures = useResolver<RelationshipMeasuresView>('getRelationshipMeasures', NO_PAYLOAD);
  const settings = useResolver<RelationshipSettingsView>('getRelationshipSettings', NO_PAYLOAD);
  const [filter, setFilter] = useState<RegisterFilter>('all');
  const [open, setOpen] = useState<string | null>(null);

  return (
    <div className="relationships-tab">
      <h2>Relationship register</h2>
      {register.error !== null && (
        <ResolverErrorMessage error={register.error} what="the register" />
      )}
      {register.data === null ? (
        register.loading && <Spinner label="Loading the register" />
      ) : (
        <>
          <label className="relationships__filter">
            Show
            <select value={filter} onChange={(e) => setFilter(e.target.value as RegisterFilter)}>
              {FILTERS.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          <RegisterTable
            entries={filterEntries(register.data.entries, filter)}
            names={register.data.names}
            onOpen={setOpen}
          />
        </>
      )}
      {open !== null && (
        <CustomerDetail
          key={open}
          customerId={open}
          canEdit={canEdit}
          onChanged={() => {
            register.reload();
            measures.reload();
          }}
        />
      )}
      <h2>Measures</h2>
      {measures.error !== null && (
        <ResolverErrorMessage error={measures.error} what="the measures" />
      )}
      {measures.data === null ? (
        measures.loading && <Spinner label="Loading the measures" />
      ) : (
        <>
          <RelationshipMeasuresChart months={measures.data.months} />
          <DataTable table={relationshipMeasuresTable(measures.data)} />
        </>
      )}
      {settings.error !== null && (
        <ResolverErrorMessage error={settings.error} what="the settings" />
      )}
      {settings.data && (
        <RelationshipSettingsEditor
          key={settings.data.version ?? 0}
          view={settings.data}
          canEdit={canEdit}
          onSaved={settings.reload}
        />
      )}
    </div>
  );
}
