/**
 * The issue panel's "Development" section. `getDevelopment` shows the case's development issue,
 * its status, the fixed-in version and which of the customer's environments already run it;
 * `handOverToDevelopment` sends the case to development (`services/devloop/handOver.ts`).
 * Both need the caller to see the issue; handing over also needs them to be staff (never a
 * customer, `audienceOf`) who may edit it (Jira's EDIT_ISSUES, asked as the caller).
 */
import { runsFix } from '../domain/devloop/fixReach';
import { formatInstant } from '../domain/instant';
import type { ValidationError } from '../domain/validation';
import { handOverToDevelopment, type HandOverOutcome } from '../services/devloop/handOver';
import { handoverOf, type DevHandover } from '../storage/devloop/devHandovers';
import { loadDevLoopSettings } from '../storage/devloop/devLoopSettings';
import { currentEnvironmentVersion } from '../storage/devloop/environmentVersions';
import {
  invalid,
  payloadObject,
  requireIssueAccess,
  resolver,
  ResolverError,
  type ResolverCall,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';
import { audienceOf } from './viewerAudience';
import type { DevelopmentEnvironmentView, DevelopmentView } from './devHandoverViews';

export type { DevelopmentEnvironmentView, DevelopmentView };

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;
/** Jira refuses a summary over 255 characters. */
export const DEV_SUMMARY_MAX_LENGTH = 255;

export const devHandoverResolvers: ResolverDefinitions = {
  getDevelopment: resolver(async (payload, call, ctx): Promise<DevelopmentView> => {
    const issueKey = readIssueKey(payloadObject(payload), call);
    await requireIssueAccess(ctx, issueKey);
    return developmentView(ctx, issueKey, await mayHandOver(ctx, issueKey));
  }),

  handOverToDevelopment: resolver(async (payload, call, ctx): Promise<DevelopmentView> => {
    const input = payloadObject(payload);
    const issueKey = readIssueKey(input, call);
    const request = readHandOver(input);
    await requireIssueAccess(ctx, issueKey);
    if (!(await mayHandOver(ctx, issueKey))) {
      throw new ResolverError(
        'forbidden',
        'Only agents who may edit the case can hand it over to development.',
      );
    }
    const outcome = await handOverToDevelopment(ctx, {
      caseKey: issueKey,
      accountId: call.accountId,
      ...request,
    });
    refuseIfRefused(outcome);
    return developmentView(ctx, issueKey, true);
  }),
};

function refuseIfRefused(outcome: HandOverOutcome): void {
  if (outcome.kind !== 'refused') return;
  if (outcome.why === 'unknownDevIssue') {
    throw invalid([{ path: '$.devKey', message: outcome.message }]);
  }
  throw new ResolverError(outcome.why === 'unknownCase' ? 'notFound' : 'conflict', outcome.message);
}

async function mayHandOver(ctx: ResolverContext, issueKey: string): Promise<boolean> {
  const [me, permissions] = await Promise.all([
    ctx.jiraAsUser.myself(),
    ctx.jiraAsUser.myPermissions(['EDIT_ISSUES'], issueKey),
  ]);
  const contract = (await ctx.contracts.model())?.contract;
  return audienceOf(me, contract) === 'agent' && permissions.EDIT_ISSUES === true;
}

async function developmentView(
  ctx: ResolverContext,
  issueKey: string,
  canHandOver: boolean,
): Promise<DevelopmentView> {
  const [issue, settings] = await Promise.all([
    ctx.jira.getIssue(issueKey, ['summary']),
    loadDevLoopSettings(ctx.store),
  ]);
  if (!issue) throw new ResolverError('notFound', `Issue ${issueKey} does not exist any more.`);
  const handover = await handoverOf(ctx.sql, issue.id);
  return {
    issueKey,
    canHandOver,
    configured: settings.devProjectKey !== null,
    handover: handover && {
      devKey: handover.devKey === '' ? null : handover.devKey,
      devStatus: handover.devStatus,
      fixedIn: handover.fixedIn,
      handedOverAt: formatInstant(handover.handedOverAt),
    },
    environments: handover ? await environmentsOf(ctx, handover) : [],
  };
}

/** The environments of the case's customer running the case's product, with their versions. */
async function environmentsOf(
  ctx: ResolverContext,
  handover: DevHandover,
): Promise<DevelopmentEnvironmentView[]> {
  if (handover.environment === null) return [];
  const contract = (await ctx.contracts.model())?.contract;
  const customer = contract?.customers.find((c) =>
    c.environments.some((e) => e.id === handover.environment),
  );
  const environments = (customer?.environments ?? []).filter(
    (e) => handover.product === null || e.product === handover.product,
  );
  return Promise.all(
    environments.map(async (environment) => {
      const { version } = await currentEnvironmentVersion(ctx.sql, environment);
      return {
        id: environment.id,
        name: environment.name,
        version,
        runsFix: runsFix(version, handover.fixedIn),
      };
    }),
  );
}

/** The issue key of the payload; in an issue panel it must be the panel's own issue. */
function readIssueKey(input: Record<string, unknown>, call: ResolverCall): string {
  const issueKey = input.issueKey ?? call.issueKey;
  if (typeof issueKey !== 'string' || !ISSUE_KEY.test(issueKey)) {
    throw invalid([{ path: '$.issueKey', message: 'must be an issue key such as SUP-12' }]);
  }
  if (call.issueKey !== undefined && issueKey !== call.issueKey) {
    throw invalid([{ path: '$.issueKey', message: `must be the panel's issue, ${call.issueKey}` }]);
  }
  return issueKey;
}

function readHandOver(input: Record<string, unknown>): { devKey?: string; summary?: string } {
  const errors: ValidationError[] = [];
  for (const key of Object.keys(input)) {
    if (!['issueKey', 'devKey', 'summary'].includes(key)) {
      errors.push({ path: `$.${key}`, message: 'is not a field of a hand-over' });
    }
  }
  const { devKey, summary } = input;
  let key: string | undefined;
  if (devKey !== undefined && devKey !== null && devKey !== '') {
    if (typeof devKey !== 'string' || !ISSUE_KEY.test(devKey.trim())) {
      errors.push({ path: '$.devKey', message: 'must be an issue key such as DEV-42' });
    } else key = devKey.trim();
  }
  let text: string | undefined;
  if (summary !== undefined && summary !== null && summary !== '') {
    if (typeof summary !== 'string') {
      errors.push({ path: '$.summary', message: 'must be text' });
    } else if (summary.trim().length > DEV_SUMMARY_MAX_LENGTH) {
      errors.push({
        path: '$.summary',
        message: `must be at most ${DEV_SUMMARY_MAX_LENGTH} characters`,
      });
    } else if (summary.trim() !== '') text = summary.trim();
  }
  if (errors.length > 0) throw invalid(errors);
  return { ...(key && { devKey: key }), ...(text && { summary: text }) };
}
