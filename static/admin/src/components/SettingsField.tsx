/**
 * The settings pages' (KPIs, Development, Quality) labelled input and select, controlled by
 * value and onChange, each with its hint and its refused message under it (tied by
 * aria-describedby).
 */
import type { ReactNode } from 'react';
import type { ActionIssueInput } from '../../../shared/components/ActionIssueFields';

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

export function SettingsInput({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  multiline = false,
  placeholder,
}: Common & { type?: 'text' | 'number'; multiline?: boolean; placeholder?: string }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea
          id={id}
          className="input"
          rows={2}
          value={value}
          {...described(id, error)}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          className="input"
          type={type}
          {...(type === 'number' && { step: 'any' })}
          placeholder={placeholder}
          value={value}
          {...described(id, error)}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      <Messages id={id} hint={hint} error={error} />
    </div>
  );
}

export function SettingsSelect({
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
        className="input select"
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

/** The admin pages' way to draw an action issue input (`ActionIssueFields`): ids under `idPrefix`. */
export const settingsInput =
  (idPrefix: string) =>
  ({ field, label, hint, type, value, error, onChange }: ActionIssueInput) => (
    <SettingsInput
      key={field}
      id={`${idPrefix}-${field}`}
      label={label}
      hint={hint}
      type={type}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
