/**
 * The key the app signs portal choices with (`portalChoiceProof.ts`), in KVS's secret store
 * (https://developer.atlassian.com/platform/forge/runtime-reference/storage-api-secret/), made
 * on first use. Two first uses at the same moment could each make one; the one read back after
 * writing is used, so at worst a choice signed in that instant is ignored, never a forged one
 * taken.
 */
import { randomBytes } from 'node:crypto';
import type { SecretStore } from './secretStore';

export const PORTAL_CHOICE_KEY = 'portal-choice-key';

export async function portalChoiceKey(secrets: SecretStore): Promise<string> {
  const existing = await secrets.getSecret<string>(PORTAL_CHOICE_KEY);
  if (typeof existing === 'string' && existing !== '') return existing;
  await secrets.setSecret(PORTAL_CHOICE_KEY, randomBytes(32).toString('hex'));
  return (await secrets.getSecret<string>(PORTAL_CHOICE_KEY))!;
}
