import { useId, type ReactNode } from 'react';

/** A label above its control, tied by id (the control's name is the label alone). */
export function FormField({
  label,
  children,
}: {
  label: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="reports__field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}
