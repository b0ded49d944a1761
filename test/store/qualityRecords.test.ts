import { randomUUID } from 'node:crypto';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import {
  feedbackFromSource,
  flaggedFeedbackBetween,
  insertFeedback,
  type StoredFeedback,
} from '../../src/storage/quality/feedbackRecords';
import { appendAudit, auditTrail } from '../../src/storage/quality/qualityAudit';
import { testDatabase } from '../support/testDatabase';

const T = Date.parse('2026-12-01T10:00:00Z');

const feedback = (over: Partial<StoredFeedback> = {}): StoredFeedback => ({
  id: randomUUID(),
  source: 'survicate',
  sourceId: 'msg-1',
  scale: 'nps',
  score: 3,
  reason: null,
  comment: 'Nobody called back',
  issueKey: 'SUP-1',
  customer: 'acme',
  product: 'ihlp',
  component: null,
  team: 'Second line',
  answeredAt: T,
  receivedAt: T + 1000,
  flagCauses: [{ kind: 'lowScore', score: 3, threshold: 6 }],
  rawPayload: '{"messageId":"msg-1"}',
  ...over,
});

describe('quality records', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('record feedback once per source answer, even when it arrives twice at once', async () => {
    const first = feedback();
    const results = await Promise.all([insertFeedback(db, first), insertFeedback(db, feedback())]);
    expect(results.sort()).toEqual([false, true]);
    expect(await insertFeedback(db, feedback({ source: 'jsm' }))).toBe(true);
    const stored = await feedbackFromSource(db, 'survicate', 'msg-1');
    expect(stored).toMatchObject({ scale: 'nps', score: 3, flagCauses: first.flagCauses });
  });

  it('list flagged feedback of a period, oldest first', async () => {
    await insertFeedback(db, feedback({ sourceId: 'a', answeredAt: T + 2 }));
    await insertFeedback(db, feedback({ sourceId: 'b', answeredAt: T + 1 }));
    await insertFeedback(db, feedback({ sourceId: 'c', answeredAt: T, flagCauses: [] }));
    await insertFeedback(db, feedback({ sourceId: 'd', answeredAt: T + 10 }));
    const listed = await flaggedFeedbackBetween(db, T, T + 10);
    expect(listed.map((f) => f.sourceId)).toEqual(['b', 'a']);
  });

  it('keep an audit trail in order, values read back as written', async () => {
    const subject = { type: 'nonConformity' as const, id: 'nc-1' };
    await appendAudit(db, subject, 'lead-1', T, [
      { action: 'contain', field: 'step', before: 'containment', after: 'causeDecision' },
      { action: 'contain', field: 'containment', before: null, after: 'Paused' },
    ]);
    await appendAudit(db, subject, 'app', T + 1, [
      { action: 'recurred', field: 'round', before: 1, after: 2 },
    ]);
    await appendAudit(db, { type: 'nonConformity', id: 'nc-2' }, 'x', T, [
      { action: 'raise', field: null, before: undefined, after: { group: 'customer:acme' } },
    ]);
    const trail = await auditTrail(db, subject);
    expect(trail.map((e) => [e.field, e.before, e.after])).toEqual([
      ['step', 'containment', 'causeDecision'],
      ['containment', null, 'Paused'],
      ['round', 1, 2],
    ]);
    expect(trail[2]).toMatchObject({ at: T + 1, actor: 'app', action: 'recurred' });
  });

  it('read entries of one instant back in the order they were appended', async () => {
    const subject = { type: 'nonConformity' as const, id: 'nc-3' };
    for (const action of ['raise', 'issueCreated', 'linkFeedback', 'contain']) {
      await appendAudit(db, subject, 'app', T, [{ action, field: null, before: null, after: 1 }]);
    }
    await appendAudit(db, subject, 'app', T, [
      { action: 'a', field: null, before: null, after: 1 },
      { action: 'b', field: null, before: null, after: 1 },
    ]);
    expect((await auditTrail(db, subject)).map((e) => e.action)).toEqual([
      'raise',
      'issueCreated',
      'linkFeedback',
      'contain',
      'a',
      'b',
    ]);
  });
});
