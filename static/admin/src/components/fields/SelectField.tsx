import { Field, type FieldFrameProps, type FieldSize } from './Field';
import { useFieldValue } from './useFieldValue';

export interface SelectOption<V extends string | number = string> {
  value: V;
  label: string;
}

export interface SelectFieldProps<V extends string | number> extends FieldFrameProps {
  options: readonly SelectOption<V>[];
  value?: V;
  onChange?: (value: V | undefined) => void;
  /** The label of an empty choice, which removes the key. Without it a choice is required. */
  emptyLabel?: string;
  size?: FieldSize;
}

/**
 * A native select (keyboard and screen readers for free). A value that is not among the
 * options (an id that no longer exists) is still shown, marked, so the error beside it makes
 * sense and the user can pick another.
 */
export function SelectField<V extends string | number = string>(props: SelectFieldProps<V>) {
  const [value, setValue] = useFieldValue<V>(props.path, props.value, props.onChange);
  const known = props.options.some((o) => o.value === value);
  const options: SelectOption<string | number>[] = [...props.options];
  if (!known && value !== undefined && value !== null && value !== '') {
    options.unshift({ value: value as V, label: `${String(value)} (unknown)` });
  }
  return (
    <Field {...props}>
      {(control) => (
        <select
          {...control}
          className={`input select input--${props.size ?? 'medium'}`}
          value={value === undefined || value === null ? '' : String(value)}
          onChange={(e) => {
            const picked = options.find((o) => String(o.value) === e.target.value);
            setValue(picked ? (picked.value as V) : undefined);
          }}
        >
          {(props.emptyLabel !== undefined || value === undefined || value === '') && (
            <option value="">{props.emptyLabel ?? 'Choose…'}</option>
          )}
          {options.map((o) => (
            <option key={String(o.value)} value={String(o.value)}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
