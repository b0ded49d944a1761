import { useFieldErrors } from '../../state/ErrorsContext';
import type { Path } from '../../state/paths';
import { CheckboxField } from './CheckboxField';
import { FieldMessages } from './FieldMessages';
import { useFieldValue } from './useFieldValue';

export interface ChecklistChoice {
  id: string;
  label: string;
}

/**
 * A list of ids picked with a checkbox each: ticking appends the id, unticking removes it, and
 * unticking the last removes the key. An id in the list that is not among the choices is still
 * shown, labelled by `unknownLabel`, so the error beside it makes sense and it can be unticked.
 * Each checkbox shows the errors at its id's place in the list; the group, those at the list.
 */
export function ChecklistField({
  legend,
  path,
  choices,
  unknownLabel,
  hint,
  emptyHint,
}: {
  legend: string;
  path: Path;
  choices: readonly ChecklistChoice[];
  unknownLabel: (id: string) => string;
  hint?: string;
  /** Shown when there is nothing to tick. */
  emptyHint: string;
}) {
  const [value, setValue] = useFieldValue<string[]>(path, undefined, undefined);
  const errors = useFieldErrors(path);
  const chosen = Array.isArray(value) ? (value as string[]) : [];
  const unknown = chosen.filter((id) => !choices.some((c) => c.id === id));
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...chosen, id] : chosen.filter((c) => c !== id);
    setValue(next.length > 0 ? next : undefined);
  };
  return (
    <fieldset className="fieldset" aria-describedby={errors.invalid ? errors.errorId : undefined}>
      <legend id={errors.id} tabIndex={-1}>
        {legend}
      </legend>
      {hint && <p className="field__hint">{hint}</p>}
      {choices.length === 0 && unknown.length === 0 && <p className="field__hint">{emptyHint}</p>}
      <div className="checkbox-list">
        {[...choices, ...unknown.map((id) => ({ id, label: unknownLabel(id) }))].map(
          ({ id, label }) => {
            const index = chosen.indexOf(id);
            return (
              <CheckboxField
                key={id}
                label={label}
                path={index >= 0 ? [...path, index] : [...path, `?${id}`]}
                checked={index >= 0}
                onChange={(on) => toggle(id, on === true)}
              />
            );
          },
        )}
      </div>
      <FieldMessages id={errors.errorId} messages={errors.messages} />
    </fieldset>
  );
}
