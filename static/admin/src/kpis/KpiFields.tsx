/** The KPIs tab's labelled input and select, each with its refused message under it. */
import type { ReactNode } from 'react';

interface Common {
  id: string;
  label: string;
  hint?: ReactNode;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

const described = (id: string, error: string | undefined) => ({
  'aria-invalid': error !== undefined,
  'aria-describedby': error ? `${id}-error` : undefined,
});

function Messages({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && <p className="field__hint">{hint}</p>}
      {error && (
        <div className="field-error" id={`${id}-error`}>
          <p>{error}</p>
        </div>
      )}
    </>
  );
}

export function KpiField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
}: Common & { type?: 'text' | 'number' }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type={type}
        {...(type === 'number' && { step: 'any' })}
        value={value}
        {...described(id, error)}
        onChange={(e) => onChange(e.target.value)}
      />
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

export function KpiSelect({
  id,
  label,
  hint,
  error,
  value,
  options,
  onChange,
}: Common & { options: readonly { value: string; label: string }[] }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        {...described(id, error)}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}
