import { compareVersions, parseVersion, type Version } from './version';

/** The fix version a resolved development issue names: the highest, and what could not be read. */
export interface FixVersionChoice {
  readonly version: string | null;
  /** Why names were set aside: unreadable versions are reported, never compared as strings. */
  readonly unreadable: readonly string[];
}

/** The highest of `names` by version order (5.10 above 5.9); unreadable names are set aside. */
export function highestFixVersion(names: readonly string[]): FixVersionChoice {
  const unreadable: string[] = [];
  let best: Version | null = null;
  for (const name of names) {
    const reading = parseVersion(name);
    if (!reading.ok) unreadable.push(reading.error);
    else if (!best || compareVersions(reading.version, best) > 0) best = reading.version;
  }
  return { version: best?.text ?? null, unreadable };
}
