/**
 * Issued management review packs are immutable: stored as issued with their SHA-256, never
 * updated or deleted (the store and the service have no way to), and issuing the period again
 * stores the next revision beside the first.
 */
import { createHash } from 'node:crypto';
import * as managementReview from '../../src/services/review/managementReview';
import {
  issuedPackContent,
  issueReviewPack,
  prepareReviewPack,
} from '../../src/services/review/managementReview';
import * as reviewPacks from '../../src/storage/review/reviewPacks';
import {
  insertReviewPack,
  listReviewPacks,
  reviewPack,
} from '../../src/storage/review/reviewPacks';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { fakeReviewSources } from '../support/reviewSources';
import { testDatabase } from '../support/testDatabase';

const NOW = Date.parse('2026-01-10T09:00:00Z');
const prepare = (now = NOW, conclusion = '') =>
  prepareReviewPack(fakeReviewSources(), {
    period: { from: '2025-01', to: '2025-12' },
    timeZone: 'UTC',
    now,
    auditResults: { audits: [], conclusion },
  });

describe('issued review packs', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('stores the pack as issued, with the SHA-256 of its canonical JSON', async () => {
    const pack = await prepare();
    const head = await issueReviewPack(db, pack, 'acc-admin', NOW);
    expect(head).toMatchObject({
      period: '2025-01..2025-12',
      period_from: '2025-01',
      period_to: '2025-12',
      time_zone: 'UTC',
      revision: 1,
      issued_by: 'acc-admin',
      issued_at: NOW,
    });
    const row = (await reviewPack(db, head.pack_id))!;
    expect(createHash('sha256').update(row.content, 'utf8').digest('hex')).toBe(row.content_hash);
    expect(issuedPackContent(row)).toEqual(pack);
  });

  it('issues the period again as a new revision, leaving the first as it was', async () => {
    const first = await issueReviewPack(db, await prepare(NOW, 'First.'), 'acc-admin', NOW);
    const before = await reviewPack(db, first.pack_id);
    const second = await issueReviewPack(
      db,
      await prepare(NOW + 1, 'Second.'),
      'acc-lead',
      NOW + 1,
    );
    expect(second.revision).toBe(2);
    expect(await reviewPack(db, first.pack_id)).toEqual(before);
    expect(issuedPackContent((await reviewPack(db, first.pack_id))!).auditResults.conclusion).toBe(
      'First.',
    );
    expect((await listReviewPacks(db)).map((p) => [p.revision, p.issued_by])).toEqual([
      [2, 'acc-lead'],
      [1, 'acc-admin'],
    ]);
  });

  it('refuses to store a revision again: the first stays unchanged', async () => {
    const head = await issueReviewPack(db, await prepare(), 'acc-admin', NOW);
    const stored = (await reviewPack(db, head.pack_id))!;
    const forged = { ...stored, pack_id: 'another', content: '{}', content_hash: 'x'.repeat(64) };
    expect(await insertReviewPack(db, forged)).toBe(false);
    expect(await reviewPack(db, head.pack_id)).toEqual(stored);
    expect(await reviewPack(db, 'another')).toBeUndefined();
  });

  it('gives two issuers at once two revisions, none lost', async () => {
    const pack = await prepare();
    const heads = await Promise.all([
      issueReviewPack(db, pack, 'acc-admin', NOW),
      issueReviewPack(db, pack, 'acc-lead', NOW),
    ]);
    expect(heads.map((h) => h.revision).sort()).toEqual([1, 2]);
    expect(await listReviewPacks(db)).toHaveLength(2);
  });

  it('has no way to change or remove an issued pack', () => {
    const names = [...Object.keys(reviewPacks), ...Object.keys(managementReview)];
    expect(names.filter((n) => /update|delete|remove|replace|edit|set/i.test(n))).toEqual([]);
  });

  it('detects a stored pack whose content no longer matches its hash', async () => {
    const head = await issueReviewPack(db, await prepare(), 'acc-admin', NOW);
    const row = (await reviewPack(db, head.pack_id))!;
    expect(() => issuedPackContent({ ...row, content: row.content.replace('UTC', 'CET') })).toThrow(
      'does not match its hash',
    );
  });
});
