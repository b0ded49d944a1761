import type { KeyValueStore } from './keyValueStore';
import { MAX_VALUE_BYTES, valueBytes } from './kvsRules';

/**
 * A JSON value bigger than Forge lets one KVS key hold (240 KiB, `kvsRules.ts`), kept as its
 * JSON text cut into strings that each fit, under numbered keys (a string is a value KVS takes:
 * `StorageValue` in @forge/kvs, "Storing unencrypted key-value pairs", developer.atlassian.com/
 * platform/forge/storage-reference/kvs-api). The caller names the keys and makes the value
 * visible only once every piece is written (a contract version's head record is claimed last),
 * so a reader never meets half a value.
 */

/** Where piece `index` of a value lives. */
export type ChunkKey = (index: number) => string;

/**
 * Cuts `text` into pieces whose stored form (a JSON string) is at most `maxBytes`, as large as
 * that allows, never between the two halves of a surrogate pair.
 */
export function chunkText(text: string, maxBytes: number = MAX_VALUE_BYTES): string[] {
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    // Each UTF-16 unit takes at least one byte: no piece is longer than maxBytes units.
    let end = Math.min(text.length, start + maxBytes);
    for (;;) {
      if (end < text.length && end - start > 1 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      const bytes = valueBytes(text.slice(start, end));
      if (bytes <= maxBytes) break;
      // Shrink in proportion to the excess (escapes and multi-byte characters), by one at least.
      const length = end - start;
      end = start + Math.min(length - 1, Math.floor((length * maxBytes) / bytes));
    }
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Writes `value` in pieces under `keyOf(0…n-1)`; returns n, the count to read it back with. */
export async function writeChunked(
  store: KeyValueStore,
  keyOf: ChunkKey,
  value: unknown,
): Promise<number> {
  const chunks = chunkText(JSON.stringify(value));
  await Promise.all(chunks.map((chunk, index) => store.set(keyOf(index), chunk)));
  return chunks.length;
}

/** Reads back a value written by `writeChunked` in `count` pieces. */
export async function readChunked<T>(
  store: KeyValueStore,
  keyOf: ChunkKey,
  count: number,
): Promise<T> {
  const keys = Array.from({ length: count }, (_, index) => keyOf(index));
  const chunks = await Promise.all(keys.map((key) => store.get<string>(key)));
  const missing = keys.filter((_, index) => typeof chunks[index] !== 'string');
  if (missing.length > 0) throw new Error(`stored value incomplete: no ${missing.join(', ')}`);
  return JSON.parse(chunks.join('')) as T;
}
