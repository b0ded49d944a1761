import type { ActionIssueInput } from '../../shared/components/ActionIssueFields';
import { FormField } from '../../reports/src/FormField';

/** The Quality page's way to draw an action issue input: a FormField, read-only unless editing. */
export const formFieldInput =
  (disabled: boolean) =>
  ({ field, label, type, value, onChange }: ActionIssueInput) => (
    <FormField key={field} label={label}>
      {(id) => (
        <input
          id={id}
          type={type}
          {...(type === 'number' && { min: 1 })}
          value={value}
          disabled={disabled}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
