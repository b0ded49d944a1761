import { formatInstant } from '../domain/instant';
import { loadIssueEvaluation } from '../services/refreshIssue';
import {
  requireIssueAccess,
  resolver,
  ResolverError,
  type ResolverDefinitions,
} from './resolverKit';
import type { IssueSlaView } from './views';

/**
 * The issue panel's resolver. `getIssueSla` evaluates the issue live, with every goal's
 * explanation, so the panel loads in one call and never shows a stale stored state.
 */
export const issuePanelResolvers: ResolverDefinitions = {
  getIssueSla: resolver(async (_payload, call, ctx): Promise<IssueSlaView> => {
    const issueKey = call.issueKey;
    if (!issueKey) throw new ResolverError('invalid', 'The panel was opened without an issue.');
    await requireIssueAccess(ctx, issueKey);
    const [loaded, me] = await Promise.all([
      loadIssueEvaluation(ctx, issueKey, { explain: true }),
      ctx.jiraAsUser.myself(),
    ]);
    if (!loaded) throw new ResolverError('notFound', `Issue ${issueKey} does not exist any more.`);
    const { evaluation, snapshot, model, issue } = loaded;
    const contract = model?.contract;
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
      goals: evaluation.goals,
      nextAction: evaluation.nextAction,
    };
  }),
};
