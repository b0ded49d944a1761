import { useEffect, useState } from 'react';
import { Field, type FieldFrameProps, type FieldSize } from './Field';
import { useFieldValue } from './useFieldValue';

export interface ListTextFieldProps extends FieldFrameProps {
  value?: readonly string[];
  onChange?: (value: readonly string[] | undefined) => void;
  /** Left empty, the key is removed rather than set to []. */
  optional?: boolean;
  placeholder?: string;
  list?: string;
  size?: FieldSize;
}

const parse = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const same = (a: readonly string[], b: unknown) =>
  Array.isArray(b) && a.length === b.length && a.every((v, i) => v === b[i]);

/** A list of names typed comma-separated: `Incident, Problem`. */
export function ListTextField(props: ListTextFieldProps) {
  const [value, setValue] = useFieldValue<readonly string[]>(
    props.path,
    props.value,
    props.onChange,
  );
  const list = Array.isArray(value) ? (value as string[]) : [];
  const [text, setText] = useState(list.join(', '));
  useEffect(() => {
    if (!same(parse(text), value ?? [])) setText(list.join(', '));
  }, [value]);
  return (
    <Field {...props} hint={props.hint ?? 'Separate several with commas.'}>
      {(control) => (
        <input
          {...control}
          className={`input input--${props.size ?? 'wide'}`}
          type="text"
          autoComplete="off"
          value={text}
          list={props.list}
          placeholder={props.placeholder}
          onChange={(e) => {
            setText(e.target.value);
            const next = parse(e.target.value);
            setValue(next.length === 0 && props.optional ? undefined : next);
          }}
        />
      )}
    </Field>
  );
}
