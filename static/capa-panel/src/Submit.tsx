import { useId } from 'react';
import { Button } from '../../shared/components/Button';

/**
 * A step's button: disabled while its guards fail, with the reasons shown next to it (and read
 * out with it), never a button that silently does nothing.
 */
export function Submit({
  label,
  blockers,
  busy,
  onClick,
}: {
  label: string;
  blockers: readonly string[];
  busy: boolean;
  onClick?: () => void;
}) {
  const id = useId();
  const blocked = blockers.length > 0;
  return (
    <div className="capa__submit">
      <Button
        appearance="primary"
        type={onClick ? 'button' : 'submit'}
        disabled={blocked || busy}
        aria-describedby={blocked ? id : undefined}
        onClick={onClick}
      >
        {label}
      </Button>
      {blocked && (
        <ul id={id} className="capa__blockers">
          {blockers.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
