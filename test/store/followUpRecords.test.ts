import { randomUUID } from 'node:crypto';
import { insertFeedback, type StoredFeedback } from '../../src/storage/quality/feedbackRecords';
import {
  claimFollowUpAttempt,
  claimOverdueEscalation,
  flaggedWithoutFollowUp,
  followUpAttempts,
  followUpOf,
  insertFollowUp,
  openFollowUps,
  overdueFollowUps,
  recordFollowUpOutcome,
  releaseOverdueEscalation,
  setAttemptIssue,
} from '../../src/storage/quality/followUpRecords';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

const T = Date.parse('2026-12-01T10:00:00Z');
const HOUR = 3_600_000;

const feedback = (over: Partial<StoredFeedback> = {}): StoredFeedback => ({
  id: randomUUID(),
  source: 'app',
  sourceId: randomUUID(),
  scale: 'csat',
  score: 1,
  reason: null,
  comment: null,
  issueKey: 'SUP-1',
  customer: 'acme',
  product: null,
  component: null,
  team: null,
  answeredAt: T,
  receivedAt: T,
  flagCauses: [{ kind: 'lowScore', score: 1, threshold: 2 }],
  rawPayload: '{}',
  ...over,
});

const record = {
  recordedAt: T + HOUR,
  recordedBy: 'lead-1',
  customerContacted: true,
  outcome: 'resolved',
  note: 'Called',
};

describe('follow-up records', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  async function withFollowUp(dueAt: number, over: Partial<StoredFeedback> = {}) {
    const f = feedback(over);
    await insertFeedback(db, f);
    await insertFollowUp(db, {
      feedbackId: f.id,
      issueKey: `QM-${dueAt}`,
      lead: 'lead-1',
      dueAt,
      createdAt: T,
    });
    return f.id;
  }

  it('let one caller claim an attempt, even two at once, and note its issue', async () => {
    const claims = await Promise.all([
      claimFollowUpAttempt(db, 'f-1', 1, T),
      claimFollowUpAttempt(db, 'f-1', 1, T),
    ]);
    expect(claims.sort()).toEqual([false, true]);
    await setAttemptIssue(db, 'f-1', 1, 'QM-7');
    expect(await claimFollowUpAttempt(db, 'f-1', 2, T + 1)).toBe(true);
    expect(await followUpAttempts(db, 'f-1')).toEqual([
      { attempt: 1, startedAt: T, issueKey: 'QM-7' },
      { attempt: 2, startedAt: T + 1, issueKey: null },
    ]);
  });

  it('record a follow-up once and its outcome once, even two at once', async () => {
    const row = { feedbackId: 'f-1', issueKey: 'QM-1', lead: null, dueAt: T + HOUR, createdAt: T };
    expect((await Promise.all([insertFollowUp(db, row), insertFollowUp(db, row)])).sort()).toEqual([
      false,
      true,
    ]);
    const outcomes = await Promise.all([
      recordFollowUpOutcome(db, 'f-1', record),
      recordFollowUpOutcome(db, 'f-1', { ...record, recordedBy: 'admin' }),
    ]);
    expect(outcomes.sort()).toEqual([false, true]);
    expect(await followUpOf(db, 'f-1')).toMatchObject({
      customerContacted: true,
      outcome: 'resolved',
      recordedAt: T + HOUR,
    });
  });

  it('find follow-ups strictly past due, escalate each once, never a recorded one', async () => {
    const due = await withFollowUp(T);
    const later = await withFollowUp(T + 2 * HOUR);
    const recorded = await withFollowUp(T - HOUR);
    await recordFollowUpOutcome(db, recorded, record);
    expect(await overdueFollowUps(db, T, 10)).toEqual([]);
    expect((await overdueFollowUps(db, T + 1, 10)).map((f) => f.feedbackId)).toEqual([due]);
    const claims = await Promise.all([
      claimOverdueEscalation(db, due, T + 1),
      claimOverdueEscalation(db, due, T + 1),
    ]);
    expect(claims.sort()).toEqual([false, true]);
    expect(await claimOverdueEscalation(db, recorded, T + 1)).toBe(false);
    await releaseOverdueEscalation(db, due, T + 2); // not its claim: changes nothing
    expect((await followUpOf(db, due))!.escalatedAt).toBe(T + 1);
    await releaseOverdueEscalation(db, due, T + 1);
    expect(await claimOverdueEscalation(db, due, T + 3)).toBe(true);
    expect((await overdueFollowUps(db, T + 3 * HOUR, 10)).map((f) => f.feedbackId)).toEqual([
      later,
    ]);
  });

  it('page open follow-ups by due instant with their feedback', async () => {
    const ids = [await withFollowUp(T + 2), await withFollowUp(T), await withFollowUp(T + 1)];
    const first = await openFollowUps(db, null, 2);
    expect(first.map((r) => r.followUp.dueAt)).toEqual([T, T + 1]);
    expect(first[0]!.feedback).toMatchObject({ id: ids[1], customer: 'acme', score: 1 });
    const last = first.at(-1)!;
    const next = await openFollowUps(
      db,
      { dueAt: last.followUp.dueAt, feedbackId: last.feedback.id },
      2,
    );
    expect(next.map((r) => r.feedback.id)).toEqual([ids[0]]);
  });

  it('find flagged feedback of a period without a follow-up', async () => {
    const missing = feedback({ receivedAt: T });
    const calm = feedback({ receivedAt: T, flagCauses: [] });
    const old = feedback({ receivedAt: T - 10 * HOUR });
    for (const f of [missing, calm, old]) await insertFeedback(db, f);
    await withFollowUp(T, { receivedAt: T });
    expect(await flaggedWithoutFollowUp(db, { from: T - HOUR, to: T + 1 }, 10)).toEqual([
      missing.id,
    ]);
  });
});
