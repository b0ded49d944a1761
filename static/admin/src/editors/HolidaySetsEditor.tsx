import type { HolidayRule, HolidaySet } from '../../../../src/domain/calendar/types';
import { TextField } from '../components/fields/TextField';
import { PartEditor, uniqueId } from '../components/PartEditor';
import { useDraftContext } from '../state/DraftContext';
import { useErrorsContext } from '../state/ErrorsContext';
import { fieldId, toJsonPath, type Path } from '../state/paths';
import { useFocusRequest } from '../state/useFocusRequest';
import { HolidayRuleRow } from './HolidayRuleRow';

export interface EditorProps {
  selected: number;
  onSelect: (index: number) => void;
}

function HolidayRules({ set, path }: { set: HolidaySet; path: Path }) {
  const { insert, remove } = useDraftContext();
  const { idPrefix } = useErrorsContext();
  const focus = useFocusRequest();
  const rulesPath = [...path, 'rules'];
  const rules = Array.isArray(set.rules) ? set.rules : [];
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
        <div className="table-scroll">
          <table className="grid-table">
            <thead>
              <tr>
                <th scope="col">Type</th>
                <th scope="col">When</th>
                <th scope="col">Name</th>
                <th scope="col">Closes from</th>
                <th scope="col">From year</th>
                <th scope="col">To year</th>
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rules.map((rule, i) => (
                <HolidayRuleRow
                  key={i}
                  rule={rule}
                  path={[...rulesPath, i]}
                  number={i + 1}
                  onRemove={() => {
                    remove(rulesPath, i);
                    focus(`${fieldId(toJsonPath(path), idPrefix)}-add-rule`);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        id={`${fieldId(toJsonPath(path), idPrefix)}-add-rule`}
        type="button"
        className="button button--default"
        onClick={() => {
          const rule: HolidayRule = { type: 'fixed', month: 1, day: 1 };
          insert(rulesPath, rule);
          focus(fieldId(toJsonPath([...rulesPath, rules.length, 'type']), idPrefix));
        }}
      >
        Add rule
      </button>
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
      create={(ids) => ({ id: uniqueId('holidays', ids), name: 'New holiday set', rules: [] })}
      describe={(set) =>
        `${Array.isArray(set.rules) ? set.rules.length : 0} rule${set.rules?.length === 1 ? '' : 's'}`
      }
    >
      {(set, path) => (
        <>
          <div className="form-row">
            <TextField label="ID" path={[...path, 'id']} size="small" />
            <TextField label="Name" path={[...path, 'name']} optional size="wide" />
          </div>
          <HolidayRules set={set} path={path} />
        </>
      )}
    </PartEditor>
  );
}
