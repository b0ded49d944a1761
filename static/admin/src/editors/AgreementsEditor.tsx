import type { Agreement } from '../../../../src/domain/contract/types';
import { Button } from '../../../shared/components/Button';
import { ChecklistField } from '../components/fields/ChecklistField';
import { FieldMessages } from '../components/fields/FieldMessages';
import { SelectField } from '../components/fields/SelectField';
import { TextField } from '../components/fields/TextField';
import { PartEditor, uniqueId } from '../components/PartEditor';
import { useDraftContext } from '../state/DraftContext';
import { useFieldErrors } from '../state/ErrorsContext';
import type { Path } from '../state/paths';
import { useListEditing } from '../state/useListEditing';
import type { EditorProps } from './HolidaySetsEditor';
import { ObligationFields } from './ObligationFields';

function EnvironmentChoices({ agreement, path }: { agreement: Agreement; path: Path }) {
  const { draft } = useDraftContext();
  const customer = draft.customers.find((c) => c.id === agreement.customer);
  const own = customer && Array.isArray(customer.environments) ? customer.environments : [];
  return (
    <ChecklistField
      legend="Environments"
      path={[...path, 'environments']}
      choices={own.map((e) => ({ id: e.id, label: `${e.name} (${e.id}, ${e.product})` }))}
      unknownLabel={(id) => `${id} (not this customer's)`}
      hint="None ticked: every environment of the customer that runs the product."
      emptyHint="The customer has no environments."
    />
  );
}

function Obligations({ agreement, path }: { agreement: Agreement; path: Path }) {
  const { draft } = useDraftContext();
  const listPath = [...path, 'obligations'];
  const list = useFieldErrors(listPath);
  const items = Array.isArray(agreement.obligations) ? agreement.obligations : [];
  const edit = useListEditing(listPath, items.length);
  const model = draft.priorityModels.find((m) => m.id === agreement.priorityModel);
  const issueTypes = [
    ...new Set(
      draft.agreements.flatMap((a) =>
        (Array.isArray(a.obligations) ? a.obligations : []).flatMap((o) =>
          Array.isArray(o.issueTypes) ? o.issueTypes : [],
        ),
      ),
    ),
  ];
  return (
    <section className="subsection" aria-labelledby={list.id}>
      <h4 id={list.id} tabIndex={-1}>
        Obligations
      </h4>
      <FieldMessages id={list.errorId} messages={list.messages} />
      <datalist id="issue-types">
        {[...new Set([...issueTypes, 'Incident', 'Service request', 'Problem'])].map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      {items.map((obligation, i) => (
        <ObligationFields
          key={i}
          obligation={obligation}
          path={[...listPath, i]}
          number={i + 1}
          model={model}
          onRemove={() => edit.remove(i)}
        />
      ))}
      <Button
        id={edit.addId}
        onClick={() =>
          edit.add(
            {
              goal: draft.goals[0]?.id ?? '',
              issueTypes: ['Incident'],
              targets: model?.priorities[0] ? { [model.priorities[0].id]: 'PT4H' } : {},
            },
            'goal',
          )
        }
      >
        Add obligation
      </Button>
    </section>
  );
}

/** SLA agreements: a customer's environments and product bound to a priority model and goals. */
export function AgreementsEditor({ selected, onSelect }: EditorProps) {
  const { draft } = useDraftContext();
  return (
    <PartEditor<Agreement>
      part="agreements"
      heading="Agreements"
      noun="agreement"
      intro="Binds a customer's environments and product to a priority model and goals with targets, for a period."
      selected={selected}
      onSelect={onSelect}
      create={(ids) => {
        const customer = draft.customers[0];
        return {
          id: uniqueId('agreement', ids),
          name: 'New agreement',
          customer: customer?.id ?? '',
          product: customer?.environments[0]?.product ?? '',
          priorityModel: draft.priorityModels[0]?.id ?? '',
          validFrom: new Date().toISOString().slice(0, 10),
          validTo: null,
          obligations: [],
        };
      }}
      describe={(a) => `${a.customer} · ${a.product}`}
    >
      {(agreement, path) => {
        const customer = draft.customers.find((c) => c.id === agreement.customer);
        const products = [
          ...new Set((customer?.environments ?? []).map((e) => e.product).filter(Boolean)),
        ];
        return (
          <>
            <div className="form-row">
              <SelectField
                label="Customer"
                path={[...path, 'customer']}
                options={draft.customers.map((c) => ({ value: c.id, label: c.name || c.id }))}
              />
              <TextField
                label="Product"
                path={[...path, 'product']}
                list="agreement-products"
                size="small"
              />
              <datalist id="agreement-products">
                {products.map((p) => (
                  <option key={p} value={p} />
                ))}
              </datalist>
            </div>
            <EnvironmentChoices agreement={agreement} path={path} />
            <div className="form-row">
              <SelectField
                label="Priority model"
                path={[...path, 'priorityModel']}
                options={draft.priorityModels.map((m) => ({ value: m.id, label: m.name || m.id }))}
              />
              <TextField label="Valid from" path={[...path, 'validFrom']} type="date" />
              <TextField
                label="Valid to"
                path={[...path, 'validTo']}
                type="date"
                emptyValue={null}
                hint="Exclusive; empty for open-ended."
              />
            </div>
            <Obligations agreement={agreement} path={path} />
          </>
        );
      }}
    </PartEditor>
  );
}
