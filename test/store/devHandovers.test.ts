import {
  advanceDevStatus,
  claimHandover,
  handoverOf,
  handoversOfDevIssue,
  recordFixedIn,
  renewHandoverClaim,
  setHandoverDevKey,
} from '../../src/storage/devloop/devHandovers';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

const T = Date.parse('2026-12-01T10:00:00Z');
const claim = (caseId: string, devKey?: string) => ({
  caseId,
  caseKey: `SUP-${caseId}`,
  product: 'ihlp',
  environment: 'schultz-prod',
  handedOverAt: T,
  handedOverBy: 'agent-1',
  ...(devKey && { devKey }),
});

describe('dev hand-over records', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('lets one caller claim a case, then records its development issue', async () => {
    expect(await claimHandover(db, claim('10001'))).toBe(true);
    expect(await claimHandover(db, claim('10001'))).toBe(false);
    expect(await handoverOf(db, '10001')).toMatchObject({ devKey: '', fixedIn: null });
    await setHandoverDevKey(db, '10001', 'DEV-1', T + 1);
    expect(await handoverOf(db, '10001')).toMatchObject({
      caseKey: 'SUP-10001',
      devKey: 'DEV-1',
      product: 'ihlp',
      environment: 'schultz-prod',
      handedOverAt: T,
      updatedAt: T + 1,
    });
    expect(await handoverOf(db, '404')).toBeNull();
  });

  it('renews a stale claim for one caller only', async () => {
    await claimHandover(db, claim('10002'));
    expect(await renewHandoverClaim(db, '10002', T, T + 10)).toBe(true);
    expect(await renewHandoverClaim(db, '10002', T, T + 11)).toBe(false);
    await setHandoverDevKey(db, '10002', 'DEV-2', T + 12);
    expect(await renewHandoverClaim(db, '10002', T + 10, T + 13)).toBe(false);
  });

  it('finds the cases of a development issue', async () => {
    await claimHandover(db, claim('10003', 'DEV-3'));
    await claimHandover(db, claim('10004', 'DEV-3'));
    await claimHandover(db, claim('10005'));
    expect((await handoversOfDevIssue(db, 'DEV-3')).map((h) => h.caseId)).toEqual([
      '10003',
      '10004',
    ]);
    expect(await handoversOfDevIssue(db, '')).toEqual([]);
  });

  it('advances the status from the one seen, once', async () => {
    await claimHandover(db, claim('10006', 'DEV-6'));
    expect(await advanceDevStatus(db, '10006', null, 'In Progress', T + 1)).toBe(true);
    expect(await advanceDevStatus(db, '10006', null, 'In Progress', T + 2)).toBe(false);
    expect(await advanceDevStatus(db, '10006', 'In Progress', 'Resolved', T + 3)).toBe(true);
    expect(await handoverOf(db, '10006')).toMatchObject({
      devStatus: 'Resolved',
      updatedAt: T + 3,
    });
  });

  it('records fixed in V once', async () => {
    await claimHandover(db, claim('10007', 'DEV-7'));
    expect(await recordFixedIn(db, '10007', '5.10', T + 5)).toBe(true);
    expect(await recordFixedIn(db, '10007', '5.9', T + 6)).toBe(false);
    expect(await handoverOf(db, '10007')).toMatchObject({ fixedIn: '5.10', fixedAt: T + 5 });
  });
});
