import type { ValidationError } from './validation';

/**
 * The largest JSON document the app reads (a contract to validate, save, simulate or import; a
 * scenario for `slm`): 1 MiB of UTF-8. Bigger ones are refused before they are parsed or
 * validated, so a huge paste or file cannot tie up a resolver or the simulator.
 *
 * Why 1 MiB: Forge's invocation limits (developer.atlassian.com/platform/forge/limits-invocation)
 * give a resolver 25 s and publish no payload size, but `invoke` travels through Forge's GraphQL
 * gateway, which developers report refuses requests over 5,242,880 bytes (community thread
 * "Improving support for long-running tasks in Forge"): 1 MiB leaves room for the rest of the
 * payload. It is also far more than a real configuration (examples/contract.json, three
 * customers and nine agreements, is 27 KB), and a contract that size must be stored split
 * across several KVS values, each at most 240 KiB (see src/storage/kvsRules.ts).
 */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** UTF-8 bytes of a text, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (isSurrogatePair(text, i)) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const isSurrogatePair = (text: string, i: number) =>
  (text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;

/** A size for people: `5.2 MB`, `830 KB` (1 MB = 1,048,576 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

const tooBig = (path: string, size: string): ValidationError => ({
  path,
  message: `is ${size} of JSON; the most the app reads is ${formatBytes(MAX_DOCUMENT_BYTES)}`,
});

/**
 * The problem with a JSON text over `MAX_DOCUMENT_BYTES`, found before it is parsed; none when
 * it fits. The length in UTF-16 units is a lower bound of its bytes, so a huge text is refused
 * without counting.
 */
export function textSizeError(text: string, path: string): ValidationError | undefined {
  if (text.length > MAX_DOCUMENT_BYTES) return tooBig(path, `over ${formatBytes(text.length)}`);
  const bytes = utf8Length(text);
  return bytes > MAX_DOCUMENT_BYTES ? tooBig(path, formatBytes(bytes)) : undefined;
}

/**
 * The problem with a value whose JSON is over `MAX_DOCUMENT_BYTES` (a document that reached a
 * resolver already parsed); none when it fits. A value JSON cannot write out (nested deeper
 * than the stack allows) is refused too.
 */
export function valueSizeError(value: unknown, path: string): ValidationError | undefined {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return { path, message: 'is not a JSON document the app can read' };
  }
  return json === undefined ? undefined : textSizeError(json, path);
}
