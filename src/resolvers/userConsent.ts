/**
 * Forge's `asUser()` throws `NeedsAuthenticationError` (named `NEEDS_AUTHENTICATION_ERR`, status
 * 401) when the user has not yet allowed the app to act for them. "If this error isn't caught,
 * the user is prompted to grant access to the app" and the app is re-initialised once they have
 * (https://developer.atlassian.com/platform/forge/apis-reference/fetch-api-product.requestjira/).
 * It is recognised by its name, as @forge/api's own `isForgePlatformError` does, so the resolvers
 * need no Forge import.
 */
export const NEEDS_AUTHENTICATION_ERR = 'NEEDS_AUTHENTICATION_ERR';

/** Whether `error` asks for the user's consent: resolvers must let it leave, uncaught. */
export function needsUserConsent(error: unknown): boolean {
  return error instanceof Error && error.name === NEEDS_AUTHENTICATION_ERR;
}
