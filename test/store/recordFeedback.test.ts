import { recordFeedback, type FeedbackCandidate } from '../../src/services/quality/recordFeedback';
import type { AppContext, WorkQueue } from '../../src/services/appContext';
import { feedbackFromSource, feedbackOfIssue } from '../../src/storage/quality/feedbackRecords';
import { auditTrail } from '../../src/storage/quality/qualityAudit';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { demoSimulator } from '../support/simulator';
import { testDatabase } from '../support/testDatabase';

const candidate = (over: Partial<FeedbackCandidate> = {}): FeedbackCandidate => ({
  source: 'app',
  sourceId: 'form-1',
  scale: 'csat',
  score: 4,
  reason: null,
  comment: 'Quick and friendly',
  issueKey: null,
  customer: null,
  answeredAt: Date.parse('2026-03-02T09:00:00Z'),
  rawPayload: '{"score":4}',
  ...over,
});

/** The app's context in the simulator, with a quality queue that keeps what is pushed. */
async function setUp(db: SqlDatabase) {
  const demo = await demoSimulator(undefined, { sql: db });
  const pushed: Record<string, unknown>[] = [];
  const queue: WorkQueue = { push: async (bodies) => void pushed.push(...bodies) };
  const ctx = (qualityEvents: WorkQueue = queue): AppContext => ({
    ...demo.sim.forge.context(),
    qualityEvents,
  });
  return { ...demo, pushed, ctx };
}

describe('recording feedback', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('enriches from the case: customer and product from its facts, and records it once', async () => {
    const { ctx, reportIncident, pushed } = await setUp(db);
    const key = await reportIncident();
    const outcome = await recordFeedback(ctx(), candidate({ issueKey: key }), 'acc-agent');
    expect(outcome).toMatchObject({ kind: 'recorded', queued: false });
    const stored = await feedbackFromSource(db, 'app', 'form-1');
    expect(stored).toMatchObject({
      issueKey: key,
      customer: 'schultz',
      product: 'ihlp',
      scale: 'csat',
      score: 4,
      flagCauses: [],
      rawPayload: '{"score":4}',
    });
    expect(pushed).toEqual([]);
    expect(await auditTrail(db, { type: 'feedback', id: stored!.id })).toEqual([
      expect.objectContaining({ action: 'received', actor: 'acc-agent' }),
    ]);

    // The same answer again changes nothing.
    const again = await recordFeedback(ctx(), candidate({ issueKey: key, score: 1 }), 'x');
    expect(again).toEqual({ kind: 'replayed', feedbackId: stored!.id });
    expect(await feedbackFromSource(db, 'app', 'form-1')).toEqual(stored);
    expect(await auditTrail(db, { type: 'feedback', id: stored!.id })).toHaveLength(1);
  });

  it('falls back to the issue’s mapped fields when the app has no facts of the case', async () => {
    const { ctx, reportIncident } = await setUp(db);
    const key = await reportIncident();
    await db.deleteFrom('issue_facts').execute();
    await recordFeedback(ctx(), candidate({ issueKey: key }), 'acc-agent');
    // The field's text ("Schultz A/S") is matched to the contract's customer, as the evaluation
    // matches it, so the answer groups with the customer's other feedback.
    expect(await feedbackFromSource(db, 'app', 'form-1')).toMatchObject({
      customer: 'schultz',
      product: 'ihlp',
    });
  });

  it('flags a low score under the rules in force and queues it for the follow-up', async () => {
    const { ctx, pushed } = await setUp(db);
    const outcome = await recordFeedback(
      ctx(),
      candidate({
        source: 'survicate',
        sourceId: 'msg-9',
        scale: 'nps',
        score: 6,
        customer: 'Acme',
      }),
      'survicate',
    );
    expect(outcome.kind).toBe('recorded');
    const stored = await feedbackFromSource(db, 'survicate', 'msg-9');
    expect(stored).toMatchObject({
      customer: 'Acme',
      issueKey: null,
      flagCauses: [{ kind: 'lowScore', score: 6, threshold: 6 }],
    });
    expect(pushed).toEqual([{ feedbackId: stored!.id }]);
  });

  it('flags a negative reason whatever the score', async () => {
    const { ctx, pushed } = await setUp(db);
    await recordFeedback(ctx(), candidate({ score: 5, reason: 'slow' }), 'acc-agent');
    expect((await feedbackFromSource(db, 'app', 'form-1'))?.flagCauses).toEqual([
      { kind: 'negativeReason', reason: 'slow' },
    ]);
    expect(pushed).toHaveLength(1);
  });

  it('keeps flagged feedback recorded, and logs, when the queue refuses it', async () => {
    const { ctx, sim } = await setUp(db);
    const refusing: WorkQueue = {
      push: async () => {
        throw new Error('rate limited');
      },
    };
    const outcome = await recordFeedback(ctx(refusing), candidate({ score: 1 }), 'acc-agent');
    expect(outcome).toMatchObject({ kind: 'recorded', queued: false });
    expect(await feedbackFromSource(db, 'app', 'form-1')).toBeDefined();
    expect(sim.forge.log.map((l) => l.message)).toContain(
      'could not queue flagged feedback for its follow-up',
    );
  });

  it('records nothing for an issue key Jira does not know', async () => {
    const { ctx } = await setUp(db);
    expect(await recordFeedback(ctx(), candidate({ issueKey: 'SUP-999' }), 'x')).toEqual({
      kind: 'unknownIssue',
      issueKey: 'SUP-999',
    });
    expect(await db.selectFrom('feedback').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('quality_audit').selectAll().execute()).toEqual([]);
  });

  it('refuses a score off its scale as a bug, recording nothing', async () => {
    const { ctx } = await setUp(db);
    await expect(recordFeedback(ctx(), candidate({ score: 6 }), 'x')).rejects.toThrow(RangeError);
    expect(await db.selectFrom('feedback').selectAll().execute()).toEqual([]);
  });

  it('lists a case’s feedback newest first, of every source', async () => {
    const { ctx, reportIncident } = await setUp(db);
    const key = await reportIncident();
    const other = await reportIncident('Low', 'Another case');
    const at = (h: number) => Date.parse('2026-03-02T09:00:00Z') + h * 3_600_000;
    await recordFeedback(
      ctx(),
      candidate({ issueKey: key, sourceId: 'a', answeredAt: at(1) }),
      'x',
    );
    await recordFeedback(
      ctx(),
      candidate({ issueKey: key, source: 'jsm', sourceId: key, score: 2, answeredAt: at(3) }),
      'x',
    );
    await recordFeedback(
      ctx(),
      candidate({ issueKey: other, sourceId: 'c', answeredAt: at(2) }),
      'x',
    );
    const listed = await feedbackOfIssue(db, key);
    expect(listed.map((f) => [f.source, f.score])).toEqual([
      ['jsm', 2],
      ['app', 4],
    ]);
  });
});
