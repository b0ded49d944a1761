import { createHash } from 'node:crypto';

/**
 * The fingerprint of an `slm` property value: the SHA-256 of its JSON with object keys sorted,
 * so the value Jira hands back compares equal to the one the app wrote whatever order Jira keeps
 * its keys in. The app stores the fingerprint of what it wrote in its own storage; a property
 * whose fingerprint differs was written by someone else.
 *
 * @example propertyDigest({ b: 1, a: [true] }) === propertyDigest({ a: [true], b: 1 }) // true
 */
export function propertyDigest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** JSON with the keys of every object in sorted order; `undefined` members are left out. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const members = Object.entries(value)
      .filter(([, member]) => member !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, member]) => `${JSON.stringify(key)}:${canonicalJson(member)}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
