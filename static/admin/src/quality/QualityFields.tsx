import { createContext, useContext, type ReactNode } from 'react';
import { errorPath, valueAt, type DraftPath } from './qualityDraft';

/** The form's draft, its errors by JSON path, and how to change a value. */
export interface QualityForm {
  readonly draft: unknown;
  readonly errors: ReadonlyMap<string, string>;
  change(path: DraftPath, value: unknown): void;
}

export const QualityFormContext = createContext<QualityForm | null>(null);

function useField(path: DraftPath) {
  const form = useContext(QualityFormContext)!;
  const id = `quality${errorPath(path)
    .slice('$.settings'.length)
    .replace(/[^A-Za-z0-9]+/g, '-')}`;
  const error = form.errors.get(errorPath(path));
  return { form, id, error, value: valueAt(form.draft, path) };
}

function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <div className="field-error" id={`${id}-error`}>
      <p>{error}</p>
    </div>
  );
}

/** A text (or number) input bound to `path`; an empty number is sent as null. */
export function QualityInput({
  path,
  label,
  hint,
  type = 'text',
  placeholder,
}: {
  path: DraftPath;
  label: string;
  hint?: ReactNode;
  type?: 'text' | 'number';
  placeholder?: string;
}) {
  const { form, id, error, value } = useField(path);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type={type}
        placeholder={placeholder}
        value={value === null || value === undefined ? '' : String(value)}
        aria-invalid={error !== undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          if (type === 'number') form.change(path, text === '' ? null : Number(text));
          else form.change(path, text);
        }}
      />
      {hint && <p className="field__hint">{hint}</p>}
      <FieldError id={id} error={error} />
    </div>
  );
}

export function QualityCheckbox({ path, label }: { path: DraftPath; label: string }) {
  const { form, id, error, value } = useField(path);
  return (
    <div className="field">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          aria-invalid={error !== undefined}
          onChange={(e) => form.change(path, e.target.checked)}
        />{' '}
        {label}
      </label>
      <FieldError id={id} error={error} />
    </div>
  );
}

export function QualitySelect({
  path,
  label,
  options,
}: {
  path: DraftPath;
  label: string;
  /** Value '' stands for null. */
  options: readonly { value: string; label: string }[];
}) {
  const { form, id, error, value } = useField(path);
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="input select"
        value={value === null || value === undefined ? '' : String(value)}
        aria-invalid={error !== undefined}
        onChange={(e) => form.change(path, e.target.value === '' ? null : e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}

/** An error about a whole list (too many rows), under its heading. */
export function ListError({ path }: { path: DraftPath }) {
  const form = useContext(QualityFormContext)!;
  const error = form.errors.get(errorPath(path));
  return error ? (
    <div className="field-error">
      <p>{error}</p>
    </div>
  ) : null;
}
