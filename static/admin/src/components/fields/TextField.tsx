import type { HTMLAttributes } from 'react';
import { Field, type FieldFrameProps, type FieldSize } from './Field';
import { useFieldValue } from './useFieldValue';

export interface TextFieldProps extends FieldFrameProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Left empty, the key is removed rather than set to "". */
  optional?: boolean;
  type?: 'text' | 'date' | 'datetime-local' | 'email';
  placeholder?: string;
  /** The id of a <datalist> of suggestions. */
  list?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  multiline?: boolean;
  readOnly?: boolean;
  size?: FieldSize;
  /** For text that is null when empty (an open-ended validTo). */
  emptyValue?: null;
}

export function TextField(props: TextFieldProps) {
  const { optional, type = 'text', placeholder, list, inputMode, multiline, readOnly } = props;
  const [raw, setValue] = useFieldValue<string | null>(
    props.path,
    props.value,
    props.onChange as ((value: string | null | undefined) => void) | undefined,
  );
  const text = raw === undefined || raw === null ? '' : String(raw);
  const change = (next: string) =>
    setValue(
      next === '' ? (props.emptyValue !== undefined ? null : optional ? undefined : '') : next,
    );
  const className = `input input--${props.size ?? 'medium'}`;
  return (
    <Field {...props}>
      {(control) =>
        multiline ? (
          <textarea
            {...control}
            className={`${className} input--multiline`}
            value={text}
            placeholder={placeholder}
            readOnly={readOnly}
            rows={3}
            onChange={(e) => change(e.target.value)}
          />
        ) : (
          <input
            {...control}
            className={className}
            type={type}
            value={text}
            placeholder={placeholder}
            list={list}
            inputMode={inputMode}
            readOnly={readOnly}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => change(e.target.value)}
          />
        )
      }
    </Field>
  );
}
