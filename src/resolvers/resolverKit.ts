import { JiraBusyError, JiraError, type JiraClient } from '../jira/jiraClient';
import type { AppContext } from '../services/appContext';
import { problemCount, type ValidationError } from '../domain/validation';
import { needsUserConsent } from './userConsent';
import type { ResolverErrorCode, ResolverResult } from './views';

/** Who called a resolver, and from where, as Forge's context tells it. */
export interface ResolverCall {
  /** Empty for an anonymous portal visitor. */
  readonly accountId: string;
  /** The issue of an issue panel. */
  readonly issueKey?: string;
  /**
   * What kind of account called, as Forge's context says for modules that allow unlicensed
   * access (https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-jsm-users/):
   * `licensed`, `unlicensed`, `customer` or `anonymous`. Left out where Forge gives none.
   */
  readonly accountType?: PortalAccountType;
  /** A Jira Service Management portal module's context (`extension.portal`, `extension.request`). */
  readonly portal?: PortalCall;
}

export type PortalAccountType = 'licensed' | 'unlicensed' | 'customer' | 'anonymous';

/** Where on the customer portal a portal module was opened. */
export interface PortalCall {
  readonly portalId?: number;
  /** The request type being created (create property panel) or of the request shown. */
  readonly requestTypeId?: number;
  /** The request shown (`portalRequestDetail`). */
  readonly requestKey?: string;
}

/** The app's context plus Jira as the calling user, so Jira enforces their permissions. */
export interface ResolverContext extends AppContext {
  readonly jiraAsUser: JiraClient;
}

export type ResolverFunction = (
  payload: unknown,
  call: ResolverCall,
  ctx: ResolverContext,
) => Promise<ResolverResult<unknown>>;

/** A module's resolver functions by the name the screen invokes them with. */
export type ResolverDefinitions = Readonly<Record<string, ResolverFunction>>;

/** A failure a resolver reports to the screen instead of throwing. */
export class ResolverError extends Error {
  constructor(
    readonly code: ResolverErrorCode,
    message: string,
    readonly errors?: readonly ValidationError[],
  ) {
    super(message);
    this.name = 'ResolverError';
  }
}

export function invalid(errors: readonly ValidationError[]): ResolverError {
  const count = problemCount(errors);
  return new ResolverError(
    'invalid',
    `${count} problem${count === 1 ? '' : 's'} in the request`,
    errors,
  );
}

/**
 * Wraps a resolver body: its value becomes `{ ok: true, data }`, a `ResolverError` becomes
 * `{ ok: false, error }`, Jira staying busy beyond the resolver's retry budget `busy` with when
 * to try again, anything else a generic failure that is logged, not leaked; except Forge's
 * request for the user's consent, which is rethrown so that Forge shows its prompt.
 */
export function resolver<T>(
  body: (payload: unknown, call: ResolverCall, ctx: ResolverContext) => Promise<T>,
): ResolverFunction {
  return async (payload, call, ctx) => {
    try {
      return { ok: true, data: await body(payload, call, ctx) };
    } catch (error) {
      if (error instanceof ResolverError) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.errors && { errors: error.errors }),
          },
        };
      }
      if (needsUserConsent(error)) throw error;
      if (error instanceof JiraBusyError) {
        // Waiting longer would run the resolver out of its 25 s: the screen says when to retry.
        return {
          ok: false,
          error: {
            code: 'busy',
            message: `Jira is busy; try again in ${error.retryAfterSeconds} s.`,
          },
        };
      }
      ctx.log('resolver failed', { error: String(error) });
      return {
        ok: false,
        error: { code: 'failed', message: 'Something went wrong; the app has logged it.' },
      };
    }
  };
}

/** Only Jira administrators may read or change the app's configuration. */
export async function requireAdmin(
  ctx: ResolverContext,
  /** What only administrators may do, for the refusal: "see and change SLA contracts". */
  what = 'see and change SLA contracts',
): Promise<void> {
  const { ADMINISTER } = await ctx.jiraAsUser.myPermissions(['ADMINISTER']);
  if (!ADMINISTER) {
    throw new ResolverError('forbidden', `Only Jira administrators can ${what}.`);
  }
}

/**
 * The caller must be allowed to browse the issue: Jira decides, not the app. Jira answers 404
 * for an issue that does not exist or that the user cannot see; any other failure (and Forge's
 * request for consent) is not an answer about the issue, so it goes on to `resolver()`.
 */
export async function requireIssueAccess(ctx: ResolverContext, issueKey: string): Promise<void> {
  const { BROWSE_PROJECTS } = await ctx.jiraAsUser
    .myPermissions(['BROWSE_PROJECTS'], issueKey)
    .catch((error: unknown) => {
      if (error instanceof JiraError && error.status === 404) return { BROWSE_PROJECTS: false };
      throw error;
    });
  if (!BROWSE_PROJECTS)
    throw new ResolverError('notFound', `Issue ${issueKey} does not exist or you cannot see it.`);
}

/** Reads an object payload, refusing anything else with the path `$`. */
export function payloadObject(payload: unknown): Record<string, unknown> {
  if (payload === undefined || payload === null) return {};
  if (typeof payload !== 'object' || Array.isArray(payload)) {
    throw invalid([{ path: '$', message: 'the request must be a JSON object' }]);
  }
  return payload as Record<string, unknown>;
}
