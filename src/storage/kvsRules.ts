import { ForgeKvsAPIError } from '@forge/kvs';

/**
 * What Forge's Key-Value Store refuses, in one place: the in-memory store applies these rules so
 * the simulator and the tests refuse exactly what a real site would, with the error `@forge/kvs`
 * throws there (`ForgeKvsAPIError`: the HTTP status in `responseDetails`, the platform's `code`
 * and `message`), and the app's key builder (`storageKeys.ts`) is checked against them.
 *
 * Sources: "KVS and Custom Entity Store limits" (developer.atlassian.com/platform/forge/
 * limits-kvs-ce) and "Error handling for the Key-Value Store" (…/storage-reference/
 * handling-errors-kvs).
 */

/**
 * The documented key format, verbatim. Note `\s-#` inside the class: a range needs single
 * characters at both ends, so JavaScript (Annex B, no `u` flag) reads it as `\s`, `-` and `#`,
 * not as a range. A key is letters, digits, `:`, `.`, `_`, `-`, `#` and whitespace, and not
 * whitespace alone.
 */
export const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/;
/** KEY_TOO_SHORT: "The provided key needs to be more than one character." */
export const MIN_KEY_LENGTH = 2;
/** KEY_TOO_LONG: "The provided key has exceeded the maximum 500 characters." */
export const MAX_KEY_LENGTH = 500;
/** "Value size 240 KiB: maximum size of a single persisted value (in RAW)": its JSON, in bytes. */
export const MAX_VALUE_BYTES = 240 * 1024;
/**
 * The limits page permits an object depth of 31; the MAX_DEPTH error names 32 levels. Both hold
 * when the 32 levels count the innermost scalar: at most 31 objects or arrays nested in one
 * another. The stricter reading is taken, so nothing passes here that a site could refuse.
 */
export const MAX_NESTING = 31;
/** `query().limit()`: "returns up to 10 values by default, … increased to a maximum of 100". */
export const MAX_QUERY_LIMIT = 100;

/** A refusal: the platform's error code and message. */
export interface KvsViolation {
  readonly code: string;
  readonly message: string;
}

/** Why Forge would refuse `key`, or null when it accepts it. */
export function keyViolation(key: string): KvsViolation | null {
  if (key.length < MIN_KEY_LENGTH)
    return {
      code: 'KEY_TOO_SHORT',
      message: 'The provided key needs to be more than one character.',
    };
  if (key.length > MAX_KEY_LENGTH)
    return {
      code: 'KEY_TOO_LONG',
      message: `The provided key has exceeded the maximum ${MAX_KEY_LENGTH} characters.`,
    };
  if (!KEY_PATTERN.test(key))
    return {
      code: 'INVALID_KEY',
      message: `The provided key does not match the regex: ${KEY_PATTERN}`,
    };
  return null;
}

/** Why Forge would refuse to store `value`, or null when it accepts it. */
export function valueViolation(value: unknown): KvsViolation | null {
  if (valueBytes(value) > MAX_VALUE_BYTES)
    return { code: 'MAX_SIZE', message: 'The provided value has exceeded the maximum size limit.' };
  if (nesting(value) > MAX_NESTING)
    return {
      code: 'MAX_DEPTH',
      message: `The provided value has exceeded the maximum object depth (${MAX_NESTING + 1}) limit.`,
    };
  return null;
}

/** The size of `value` as the limit counts it: the bytes of its JSON in UTF-8. */
export function valueBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : Buffer.byteLength(json, 'utf8');
}

/** How many objects or arrays are nested in one another in `value`: 0 for a scalar. */
function nesting(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let deepest = 0;
  for (const member of Object.values(value)) deepest = Math.max(deepest, nesting(member));
  return 1 + deepest;
}

