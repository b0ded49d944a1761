/** A field's error messages, referenced by the field's `aria-describedby`. */
export function FieldMessages({ id, messages }: { id: string; messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div id={id} className="field-error">
      {messages.map((message) => (
        <p key={message}>
          <span className="field-error__icon" aria-hidden="true">
            !
          </span>
          {message}
        </p>
      ))}
    </div>
  );
}
