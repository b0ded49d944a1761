import { SURVICATE_FEEDBACK_TRIGGER } from '../triggers/survicateWebhook';
import { formatInstant } from '../domain/instant';
import {
  clearSurvicateSecret,
  setSurvicateSecret,
  survicateSecretStatus,
  type SurvicateSecretStatus,
} from '../storage/survicateSecret';
import {
  invalid,
  payloadObject,
  requireAdmin,
  resolver,
  type ResolverDefinitions,
} from './resolverKit';

/** The longest signing secret accepted: far above any real one, far below KVS's value limit. */
export const SURVICATE_SECRET_MAX_LENGTH = 1000;

/** What the admin page shows of the Survicate intake: the URL to give Survicate, the secret's state. */
export interface SurvicateIntakeView extends SurvicateSecretStatus {
  readonly webTriggerUrl: string;
}

const what = 'set up the Survicate feedback intake';

/**
 * The admin page's Survicate resolvers (wired into the admin module's resolver). The signing
 * secret is write-only: it can be set, replaced or cleared, and the page learns only whether one
 * is set, when and by whom, never the secret.
 */
export const qualityIntakeResolvers: ResolverDefinitions = {
  survicateSecretStatus: resolver(async (_payload, _call, ctx): Promise<SurvicateIntakeView> => {
    await requireAdmin(ctx, what);
    return view(ctx, await survicateSecretStatus(ctx.secrets, ctx.store));
  }),

  setSurvicateSecret: resolver(async (payload, call, ctx): Promise<SurvicateIntakeView> => {
    await requireAdmin(ctx, what);
    const { secret } = payloadObject(payload);
    if (typeof secret !== 'string' || secret.trim() === '') {
      throw invalid([
        { path: '$.secret', message: 'must be the signing secret, a non-empty string' },
      ]);
    }
    if (secret.length > SURVICATE_SECRET_MAX_LENGTH) {
      throw invalid([
        { path: '$.secret', message: `must be at most ${SURVICATE_SECRET_MAX_LENGTH} characters` },
      ]);
    }
    const status = await setSurvicateSecret(ctx.secrets, ctx.store, secret.trim(), {
      accountId: call.accountId,
      at: formatInstant(ctx.now()),
    });
    ctx.log('Survicate signing secret set', { by: call.accountId });
    return view(ctx, status);
  }),

  clearSurvicateSecret: resolver(async (_payload, call, ctx): Promise<SurvicateIntakeView> => {
    await requireAdmin(ctx, what);
    const status = await clearSurvicateSecret(ctx.secrets, ctx.store);
    ctx.log('Survicate signing secret cleared', { by: call.accountId });
    return view(ctx, status);
  }),
};

async function view(
  ctx: { webTriggerUrl(moduleKey: string): Promise<string> },
  status: SurvicateSecretStatus,
): Promise<SurvicateIntakeView> {
  return { ...status, webTriggerUrl: await ctx.webTriggerUrl(SURVICATE_FEEDBACK_TRIGGER) };
}
