import { Button } from '../../../shared/components/Button';
import { FieldMessages } from '../components/fields/FieldMessages';
import { NumberField } from '../components/fields/NumberField';
import { RemoveButton } from '../components/RemoveButton';
import { useFieldErrors } from '../state/ErrorsContext';
import type { Path } from '../state/paths';
import { useListEditing } from '../state/useListEditing';

/** The goal's warning thresholds, edited as percentages of the target, stored as fractions. */
export function WarnAtEditor({ warnAt, path }: { warnAt: unknown; path: Path }) {
  const listPath = [...path, 'warnAt'];
  const list = useFieldErrors(listPath);
  const values = Array.isArray(warnAt) ? (warnAt as unknown[]) : [];
  const edit = useListEditing(listPath, values.length, { optional: true });
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
            <RemoveButton label={`Remove warning ${i + 1}`} onClick={() => edit.remove(i)} />
          </div>
        ))}
      </div>
      <Button
        id={edit.addId}
        appearance="subtle"
        onClick={() => {
          const last = values[values.length - 1];
          const next =
            typeof last === 'number' ? Math.min(0.95, Math.round((last + 0.1) * 100) / 100) : 0.5;
          edit.add(next);
        }}
      >
        Add warning
      </Button>
    </fieldset>
  );
}
