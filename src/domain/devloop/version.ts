/**
 * Product versions as deployments report them: dotted numbers of any length (`5.10`, `2026.3.1.7`),
 * an optional leading `v`, an optional pre-release (`-beta.2`, `-rc1`) and build metadata
 * (`+b42`, ignored in comparisons), ordered as Semantic Versioning 2.0.0 orders them, extended
 * to any number of numeric parts: missing trailing parts are 0, so `5.10` equals `5.10.0` and is
 * above `5.9`. A text that is no such version is reported, never compared as a string.
 */

export interface Version {
  /** As written. */
  readonly text: string;
  /** The numeric parts, trailing zeros dropped (`5.10.0` → [5, 10]). */
  readonly release: readonly number[];
  /** Pre-release identifiers: numbers or texts; empty for a release. */
  readonly prerelease: readonly (number | string)[];
}

const VERSION =
  /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const NUMERIC = /^\d+$/;
/** Longer numbers than this lose precision as JavaScript numbers. */
const MAX_DIGITS = 15;

export type VersionReading =
  { readonly ok: true; readonly version: Version } | { readonly ok: false; readonly error: string };

/** Reads a version, or says why the text is not one. */
export function parseVersion(text: string): VersionReading {
  const trimmed = text.trim();
  const match = VERSION.exec(trimmed);
  if (!match) {
    return {
      ok: false,
      error: `"${trimmed.slice(0, 40)}" is not a version: expected dotted numbers such as 5.10.2, optionally with a pre-release such as 5.10.2-rc.1`,
    };
  }
  const parts = match[1]!.split('.');
  const identifiers = match[2] ? match[2].split('.') : [];
  if (
    [...parts, ...identifiers.filter((p) => NUMERIC.test(p))].some((p) => p.length > MAX_DIGITS)
  ) {
    return {
      ok: false,
      error: `"${trimmed.slice(0, 40)}" has a number longer than ${MAX_DIGITS} digits`,
    };
  }
  const release = parts.map(Number);
  while (release.length > 1 && release[release.length - 1] === 0) release.pop();
  return {
    ok: true,
    version: {
      text: trimmed,
      release,
      prerelease: identifiers.map((p) => (NUMERIC.test(p) ? Number(p) : p)),
    },
  };
}

const sign = (n: number): -1 | 0 | 1 => (n < 0 ? -1 : n > 0 ? 1 : 0);

/** Orders two versions: negative when `a` is lower, 0 when equal in precedence, positive above. */
export function compareVersions(a: Version, b: Version): -1 | 0 | 1 {
  const length = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < length; i++) {
    const d = (a.release[i] ?? 0) - (b.release[i] ?? 0);
    if (d !== 0) return sign(d);
  }
  // A pre-release is below its release.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return sign(b.prerelease.length - a.prerelease.length);
  }
  const n = Math.max(a.prerelease.length, b.prerelease.length);
  for (let i = 0; i < n; i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1; // fewer identifiers, equal so far: lower
    if (y === undefined) return 1;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return sign(x - y);
    if (typeof x === 'number') return -1; // numeric identifiers are below alphanumeric ones
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1; // ASCII order, as SemVer says
  }
  return 0;
}

/** Whether `installed` has the fix made in `fixedIn` (is at or above it). */
export const includesFix = (installed: Version, fixedIn: Version): boolean =>
  compareVersions(installed, fixedIn) >= 0;
