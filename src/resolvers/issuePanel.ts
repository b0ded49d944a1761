import { formatInstant } from '../domain/instant';
import { actionTexts, customerFacing } from '../domain/sla/customerFacing';
import { hasForeignProperty, queuePropertyRepair } from '../services/foreignProperty';
import { loadIssueEvaluation } from '../services/issueEvaluation';
import {
  requireIssueAccess,
  resolver,
  ResolverError,
  type ResolverDefinitions,
} from './resolverKit';
import { issueFeedbackResolvers } from './issueFeedback';
import { devHandoverResolvers } from './devHandover';
import { audienceOf } from './viewerAudience';
import type { IssueSlaView } from './views';

/**
 * The issue panel's resolver. `getIssueSla` evaluates the issue live, with every goal's
 * explanation, so the panel loads in one call and never shows a stale stored state. A customer
 * sees the goals promised to them and the next action among those, never an internal goal. The
 * issue's `slm` property comes along with the issue: one someone else wrote is sent to be
 * rewritten.
 */
export const issuePanelResolvers: ResolverDefinitions = {
  // The "Customer feedback" section: the case's feedback and the app's own form.
  ...issueFeedbackResolvers,
  // The "Development" section: hand-over to development and what became of it.
  ...devHandoverResolvers,
  getIssueSla: resolver(async (_payload, call, ctx): Promise<IssueSlaView> => {
    const issueKey = call.issueKey;
    if (!issueKey) {
      // The key comes from Forge's context, not the payload: the request as a whole is wrong.
      const message = 'The panel was opened without an issue.';
      throw new ResolverError('invalid', message, [{ path: '$', message }]);
    }
    await requireIssueAccess(ctx, issueKey);
    const [loaded, me] = await Promise.all([
      loadIssueEvaluation(ctx, issueKey, { explain: true }),
      ctx.jiraAsUser.myself(),
    ]);
    if (!loaded) throw new ResolverError('notFound', `Issue ${issueKey} does not exist any more.`);
    const { evaluation, snapshot, model, issue, record } = loaded;
    if (hasForeignProperty(issue, record)) await queuePropertyRepair(ctx, [issue.key], 'panel');
    const contract = model?.contract;
    const shown =
      audienceOf(me, contract) === 'customer'
        ? customerFacing(evaluation, actionTexts(contract?.goals ?? []))
        : evaluation;
    const customer = contract?.customers.find((c) => c.id === snapshot.customer);
    const environment = customer?.environments.find((e) => e.id === snapshot.environment);
    const agreement = contract?.agreements.find((a) => a.id === evaluation.agreement);
    const priorityModel = contract?.priorityModels.find((m) => m.id === evaluation.priority?.model);
    return {
      issueKey: issue.key,
      now: formatInstant(loaded.now),
      timeZone: me.timeZone ?? 'UTC',
      agreement: agreement ? { id: agreement.id, name: agreement.name } : null,
      ...(evaluation.reason !== undefined && { reason: evaluation.reason }),
      customer: customer ? { id: customer.id, name: customer.name } : null,
      environment: environment
        ? { id: environment.id, name: environment.name, kind: environment.kind }
        : null,
      product: snapshot.product ?? null,
      priority:
        evaluation.priority && priorityModel
          ? {
              ...evaluation.priority,
              model: { id: priorityModel.id, name: priorityModel.name },
              jiraPriority: issue.fields.priority?.name ?? '',
            }
          : null,
      contractVersion: evaluation.contractVersion,
      goals: shown.goals,
      nextAction: shown.nextAction,
    };
  }),
};
