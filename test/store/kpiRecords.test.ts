import {
  claimKpiAction,
  kpiActionOf,
  kpiActionsBetween,
  retakeKpiAction,
  settleKpiAction,
} from '../../src/storage/kpi/kpiActionRecords';
import { appendKpiValue, kpiValueEntries, latestKpiValues } from '../../src/storage/kpi/kpiValues';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

const T = Date.parse('2026-12-01T10:00:00Z');

describe('KPI records in SQL', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  describe('manual values', () => {
    it('are appended; a correction is the next revision and the newest is the value', async () => {
      await appendKpiValue(db, {
        kpiId: 'enps',
        month: '2026-10',
        value: 12.5,
        enteredBy: 'a',
        enteredAt: T,
      });
      await appendKpiValue(db, {
        kpiId: 'enps',
        month: '2026-10',
        value: -3,
        enteredBy: 'b',
        enteredAt: T + 1,
      });
      await appendKpiValue(db, {
        kpiId: 'churn',
        month: '2026-11',
        value: 4,
        enteredBy: 'a',
        enteredAt: T + 2,
      });
      const entries = await kpiValueEntries(db, ['enps', 'churn'], {
        from: '2026-10',
        to: '2026-11',
      });
      expect(entries.map((e) => [e.kpiId, e.month, e.revision, e.value, e.enteredBy])).toEqual([
        ['churn', '2026-11', 1, 4, 'a'],
        ['enps', '2026-10', 1, 12.5, 'a'],
        ['enps', '2026-10', 2, -3, 'b'],
      ]);
      expect(latestKpiValues(entries).get('enps')?.get('2026-10')).toBe(-3);
      expect(await kpiValueEntries(db, ['enps'], { from: '2026-11', to: '2026-12' })).toEqual([]);
    });

    it('entered at once, each takes its own revision', async () => {
      await Promise.all(
        [1, 2, 3, 4].map((value) =>
          appendKpiValue(db, {
            kpiId: 'churn',
            month: '2026-10',
            value,
            enteredBy: 'a',
            enteredAt: T,
          }),
        ),
      );
      const entries = await kpiValueEntries(db, ['churn'], { from: '2026-10', to: '2026-10' });
      expect(entries.map((e) => e.revision)).toEqual([1, 2, 3, 4]);
      expect(entries.map((e) => e.value).sort()).toEqual([1, 2, 3, 4]);
    });
  });

  describe('action claims', () => {
    const claim = { kpiId: 'churn', month: '2026-10', at: T, findings: '{}' };

    it('let one caller in per KPI and month', async () => {
      const results = await Promise.all([claimKpiAction(db, claim), claimKpiAction(db, claim)]);
      expect(results.sort()).toEqual([false, true]);
      expect(await claimKpiAction(db, { ...claim, month: '2026-11' })).toBe(true);
    });

    it('are taken over by one caller, by compare and set on the attempt, never once created', async () => {
      await claimKpiAction(db, claim);
      await settleKpiAction(
        db,
        { ...claim, attempt: 1 },
        { status: 'refused', error: 'no', at: T + 1 },
      );
      const refused = (await kpiActionOf(db, 'churn', '2026-10'))!;
      expect(refused).toMatchObject({ status: 'refused', error: 'no', attempt: 1 });
      const takes = await Promise.all([
        retakeKpiAction(db, refused, T + 2, '{}'),
        retakeKpiAction(db, refused, T + 2, '{}'),
      ]);
      expect(takes.sort()).toEqual([false, true]);
      await settleKpiAction(
        db,
        { ...claim, attempt: 2 },
        { status: 'created', issueKey: 'QM-1', at: T + 3 },
      );
      const created = (await kpiActionOf(db, 'churn', '2026-10'))!;
      expect(created).toMatchObject({
        status: 'created',
        issueKey: 'QM-1',
        attempt: 2,
        error: null,
      });
      expect(await retakeKpiAction(db, created, T + 4, '{}')).toBe(false);
      expect(await kpiActionsBetween(db, { from: '2026-10', to: '2026-10' })).toHaveLength(1);
    });
  });
});