/** The KVS REST operation behind a `@forge/kvs` call, as `responseDetails.httpPath` names it. */
export type KvsOperation =
  | '/api/v1/get'
  | '/api/v1/set'
  | '/api/v1/delete'
  | '/api/v1/batch/get'
  | '/api/v1/batch/set'
  | '/api/v1/batch/delete'
  | '/api/v1/secret/get'
  | '/api/v1/secret/set'
  | '/api/v1/secret/delete';

/**
 * Batch operations (`kvs.batchGet`, `batchSet`, `batchDelete`), for KVS keys and entities alike:
 * "Each batch operation can contain a maximum of 25 keys", and one "will return an error and fail
 * entirely if it doesn't contain any keys, or there are multiple requests to set, delete, or get
 * the same key or key plus entity" ("Executing batch operations", storage-reference/
 * entities-batch). Otherwise each key succeeds or fails on its own, under the usual key and value
 * rules, reported in `successfulKeys` and `failedKeys`.
 */
export const MAX_BATCH_KEYS = 25;
/**
 * "A single kvs.batchSet operation can be a payload of 4MB", but the same page notes a bug
 * (FRGE-1916) that limits batch payloads to 1MB for now: the stricter limit is taken.
 */
export const MAX_BATCH_BYTES = 1_000_000;

/**
 * Why Forge would refuse a whole batch of `items` (its request body), or null. The page names
 * the cases but not their codes; `INVALID_BATCH` and `MAX_SIZE` are the simulator's choice.
 */
export function batchViolation(
  items: readonly { readonly key: string; readonly entityName?: string }[],
): KvsViolation | null {
  if (items.length === 0)
    return { code: 'INVALID_BATCH', message: 'A batch operation must contain at least one key.' };
  if (items.length > MAX_BATCH_KEYS)
    return {
      code: 'INVALID_BATCH',
      message: `A batch operation can contain a maximum of ${MAX_BATCH_KEYS} keys.`,
    };
  const seen = new Set(items.map((item) => JSON.stringify([item.entityName ?? null, item.key])));
  if (seen.size < items.length)
    return {
      code: 'INVALID_BATCH',
      message: 'A batch operation cannot name the same key (or key and entity) twice.',
    };
  if (valueBytes(items) > MAX_BATCH_BYTES)
    return { code: 'MAX_SIZE', message: 'The batch has exceeded the maximum payload size (1MB).' };
  return null;
}

/** A key a batch read or delete did not find: a failed key, not a failed batch. */
export const KEY_NOT_FOUND: KvsViolation = {
  code: 'KEY_NOT_FOUND',
  message: 'The specified key does not exist.',
};

/** The error `@forge/kvs` throws when the platform answers 400 with `violation`. */
export function refusal(operation: KvsOperation, violation: KvsViolation): ForgeKvsAPIError {
  return new ForgeKvsAPIError(
    { status: 400, statusText: 'Bad Request', httpMethod: 'POST', httpPath: operation },
    violation,
  );
}

/**
 * `set` with `keyPolicy: 'FAIL_IF_EXISTS'` on a key that exists. Atlassian's pages say only that
 * such a set fails ("fail the set request if the key already exists"); the platform answers
 * HTTP 409 Conflict, reported with the code `KEY_CONFLICT`.
 */
export function keyConflict(key: string): ForgeKvsAPIError {
  return new ForgeKvsAPIError(
    { status: 409, statusText: 'Conflict', httpMethod: 'POST', httpPath: '/api/v1/set' },
    { code: 'KEY_CONFLICT', message: `The key ${key} already exists.` },
  );
}

/**
 * Whether `error` is the refusal of a `FAIL_IF_EXISTS` set because the key exists: the one
 * failure that means "already claimed". Matched on the HTTP status, 409 Conflict, which is what
 * the policy is about; any other failure (a 400 for a bad key or value, a 429, a 5xx) is not a
 * claim lost to another invocation and must surface.
 */
export function isKeyConflict(error: unknown): boolean {
  return error instanceof ForgeKvsAPIError && error.responseDetails.status === 409;
}
