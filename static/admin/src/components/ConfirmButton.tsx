import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface ConfirmButtonProps {
  /** The button's text (its accessible name). */
  children: ReactNode;
  /** The question asked before acting. */
  message: string;
  confirmLabel: string;
  cancelLabel?: string;
  onConfirm: () => void;
  appearance?: 'default' | 'subtle' | 'danger';
  disabled?: boolean;
}

/**
 * A button for something that cannot be undone: it asks first, inline, with the confirming
 * button focused. Escape or Cancel puts focus back on the button. No modal dialog, so it works
 * the same inside Jira's iframe and with the keyboard alone.
 */
export function ConfirmButton({
  children,
  message,
  confirmLabel,
  cancelLabel = 'Cancel',
  onConfirm,
  appearance = 'default',
  disabled,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const returnFocus = useRef(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const messageId = useId();
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [asking]);
  const cancel = () => {
    returnFocus.current = true;
    setAsking(false);
  };
  if (!asking) {
    return (
      <button
        ref={trigger}
        type="button"
        className={`button button--${appearance}`}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {children}
      </button>
    );
  }
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={messageId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          cancel();
        }
      }}
    >
      <span id={messageId} className="confirm__message">
        {message}
      </span>
      <button
        ref={confirm}
        type="button"
        className="button button--danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button--subtle" onClick={cancel}>
        {cancelLabel}
      </button>
    </div>
  );
}
