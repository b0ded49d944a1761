import { describedBy, useFieldErrors } from '../../state/ErrorsContext';
import type { Path } from '../../state/paths';
import { FieldMessages } from './FieldMessages';
import { useFieldValue } from './useFieldValue';

export interface CheckboxFieldProps {
  label: string;
  path: Path;
  checked?: boolean;
  onChange?: (checked: boolean | undefined) => void;
  /** Unchecked removes the key instead of setting `false`. */
  optional?: boolean;
  hint?: string;
}

export function CheckboxField(props: CheckboxFieldProps) {
  const [value, setValue] = useFieldValue<boolean>(props.path, props.checked, props.onChange);
  const errors = useFieldErrors(props.path);
  const hintId = props.hint ? `${errors.id}-hint` : undefined;
  return (
    <div className="field field--checkbox">
      <label className="checkbox">
        <input
          id={errors.id}
          type="checkbox"
          checked={value === true}
          aria-invalid={errors.invalid || undefined}
          aria-describedby={describedBy(errors.invalid && errors.errorId, hintId)}
          data-path={errors.jsonPath}
          onChange={(e) => setValue(e.target.checked ? true : props.optional ? undefined : false)}
        />
        <span>{props.label}</span>
      </label>
      {props.hint && (
        <p id={hintId} className="field__hint">
          {props.hint}
        </p>
      )}
      <FieldMessages id={errors.errorId} messages={errors.messages} />
    </div>
  );
}
