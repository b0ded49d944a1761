import { includesFix, parseVersion } from './version';

/**
 * Whether an environment running `installed` has the fix made in `fixedIn`: null when either is
 * unknown or no version (never compared as strings).
 */
export function runsFix(installed: string | null, fixedIn: string | null): boolean | null {
  if (installed === null || fixedIn === null) return null;
  const a = parseVersion(installed);
  const b = parseVersion(fixedIn);
  return a.ok && b.ok ? includesFix(a.version, b.version) : null;
}
