import { useEffect, useState } from 'react';

/**
 * The wall clock, `Date.now()`, read again every second while `ticking`; stands still
 * otherwise, so a panel with nothing running does not re-render.
 */
export function useWallClock(ticking: boolean): number {
  const [wall, setWall] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return undefined;
    setWall(Date.now());
    const timer = setInterval(() => setWall(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return wall;
}
