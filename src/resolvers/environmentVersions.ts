/**
 * The admin page's Environments tab: each environment of the contract in force with the
 * version it runs, its history (when, which version, from which source, by whom), the cases
 * waiting for a version, and its pipeline secret (write-only: set, replaced, cleared; the page
 * learns only when and by whom it was set). Every resolver is for Jira administrators only.
 */
import type { Environment } from '../domain/contract';
import { includesFix, parseVersion } from '../domain/devloop/version';
import { formatInstant } from '../domain/instant';
import {
  contractEnvironments,
  reportEnvironmentVersion,
} from '../services/devloop/reportEnvironmentVersion';
import {
  currentEnvironmentVersion,
  environmentHistory,
} from '../storage/devloop/environmentVersions';
import {
  clearEnvironmentSecret,
  environmentSecretStatus,
  setEnvironmentSecret,
  type EnvironmentSecretStatus,
} from '../storage/devloop/environmentVersionsSecrets';
import { casesWaitingFor } from '../storage/devloop/environmentVersionsWaitingCases';
import type { EnvironmentVersionView, EnvironmentVersionsView } from './environmentVersionsViews';
import { ENVIRONMENT_VERSION_TRIGGER } from '../triggers/environmentVersionWebhook';
import {
  invalid,
  payloadObject,
  requireAdmin,
  resolver,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';

/** A pipeline secret's length: long enough not to be guessed, one token without spaces. */
export const ENVIRONMENT_SECRET_MIN_LENGTH = 16;
export const ENVIRONMENT_SECRET_MAX_LENGTH = 200;
/** How many history rows the tab shows per environment. */
export const HISTORY_SHOWN = 20;

const what = 'see and change environment versions';

export const environmentVersionResolvers: ResolverDefinitions = {
  listEnvironmentVersions: resolver(
    async (_payload, _call, ctx): Promise<EnvironmentVersionsView> => {
      await requireAdmin(ctx, what);
      const customers = (await ctx.contracts.latest())?.contract.customers ?? [];
      const environments: EnvironmentVersionView[] = [];
      for (const customer of customers) {
        for (const environment of customer.environments) {
          environments.push(await environmentView(ctx, environment, customer.name));
        }
      }
      return {
        webTriggerUrl: await ctx.webTriggerUrl(ENVIRONMENT_VERSION_TRIGGER),
        environments,
      };
    },
  ),

  setEnvironmentVersion: resolver(async (payload, call, ctx): Promise<EnvironmentVersionView> => {
    await requireAdmin(ctx, what);
    const body = payloadObject(payload);
    const environment = await knownEnvironment(ctx, body.environment);
    const { version } = body;
    if (typeof version !== 'string' || version.trim() === '') {
      throw invalid([{ path: '$.version', message: 'must be a version such as 5.10.2' }]);
    }
    const outcome = await reportEnvironmentVersion(ctx, {
      environment: environment.id,
      version,
      source: 'admin',
      reportedBy: call.accountId,
      requestId: null,
    });
    if (outcome.kind === 'unreadableVersion') throw invalid(outcome.errors);
    if (outcome.kind !== 'recorded') throw new Error(`unexpected ${outcome.kind}`);
    return environmentView(ctx, environment, await customerName(ctx, environment.id));
  }),

  environmentSecretStatus: resolver(
    async (payload, _call, ctx): Promise<EnvironmentSecretStatus> => {
      await requireAdmin(ctx, what);
      const environment = await knownEnvironment(ctx, payloadObject(payload).environment);
      return environmentSecretStatus(ctx.secrets, ctx.store, environment.id);
    },
  ),

  setEnvironmentSecret: resolver(async (payload, call, ctx): Promise<EnvironmentSecretStatus> => {
    await requireAdmin(ctx, what);
    const body = payloadObject(payload);
    const environment = await knownEnvironment(ctx, body.environment);
    const { secret } = body;
    if (
      typeof secret !== 'string' ||
      secret.length < ENVIRONMENT_SECRET_MIN_LENGTH ||
      secret.length > ENVIRONMENT_SECRET_MAX_LENGTH ||
      /\s/.test(secret)
    ) {
      throw invalid([
        {
          path: '$.secret',
          message: `must be ${ENVIRONMENT_SECRET_MIN_LENGTH} to ${ENVIRONMENT_SECRET_MAX_LENGTH} characters without spaces`,
        },
      ]);
    }
    const status = await setEnvironmentSecret(ctx.secrets, ctx.store, environment.id, secret, {
      accountId: call.accountId,
      at: formatInstant(ctx.now()),
    });
    ctx.log('environment pipeline secret set', { environment: environment.id, by: call.accountId });
    return status;
  }),

  clearEnvironmentSecret: resolver(async (payload, call, ctx): Promise<EnvironmentSecretStatus> => {
    await requireAdmin(ctx, what);
    const environment = await knownEnvironment(ctx, payloadObject(payload).environment);
    const status = await clearEnvironmentSecret(ctx.secrets, ctx.store, environment.id);
    ctx.log('environment pipeline secret cleared', {
      environment: environment.id,
      by: call.accountId,
    });
    return status;
  }),
};

/** The payload's environment, which must be one of the contract in force (path `$.environment`). */
async function knownEnvironment(ctx: ResolverContext, value: unknown): Promise<Environment> {
  if (typeof value !== 'string' || value === '') {
    throw invalid([{ path: '$.environment', message: 'must be an environment id' }]);
  }
  const environment = (await contractEnvironments(ctx)).get(value);
  if (!environment) {
    throw invalid([
      { path: '$.environment', message: `no environment ${value} in the contract in force` },
    ]);
  }
  return environment;
}

async function customerName(ctx: ResolverContext, environment: string): Promise<string> {
  const customers = (await ctx.contracts.latest())?.contract.customers ?? [];
  return customers.find((c) => c.environments.some((e) => e.id === environment))?.name ?? '';
}

async function environmentView(
  ctx: ResolverContext,
  environment: Environment,
  customer: string,
): Promise<EnvironmentVersionView> {
  const [current, history, waiting, secret] = await Promise.all([
    currentEnvironmentVersion(ctx.sql, environment),
    environmentHistory(ctx.sql, environment.id, HISTORY_SHOWN),
    casesWaitingFor(ctx.sql, environment.id),
    environmentSecretStatus(ctx.secrets, ctx.store, environment.id),
  ]);
  const running = current.version === null ? undefined : parseVersion(current.version);
  return {
    id: environment.id,
    name: environment.name,
    customer,
    product: environment.product,
    version: current.version,
    source: current.report?.source ?? 'contract',
    reportedAt: current.report ? formatInstant(current.report.reportedAt) : null,
    reportedBy: current.report?.reportedBy ?? null,
    history: history.map((r) => ({
      reportId: r.reportId,
      version: r.version,
      source: r.source,
      reportedBy: r.reportedBy,
      reportedAt: formatInstant(r.reportedAt),
    })),
    waiting: waiting.map((w) => {
      const fixedIn = parseVersion(w.fixedIn);
      return {
        ...w,
        fixReached: !!running?.ok && fixedIn.ok && includesFix(running.version, fixedIn.version),
      };
    }),
    secret,
  };
}
