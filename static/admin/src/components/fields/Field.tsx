import type { ReactNode } from 'react';
import { describedBy, useFieldErrors } from '../../state/ErrorsContext';
import type { Path } from '../../state/paths';
import { FieldMessages } from './FieldMessages';

/** Widths of controls: xsmall fits a year, small a time or id, compact a short name; fill takes the cell. */
export type FieldSize = 'xsmall' | 'small' | 'compact' | 'medium' | 'wide' | 'fill';

/** What a control needs to be labelled and tied to its hint and errors. */
export interface ControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'data-path': string;
  'aria-label': string | undefined;
}

export interface FieldFrameProps {
  label: string;
  /** Keeps the label for assistive technology only (table cells with a visible column header). */
  hideLabel?: boolean;
  hint?: string;
  /** The field's path in the document; names its errors and its DOM id. */
  path: Path;
  /**
   * The accessible name when the visible label is short because its group says the rest:
   * "Priority 1" shown, "Obligation 1 target for Priority 1" announced. Must contain the label.
   */
  ariaLabel?: string;
  /** Marks the control invalid for an error of its group (an overlapping range, say). */
  groupInvalid?: boolean;
  /** More ids for `aria-describedby` (a row's error, say). */
  describedById?: string;
  className?: string;
}

/**
 * A label, a control and the field's hint and errors, in Atlassian's field layout. The control
 * gets `aria-invalid` and `aria-describedby` pointing at the messages when the path has errors.
 */
export function Field({
  label,
  hideLabel,
  hint,
  path,
  describedById,
  groupInvalid,
  ariaLabel,
  className,
  children,
}: FieldFrameProps & { children: (control: ControlProps) => ReactNode }) {
  const errors = useFieldErrors(path);
  const hintId = hint ? `${errors.id}-hint` : undefined;
  const control: ControlProps = {
    id: errors.id,
    'aria-invalid': errors.invalid || groupInvalid || undefined,
    'aria-describedby': describedBy(errors.invalid && errors.errorId, hintId, describedById),
    'data-path': errors.jsonPath,
    'aria-label': ariaLabel,
  };
  return (
    <div className={`field${errors.invalid ? ' field--invalid' : ''} ${className ?? ''}`.trim()}>
      <label htmlFor={errors.id} className={hideLabel ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      {children(control)}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <FieldMessages id={errors.errorId} messages={errors.messages} />
    </div>
  );
}
