import { createContext, useContext, type ReactNode } from 'react';
import {
  ActionIssueFields,
  type ActionIssueTarget,
} from '../../../shared/components/ActionIssueFields';
import { SettingsInput, SettingsSelect, settingsInput } from '../components/SettingsField';
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
    <SettingsInput
      id={id}
      label={label}
      hint={hint}
      type={type}
      placeholder={placeholder}
      error={error}
      value={value === null || value === undefined ? '' : String(value)}
      onChange={(text) => {
        if (type === 'number') form.change(path, text === '' ? null : Number(text));
        else form.change(path, text);
      }}
    />
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
    <SettingsSelect
      id={id}
      label={label}
      error={error}
      value={value === null || value === undefined ? '' : String(value)}
      options={options}
      onChange={(text) => form.change(path, text === '' ? null : text)}
    />
  );
}

/** Where issues of one kind go (follow-ups, non-conformities): project key and issue type. */
export function QualityActionIssueFields({
  path,
  labels,
  hints,
}: {
  path: DraftPath;
  labels: { projectKey: string; issueType: string };
  hints?: { projectKey?: ReactNode };
}) {
  const form = useContext(QualityFormContext)!;
  const errorAt = (field: string) => form.errors.get(errorPath([...path, field]));
  return (
    <ActionIssueFields
      value={valueAt(form.draft, path) as ActionIssueTarget}
      onChange={(next) => form.change(path, next)}
      labels={labels}
      hints={hints}
      errors={{ projectKey: errorAt('projectKey'), issueType: errorAt('issueType') }}
      renderInput={settingsInput(`quality-${path.join('-')}`)}
    />
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
