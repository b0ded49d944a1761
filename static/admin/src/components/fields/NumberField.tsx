import { useEffect, useState } from 'react';
import { Field, type FieldFrameProps, type FieldSize } from './Field';
import { useFieldValue } from './useFieldValue';

export interface NumberFieldProps extends FieldFrameProps {
  value?: number;
  onChange?: (value: number | undefined) => void;
  /** Shown multiplied by this: a fraction 0.75 edited as the percentage 75 with `scale={100}`. */
  scale?: number;
  placeholder?: string;
  size?: FieldSize;
}

const format = (value: unknown, scale: number) =>
  typeof value === 'number' ? String(Math.round(value * scale * 1e6) / 1e6) : (value ?? '');

/**
 * A number typed as text, so intermediate input ("-", "1.") is never lost. What is not a number
 * is kept as typed and goes to the draft as a string, where validation names the problem at
 * the field; an empty field removes the key.
 */
export function NumberField(props: NumberFieldProps) {
  const scale = props.scale ?? 1;
  const [value, setValue] = useFieldValue<number | string>(
    props.path,
    props.value,
    props.onChange as ((value: number | string | undefined) => void) | undefined,
  );
  const [text, setText] = useState(() => String(format(value, scale)));
  const parse = (input: string): number | string | undefined => {
    const trimmed = input.trim();
    if (trimmed === '') return undefined;
    const number = Number(trimmed);
    return Number.isFinite(number) ? Math.round((number / scale) * 1e9) / 1e9 : input;
  };
  useEffect(() => {
    // A change from elsewhere (another item selected, an undo): show it.
    if (parse(text) !== value) setText(String(format(value, scale)));
  }, [value, scale]);
  return (
    <Field {...props}>
      {(control) => (
        <input
          {...control}
          className={`input input--${props.size ?? 'small'}`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          placeholder={props.placeholder}
          onChange={(e) => {
            setText(e.target.value);
            setValue(parse(e.target.value));
          }}
        />
      )}
    </Field>
  );
}
