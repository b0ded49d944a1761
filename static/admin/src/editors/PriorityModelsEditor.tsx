import type { PriorityModel } from '../../../../src/domain/contract/types';
import { Button } from '../../../shared/components/Button';
import { NumberField } from '../components/fields/NumberField';
import { TextField } from '../components/fields/TextField';
import { GridTable } from '../components/GridTable';
import { PartEditor, uniqueId } from '../components/PartEditor';
import { RemoveButton } from '../components/RemoveButton';
import type { Path } from '../state/paths';
import { useListEditing } from '../state/useListEditing';
import type { EditorProps } from './HolidaySetsEditor';
import { JIRA_PRIORITIES } from './options';

function Priorities({ model, path }: { model: PriorityModel; path: Path }) {
  const listPath = [...path, 'priorities'];
  const priorities = Array.isArray(model.priorities) ? model.priorities : [];
  const edit = useListEditing(listPath, priorities.length);
  return (
    <fieldset className="fieldset">
      <legend>Priorities</legend>
      <p className="field__hint">
        The internal rank is shared by every model (1 is the most urgent), so priorities of
        different models sort and report together.
      </p>
      {priorities.length > 0 && (
        <GridTable columns={['ID', 'Name', 'Internal rank', 'Jira priority']}>
          {priorities.map((_, i) => {
            const p = [...listPath, i];
            const label = (what: string) => `Priority ${i + 1} ${what}`;
            return (
              <tr key={i}>
                <td>
                  <TextField label={label('id')} hideLabel path={[...p, 'id']} size="small" />
                </td>
                <td>
                  <TextField label={label('name')} hideLabel path={[...p, 'name']} />
                </td>
                <td>
                  <NumberField label={label('internal rank')} hideLabel path={[...p, 'rank']} />
                </td>
                <td>
                  <TextField
                    label={label('Jira priority')}
                    hideLabel
                    path={[...p, 'jiraPriority']}
                    optional
                    list="jira-priorities"
                    size="small"
                  />
                </td>
                <td>
                  <RemoveButton label={`Remove priority ${i + 1}`} onClick={() => edit.remove(i)} />
                </td>
              </tr>
            );
          })}
        </GridTable>
      )}
      <datalist id="jira-priorities">
        {JIRA_PRIORITIES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Button
        id={edit.addId}
        onClick={() => {
          const ranks = priorities.map((p) => (typeof p.rank === 'number' ? p.rank : 0));
          const ids = new Set(priorities.map((p) => p.id));
          edit.add(
            {
              id: uniqueId(String(priorities.length + 1), ids),
              name: `Priority ${priorities.length + 1}`,
              rank: Math.min(99, Math.max(0, ...ranks) + 1),
            },
            'id',
          );
        }}
      >
        Add priority
      </Button>
    </fieldset>
  );
}

/** Priority models: the scales customers buy, each priority with an internal rank. */
export function PriorityModelsEditor({ selected, onSelect }: EditorProps) {
  return (
    <PartEditor<PriorityModel>
      part="priorityModels"
      heading="Priority models"
      noun="priority model"
      intro="Customers buy different scales (1–5, Red–Yellow–Green); each priority maps to an internal rank."
      selected={selected}
      onSelect={onSelect}
      create={(ids) => ({
        id: uniqueId('model', ids),
        name: 'New priority model',
        priorities: [{ id: '1', name: 'Priority 1', rank: 1 }],
      })}
      describe={(m) => `${Array.isArray(m.priorities) ? m.priorities.length : 0} priorities`}
    >
      {(model, path) => <Priorities model={model} path={path} />}
    </PartEditor>
  );
}
