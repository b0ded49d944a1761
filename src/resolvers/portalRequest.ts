import type { Contract } from '../domain/contract/types';
import { formatInstant } from '../domain/instant';
import {
  customerNextStep,
  ourNextStepText,
  replyRestartsClock,
} from '../domain/portal/customerNextStep';
import { waitingOn } from '../domain/portal/pauseReasonWords';
import { portalGoalViews } from '../domain/portal/portalGoals';
import {
  PORTAL_FEEDBACK_SOURCE,
  lastResolvedAt,
  portalRatingSourceId,
} from '../domain/portal/portalRating';
import {
  mayRateRequest,
  speaksForRequestCustomer,
  type RequestParties,
  type RequestViewer,
} from '../domain/portal/requestRelation';
import { readFeedbackComment } from '../domain/quality/feedbackComment';
import { isScoreOn } from '../domain/quality/feedbackScale';
import { actionTexts, customerFacing } from '../domain/sla/customerFacing';
import type { ValidationError } from '../domain/validation';
import { loadIssueEvaluation, type LoadedEvaluation } from '../services/issueEvaluation';
import { recordFeedback } from '../services/quality/recordFeedback';
import { feedbackFromSource } from '../storage/quality/feedbackRecords';
import { requirePortalViewer, type PortalViewer } from './portalAccess';
import type { PortalFeedbackView, PortalRequestView } from './portalViews';
import {
  invalid,
  payloadObject,
  resolver,
  ResolverError,
  type ResolverCall,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';
import { audienceOf } from './viewerAudience';

/**
 * The request detail on the customer portal (`jiraServiceManagement:portalRequestDetail`).
 * `getPortalRequest` shows the request's customer-facing goals in the customer's words;
 * `ratePortalRequest` records the customer's 1–5 rating of a resolved request as feedback of
 * source `portal`, which enters the quality loop like any other (a low score is flagged and
 * followed up). The request is the one Forge's context names (`extension.request.key`), not
 * one from the payload; but the browser can alter that context (only accountId, accountType,
 * license and installContext can be trusted: "App context security",
 * https://developer.atlassian.com/platform/forge/app-context-security/), so JSM decides, as the
 * caller, whether they may see the request, and the contract whether they speak for its customer.
 */
export const portalRequestResolvers: ResolverDefinitions = {
  getPortalRequest: resolver(async (_payload, call, ctx): Promise<PortalRequestView> => {
    const viewer = await requirePortalViewer(call, ctx);
    const requestKey = requestKeyOf(call);
    const loaded = await loadVisibleRequest(ctx, requestKey);
    return requestView(ctx, loaded, call.accountId, viewer);
  }),

  ratePortalRequest: resolver(async (payload, call, ctx): Promise<PortalRequestView> => {
    const viewer = await requirePortalViewer(call, ctx);
    const requestKey = requestKeyOf(call);
    const rating = readRating(payloadObject(payload));
    if (!ratesAsCustomer(viewer)) {
      throw new ResolverError(
        'forbidden',
        "Only the customer rates a request: staff ratings would count in the customers' satisfaction.",
      );
    }
    const loaded = await loadVisibleRequest(ctx, requestKey);
    if (!mayRateRequest(requestViewer(viewer, call.accountId), requestParties(loaded))) {
      throw new ResolverError(
        'forbidden',
        "Only the request's reporter or a contact of its customer rates it.",
      );
    }
    const sourceId = ratingSourceId(loaded, call.accountId);
    if (sourceId === null) {
      throw new ResolverError('conflict', 'You can rate the request once it is resolved.');
    }
    const outcome = await recordFeedback(
      ctx,
      {
        source: PORTAL_FEEDBACK_SOURCE,
        sourceId,
        scale: 'csat',
        score: rating.score,
        reason: null,
        comment: rating.comment,
        issueKey: loaded.issue.key,
        customer: loaded.snapshot.customer ?? null,
        answeredAt: ctx.now(),
        rawPayload: JSON.stringify({ requestKey, ...rating, by: call.accountId }),
      },
      call.accountId,
    );
    // A second submit of the same rating is a replay: the first one stands, and is shown.
    if (outcome.kind === 'unknownIssue') throw requestGone(requestKey);
    return requestView(ctx, loaded, call.accountId, viewer);
  }),
};

/**
 * The request of the portal page, from Forge's context (`extension.request.key`). The browser
 * can alter it, so it only names the request: JSM decides as the caller whether they may see it
 * (`loadVisibleRequest`).
 */
function requestKeyOf(call: ResolverCall): string {
  const key = call.portal?.requestKey;
  if (typeof key !== 'string' || !/^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/.test(key)) {
    // The key is not read from the payload: without it in the context the call is wrong.
    const message = 'The portal page was opened without a request.';
    throw new ResolverError('invalid', message, [{ path: '$', message }]);
  }
  return key;
}

/**
 * Whether the viewer's rating is a customer's: a portal customer or a contact of a contract
 * customer (as the issue panel decides, `audienceOf`). Staff looking at the portal see the form
 * nowhere, so their answers never count in CSAT.
 */
const ratesAsCustomer = (viewer: PortalViewer) =>
  audienceOf(viewer.user, viewer.model?.contract) === 'customer';

/** The viewer as `requestRelation` weighs them. */
const requestViewer = (viewer: PortalViewer, accountId: string): RequestViewer => ({
  accountId,
  customerIds: viewer.customers.map((c) => c.id),
  isCustomer: ratesAsCustomer(viewer),
});

const requestParties = (loaded: LoadedEvaluation): RequestParties => ({
  reporterId: loaded.issue.fields.reporter?.accountId ?? null,
  customer: loaded.snapshot.customer ?? null,
});

const requestGone = (key: string) =>
  new ResolverError('notFound', `Request ${key} does not exist or you cannot see it.`);

/**
 * The request evaluated now, after JSM has said, as the caller, that they may see it: JSM's own
 * customer visibility (reporter, participants, organisation sharing), one request, which a
 * customer's project permission would not tell (a JSM 404 is "not found", hidden or missing).
 */
async function loadVisibleRequest(ctx: ResolverContext, key: string): Promise<LoadedEvaluation> {
  if (!(await ctx.jiraAsUser.canSeeCustomerRequest(key))) throw requestGone(key);
  const loaded = await loadIssueEvaluation(ctx, key);
  if (!loaded) throw requestGone(key);
  return loaded;
}

interface Rating {
  readonly score: number;
  readonly comment: string | null;
}

/** `{ score, comment? }`, every problem at its path; a blank comment is no comment. */
function readRating(input: Record<string, unknown>): Rating {
  const errors: ValidationError[] = [];
  const { score, comment } = input;
  if (typeof score !== 'number' || !isScoreOn('csat', score)) {
    errors.push({ path: '$.score', message: 'must be a whole number from 1 to 5' });
  }
  const text = readFeedbackComment(comment, errors);
  for (const key of Object.keys(input)) {
    if (key !== 'score' && key !== 'comment') {
      errors.push({ path: `$.${key}`, message: 'is not a field of the request' });
    }
  }
  if (errors.length > 0) throw invalid(errors);
  return { score: score as number, comment: text };
}

/** The rating's source id for this resolution and caller; null while the request is unresolved. */
function ratingSourceId(loaded: LoadedEvaluation, accountId: string): string | null {
  if (!loaded.issue.fields.resolution) return null;
  const resolvedAt = lastResolvedAt(loaded.snapshot.history);
  return resolvedAt === null ? null : portalRatingSourceId(loaded.issue.key, resolvedAt, accountId);
}

async function requestView(
  ctx: ResolverContext,
  loaded: LoadedEvaluation,
  accountId: string,
  viewer: PortalViewer,
): Promise<PortalRequestView> {
  const { issue, snapshot, model } = loaded;
  const contract = model?.contract;
  // Only the goals promised to the customer: no internal goal, nor an internal next action.
  const shown = customerFacing(loaded.evaluation, actionTexts(contract?.goals ?? []));
  const goals = portalGoalViews(contract, shown.goals, snapshot.status);
  const who = requestViewer(viewer, accountId);
  const parties = requestParties(loaded);
  // The agreement is the customer's contract: named only to those who speak for the customer.
  const agreement = speaksForRequestCustomer(who, parties)
    ? contract?.agreements.find((a) => a.id === shown.agreement)
    : undefined;
  const resolved = Boolean(issue.fields.resolution);
  const feedback = await feedbackView(
    ctx,
    ratingSourceId(loaded, accountId),
    mayRateRequest(who, parties),
  );
  const next = shown.nextAction;
  return {
    requestKey: issue.key,
    timeZone: viewer.timeZone,
    now: formatInstant(loaded.now),
    agreement: agreement ? { id: agreement.id, name: agreement.name } : null,
    goals,
    ourNextStep: next
      ? {
          text: ourNextStepText(actionModelOf(contract, next.goal)),
          due: next.due,
        }
      : null,
    yourNextStep: customerNextStep({
      waitingForYou: waitingOn(snapshot.status) === 'you',
      replyRestartsClock: shown.goals.some((goal) =>
        replyRestartsClock(actionModelOf(contract, goal.goal), goal.state, snapshot.status),
      ),
      resolved,
      canRate: feedback.canRate,
    }),
    resolved,
    feedback,
  };
}

/** The action model of the contract's goal `goalId`. */
const actionModelOf = (contract: Contract | undefined, goalId: string) => {
  const goal = contract?.goals.find((g) => g.id === goalId);
  return contract?.actionModels.find((m) => m.id === goal?.actionModel);
};

/** This customer's rating of the current resolution, if they gave one. */
async function feedbackView(
  ctx: ResolverContext,
  sourceId: string | null,
  mayRate: boolean,
): Promise<PortalFeedbackView> {
  if (sourceId === null || !mayRate) return { canRate: false, given: null };
  const given = await feedbackFromSource(ctx.sql, PORTAL_FEEDBACK_SOURCE, sourceId);
  return {
    canRate: !given,
    given: given
      ? {
          score: given.score,
          comment: given.comment,
          answeredAt: new Date(given.answeredAt).toISOString(),
        }
      : null,
  };
}
