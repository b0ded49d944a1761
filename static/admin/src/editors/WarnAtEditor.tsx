import { FieldMessages } from '../components/fields/FieldMessages';
import { NumberField } from '../components/fields/NumberField';
import { RemoveButton } from '../components/RemoveButton';
import { useDraftContext } from '../state/DraftContext';
import { useErrorsContext, useFieldErrors } from '../state/ErrorsContext';
import { fieldId, toJsonPath, type Path } from '../state/paths';
import { useFocusRequest } from '../state/useFocusRequest';

/** The goal's warning thresholds, edited as percentages of the target, stored as fractions. */
export function WarnAtEditor({ warnAt, path }: { warnAt: unknown; path: Path }) {
  const { set, insert, remove } = useDraftContext();
  const { idPrefix } = useErrorsContext();
  const focus = useFocusRequest();
  const listPath = [...path, 'warnAt'];
  const list = useFieldErrors(listPath);
  const values = Array.isArray(warnAt) ? (warnAt as unknown[]) : [];
  const addId = `${list.id}-add`;
  return (
    <fieldset className="fieldset">
      <legend id={list.id} tabIndex={-1}>
        Warnings
      </legend>
      <p className="field__hint">
        Percentages of the target at which the goal warns, increasing (e.g. 50 % and 75 %).
      </p>
      <FieldMessages id={list.errorId} messages={list.messages} />
      <div className="inline-fields">
        {values.map((_, i) => (
          <div key={i} className="inline-fields__group">
            <NumberField label={`Warning ${i + 1} (%)`} path={[...listPath, i]} scale={100} />
            <RemoveButton
              label={`Remove warning ${i + 1}`}
              onClick={() => {
                if (values.length === 1) set(listPath, undefined);
                else remove(listPath, i);
                focus(addId);
              }}
            />
          </div>
        ))}
      </div>
      <button
        id={addId}
        type="button"
        className="button button--subtle"
        onClick={() => {
          const last = values[values.length - 1];
          const next =
            typeof last === 'number' ? Math.min(0.95, Math.round((last + 0.1) * 100) / 100) : 0.5;
          insert(listPath, next);
          focus(fieldId(toJsonPath([...listPath, values.length]), idPrefix));
        }}
      >
        Add warning
      </button>
    </fieldset>
  );
}
