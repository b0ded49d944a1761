/**
 * A portal rating in the feedback table, on every SQL engine the app runs on: the `portal`
 * source fits its column, the source id (`<issueKey>/<resolved at>/<accountId>`) fits even for
 * the longest account id Atlassian gives, and the same rating delivered twice is one record.
 */
import { portalRatingSourceId } from '../../src/domain/portal/portalRating';
import { recordFeedback, type FeedbackCandidate } from '../../src/services/quality/recordFeedback';
import { feedbackFromSource } from '../../src/storage/quality/feedbackRecords';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { demoSimulator } from '../support/simulator';
import { testDatabase } from '../support/testDatabase';

describe('a portal rating in the feedback table', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('is stored once per source id, with the longest account id', async () => {
    const demo = await demoSimulator(undefined, { sql: db });
    const key = await demo.reportIncident();
    // Atlassian account ids are at most 128 characters.
    const accountId = `712020:${'a'.repeat(121)}`;
    const sourceId = portalRatingSourceId(key, '2026-03-02T09:00:00.000Z', accountId);
    const candidate: FeedbackCandidate = {
      source: 'portal',
      sourceId,
      scale: 'csat',
      score: 5,
      reason: null,
      comment: 'Thanks',
      issueKey: key,
      customer: null,
      answeredAt: demo.sim.now(),
      rawPayload: '{}',
    };
    const ctx = demo.sim.forge.context();
    expect(await recordFeedback(ctx, candidate, accountId)).toMatchObject({ kind: 'recorded' });
    expect(await recordFeedback(ctx, { ...candidate, score: 1 }, accountId)).toMatchObject({
      kind: 'replayed',
    });
    expect(await feedbackFromSource(db, 'portal', sourceId)).toMatchObject({
      source: 'portal',
      sourceId,
      score: 5,
      customer: 'schultz',
    });
  });
});
