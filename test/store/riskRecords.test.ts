import {
  claimRiskDrop,
  recordRiskDropIssue,
  recordRiskDropRefusal,
  riskDropClaim,
  takeOverRiskDrop,
  unfinishedRiskDrops,
} from '../../src/storage/risk/riskDropClaims';
import {
  appendRiskApproval,
  appendRiskRevision,
  riskApprovals,
  riskRevisions,
} from '../../src/storage/risk/riskRegister';
import {
  appendRiskScore,
  latestRiskScores,
  riskScoreRevisions,
} from '../../src/storage/risk/riskScores';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

const T = Date.parse('2026-12-01T10:00:00Z');

const score = (areaId: string, month: string, value: number, at = T) => ({
  areaId,
  month,
  score: value,
  source: 'entered' as const,
  note: null,
  scoredBy: 'acc-admin',
  scoredAt: at,
});

const RISK = {
  title: 'Key supplier fails',
  description: '',
  area: 'vendors',
  owner: 'acc-lead',
  level: 'medium' as const,
  mitigation: 'A second supplier',
  status: 'open' as const,
};

describe('risk records', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('keep every score revision, the newest being the month’s score, even two saved at once', async () => {
    await appendRiskScore(db, score('legal', '2026-10', 80));
    await appendRiskScore(db, score('legal', '2026-11', 70));
    const both = await Promise.all([
      appendRiskScore(db, score('legal', '2026-11', 60, T + 1)),
      appendRiskScore(db, score('legal', '2026-11', 65, T + 1)),
    ]);
    expect(both.map((s) => s.revision).sort()).toEqual([2, 3]);
    const newest = both.find((s) => s.revision === 3)!.score;
    const latest = await latestRiskScores(db, { from: '2026-10', to: '2026-11' });
    expect(Object.fromEntries(latest.get('legal')!)).toEqual({ '2026-10': 80, '2026-11': newest });
    expect(
      (await riskScoreRevisions(db, { from: '2026-11', to: '2026-11' })).map((r) => r.revision),
    ).toEqual([1, 2, 3]);
  });

  it('let one caller claim an area’s drop for a month, even two at once, and never again', async () => {
    const claim = { areaId: 'legal', month: '2026-11', claimedAt: T, from: 80, to: 70 };
    expect(
      (await Promise.all([claimRiskDrop(db, claim), claimRiskDrop(db, claim)])).sort(),
    ).toEqual([false, true]);
    await recordRiskDropIssue(db, { ...claim, attempt: 1 }, 'QM-1', T + 1);
    expect(await claimRiskDrop(db, { ...claim, to: 50 })).toBe(false);
    expect(await riskDropClaim(db, 'legal', '2026-11')).toEqual({
      ...claim,
      attempt: 1,
      issueKey: 'QM-1',
      refused: null,
    });
    expect(await unfinishedRiskDrops(db)).toEqual([]);
  });

  it('let one run take over a refused claim, and none a finished one', async () => {
    const claim = { areaId: 'legal', month: '2026-11', claimedAt: T, from: 80, to: 70 };
    await claimRiskDrop(db, claim);
    await recordRiskDropRefusal(db, { ...claim, attempt: 1 }, 'Issue type is not valid', T + 1);
    expect((await unfinishedRiskDrops(db)).map((c) => c.refused)).toEqual([
      'Issue type is not valid',
    ]);
    const seen = { ...claim, attempt: 1 };
    expect(
      (
        await Promise.all([takeOverRiskDrop(db, seen, T + 5), takeOverRiskDrop(db, seen, T + 5)])
      ).sort(),
    ).toEqual([false, true]);
    expect(await riskDropClaim(db, 'legal', '2026-11')).toMatchObject({
      attempt: 2,
      claimedAt: T + 5,
      refused: null,
    });
    await recordRiskDropIssue(db, { ...claim, attempt: 2 }, 'QM-2', T + 6);
    expect(await takeOverRiskDrop(db, { ...claim, attempt: 2 }, T + 9)).toBe(false);
  });

  it('keep each save of a risk as a revision, refusing a save from an older one', async () => {
    const first = await appendRiskRevision(db, 'r-1', null, RISK, {
      changedBy: 'acc-admin',
      changedAt: T,
    });
    expect(first).toMatchObject({ saved: true, revision: { revision: 1 } });
    const stale = await Promise.all([
      appendRiskRevision(
        db,
        'r-1',
        1,
        { ...RISK, level: 'high' },
        { changedBy: 'a', changedAt: T + 1 },
      ),
      appendRiskRevision(
        db,
        'r-1',
        1,
        { ...RISK, level: 'low' },
        { changedBy: 'b', changedAt: T + 1 },
      ),
    ]);
    expect(stale.map((s) => s.saved).sort()).toEqual([false, true]);
    expect(
      await appendRiskRevision(db, 'r-1', null, RISK, { changedBy: 'c', changedAt: T }),
    ).toEqual({
      saved: false,
      newest: 2,
    });
    const revisions = await riskRevisions(db, 'r-1');
    expect(revisions.map((r) => [r.revision, r.mitigation])).toEqual([
      [1, 'A second supplier'],
      [2, 'A second supplier'],
    ]);
  });

  it('keep approvals with who, when, which body and a note', async () => {
    const approval = {
      approvalId: 'ap-1',
      riskId: 'r-1',
      revision: 1,
      level: 'medium' as const,
      body: 'board' as const,
      approvedBy: 'acc-admin',
      approvedAt: T,
      note: 'Board meeting 12 November',
    };
    await appendRiskApproval(db, approval);
    expect(await riskApprovals(db, 'r-1')).toEqual([approval]);
    expect(await riskApprovals(db, 'r-2')).toEqual([]);
  });
});
