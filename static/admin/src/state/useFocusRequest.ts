import { useEffect, useState } from 'react';

/**
 * Moves focus to an element by id once it is rendered: after adding an item, its first field;
 * after removing one, the button that adds another. Keeps keyboard users where they work.
 */
export function useFocusRequest(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
