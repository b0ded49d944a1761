import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Survicate signs each webhook request with HMAC-SHA256 of the raw request body, keyed with the
 * workspace's Signing Secret, in lowercase hexits, sent in the `Hmac` header
 * (https://developers.survicate.com/webhooks/security/).
 */
export function survicateSignature(secret: string, rawBody: string): string {
  return createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex');
}

/**
 * Whether `signature` (the `Hmac` header as sent) signs `rawBody` under `secret`. The comparison
 * takes the same time whatever the header holds: both sides are hashed to 32 bytes first, so
 * neither a wrong length nor the first differing character shows in the timing.
 */
export function isSurvicateSignature(
  secret: string,
  rawBody: string,
  signature: string | undefined,
): boolean {
  if (!secret || signature === undefined) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  const expected = digest(survicateSignature(secret, rawBody));
  const given = digest(signature.trim().toLowerCase());
  return timingSafeEqual(expected, given);
}
