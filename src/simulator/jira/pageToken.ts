/**
 * Opaque page tokens (`nextPageToken`): base64url JSON carrying where the next page starts and
 * a fingerprint of the request it belongs to, so a token reused with another query is a 400.
 */
import { JiraHttpError } from './errors';

/** A short fingerprint of a request's identity (FNV-1a). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export function encodePageToken(request: string, position: unknown): string {
  return Buffer.from(JSON.stringify({ r: fingerprint(request), p: position })).toString(
    'base64url',
  );
}

/** The position a token carries, or a 400 when it is not a token of this request. */
export function decodePageToken(request: string, token: string): unknown {
  try {
    const decoded = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as {
      r?: unknown;
      p?: unknown;
    };
    if (decoded.r === fingerprint(request) && decoded.p !== undefined) return decoded.p;
  } catch {
    // falls through to the 400
  }
  throw new JiraHttpError(400, ['The nextPageToken is invalid or does not belong to this query.']);
}
