import type { HolidayRule, HolidaySet } from '../../../../src/domain/calendar/types';
import { Button } from '../../../shared/components/Button';
import { GridTable } from '../components/GridTable';
import { PartEditor, uniqueId } from '../components/PartEditor';
import { useErrorsContext } from '../state/ErrorsContext';
import { fieldId, toJsonPath, type Path } from '../state/paths';
import { useListEditing } from '../state/useListEditing';
import { HolidayRuleRow } from './HolidayRuleRow';

export interface EditorProps {
  selected: number;
  onSelect: (index: number) => void;
}

function HolidayRules({ set, path }: { set: HolidaySet; path: Path }) {
  const { idPrefix } = useErrorsContext();
  const rulesPath = [...path, 'rules'];
  const rules = Array.isArray(set.rules) ? set.rules : [];
  const edit = useListEditing(rulesPath, rules.length, {
    addId: `${fieldId(toJsonPath(path), idPrefix)}-add-rule`,
  });
  return (
    <fieldset className="fieldset">
      <legend>Rules</legend>
      <p className="field__hint">
        Relative to Easter counts days from Easter Sunday (−2 is Good Friday). “Closes from” makes a
        partial closure; the years limit a rule to the years it applies.
      </p>
      {rules.length === 0 ? (
        <p className="empty-state">No rules: the set closes nothing.</p>
      ) : (
        <GridTable columns={['Type', 'When', 'Name', 'Closes from', 'From year', 'To year']}>
          {rules.map((rule, i) => (
            <HolidayRuleRow
              key={i}
              rule={rule}
              path={[...rulesPath, i]}
              number={i + 1}
              onRemove={() => edit.remove(i)}
            />
          ))}
        </GridTable>
      )}
      <Button
        id={edit.addId}
        onClick={() => edit.add({ type: 'fixed', month: 1, day: 1 } satisfies HolidayRule, 'type')}
      >
        Add rule
      </Button>
    </fieldset>
  );
}

/** Holiday sets: named rules for the days (or afternoons) calendars are closed. */
export function HolidaySetsEditor({ selected, onSelect }: EditorProps) {
  return (
    <PartEditor<HolidaySet>
      part="holidaySets"
      heading="Holiday sets"
      noun="holiday set"
      intro="Rules for closed days: fixed dates every year, one-off dates, days relative to Easter, and full or partial closures."
      selected={selected}
      onSelect={onSelect}
      nameOptional
      create={(ids) => ({ id: uniqueId('holidays', ids), name: 'New holiday set', rules: [] })}
      describe={(set) =>
        `${Array.isArray(set.rules) ? set.rules.length : 0} rule${set.rules?.length === 1 ? '' : 's'}`
      }
    >
      {(set, path) => <HolidayRules set={set} path={path} />}
    </PartEditor>
  );
}
