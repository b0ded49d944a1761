import type { ValidationError } from '../domain/validation';
import { raiseByHand } from '../services/quality/nonConformityByHand';
import { requireQualityOwner } from './capaAccess';
import {
  invalid,
  payloadObject,
  resolver,
  ResolverError,
  type ResolverDefinitions,
} from './resolverKit';

const MAX_REASON = 4_000;

/**
 * Raising a non-conformity by hand from one feedback (the review queue's "Raise non-conformity"):
 * team leads and Jira administrators only. Payload `{ feedbackId: string, reason: string }`;
 * answers `{ issueKey }`.
 */
export const nonConformityResolvers: ResolverDefinitions = {
  raiseNonConformity: resolver(async (payload, call, ctx): Promise<{ issueKey: string }> => {
    const input = payloadObject(payload);
    const errors: ValidationError[] = [];
    for (const name of Object.keys(input)) {
      if (name !== 'feedbackId' && name !== 'reason') {
        errors.push({ path: `$.${name}`, message: 'is not a field of the request' });
      }
    }
    const { feedbackId, reason } = input;
    if (typeof feedbackId !== 'string' || feedbackId.trim() === '' || feedbackId.length > 64) {
      errors.push({ path: '$.feedbackId', message: 'must be the id of a feedback' });
    }
    if (typeof reason !== 'string' || reason.trim() === '') {
      errors.push({ path: '$.reason', message: 'is required: why this needs a non-conformity' });
    } else if (reason.length > MAX_REASON) {
      errors.push({ path: '$.reason', message: `must be at most ${MAX_REASON} characters` });
    }
    if (errors.length > 0) throw invalid(errors);
    await requireQualityOwner(ctx, 'raise a non-conformity');
    const outcome = await raiseByHand(
      ctx,
      feedbackId as string,
      (reason as string).trim(),
      call.accountId,
    );
    if ('notFound' in outcome) throw new ResolverError('notFound', outcome.notFound);
    if ('notConfigured' in outcome)
      throw new ResolverError('invalid', outcome.notConfigured, [
        { path: '$', message: outcome.notConfigured },
      ]);
    return { issueKey: outcome.issueKey };
  }),
};
