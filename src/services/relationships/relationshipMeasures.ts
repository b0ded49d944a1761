import type { RelationshipMonth } from '../../domain/relationships/relationshipMeasures';
import type { AppContext } from '../appContext';

/** The relationship measures of months `from`–`to` (`YYYY-MM`, inclusive), oldest first. */
export async function readRelationshipMeasures(
  _ctx: AppContext,
  _months: { readonly from: string; readonly to: string },
): Promise<readonly RelationshipMonth[]> {
  throw new Error('readRelationshipMeasures: being built (#14)');
}
