import { createHash } from 'node:crypto';
import { keyViolation } from './kvsRules';

/**
 * Every KVS key the app uses is built here, from parts joined by `:`. A part may be any text
 * (goal ids are free text, instants contain `:`), so each is encoded into what Forge accepts
 * (see `kvsRules.ts`) and cannot be confused with the separator:
 *
 * - letters, digits, `.`, `_` and `-` stay as they are, so keys stay readable;
 * - every other character becomes `#` and its UTF-8 bytes in hex (`@` → `#40`, `:` → `#3A`);
 * - a part longer than `MAX_PART` once encoded (or not valid Unicode) becomes `##` and its
 *   SHA-256 in hex, so a key of up to six parts stays within the 500-character limit.
 *
 * The encoding is one-to-one (`#` always starts an escape: two hex digits, or `#` for a hash),
 * so two different lists of parts never share a key, and `keyPrefix(…parts)` matches the keys
 * that continue those parts and no others.
 */
export function storageKey(...parts: readonly string[]): string {
  const key = parts.map(encodePart).join(SEPARATOR);
  const violation = keyViolation(key);
  if (violation) throw new Error(`storage key ${key}: ${violation.message}`);
  return key;
}

/** The beginning shared by every key that continues `parts`, for a `keys()` listing. */
export function keyPrefix(...parts: readonly string[]): string {
  return storageKey(...parts) + SEPARATOR;
}

const SEPARATOR = ':';
const MAX_PART = 80;
const KEPT = /^[A-Za-z0-9._-]$/;
/** Half of a UTF-16 surrogate pair without its other half: text with no UTF-8 form. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function encodePart(part: string): string {
  const readable = LONE_SURROGATE.test(part) ? null : escapePart(part);
  if (readable !== null && readable.length <= MAX_PART) return readable;
  // Hashed from its UTF-16 code units, so even text with a lone surrogate keeps its own key.
  return `##${createHash('sha256').update(Buffer.from(part, 'utf16le')).digest('hex')}`;
}

function escapePart(part: string): string {
  let escaped = '';
  for (const char of part) {
    escaped += KEPT.test(char)
      ? char
      : [...Buffer.from(char, 'utf8')]
          .map((byte) => `#${byte.toString(16).toUpperCase().padStart(2, '0')}`)
          .join('');
  }
  return escaped;
}

/** The app's keys. */
export const SETTINGS_KEY = storageKey('settings');
/** The number of the contract version in force. */
export const LATEST_CONTRACT_KEY = storageKey('contract', 'latest');
/** Each saved contract version, zero-padded so keys list in version order. */
export const contractVersionKey = (version: number): string =>
  storageKey('contract', 'v', String(version).padStart(6, '0'));
export const CONTRACT_VERSIONS = keyPrefix('contract', 'v');
/** The claim that makes an escalation fire once per issue, goal cycle and threshold. */
export const escalationClaimKey = (
  issueId: string,
  goal: string,
  cycleStart: string,
  at: number | 'breach',
): string => storageKey('escalation', issueId, goal, cycleStart, String(at));
/** The escalation claims of one issue. */
export const escalationClaimsOf = (issueId: string): string => keyPrefix('escalation', issueId);
/** Every escalation claim. */
export const ESCALATION_CLAIMS = keyPrefix('escalation');
