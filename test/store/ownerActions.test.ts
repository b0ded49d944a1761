import {
  claimOwnerAction,
  ownerAction,
  ownerActionClaimPort,
  ownerActionsBetween,
  settleOwnerAction,
  takeOverOwnerAction,
  unfinishedOwnerActions,
} from '../../src/storage/ownerActions';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

const T = Date.parse('2026-12-01T10:00:00Z');
const KPI = { kind: 'kpi-action', subject: 'churn', period: '2026-10' } as const;
const DROP = { kind: 'risk-drop', subject: 'churn', period: '2026-10' } as const;

describe('owner action claims in SQL', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('keep each kind apart: the same subject and period is a claim of its own per kind', async () => {
    expect(await claimOwnerAction(db, KPI, T, '{"a":1}')).toBe(true);
    expect(await claimOwnerAction(db, DROP, T, '{"from":80,"to":70}')).toBe(true);
    expect(await claimOwnerAction(db, KPI, T + 1, '{}')).toBe(false);
    expect(await ownerAction(db, KPI)).toMatchObject({ attempt: 1, detail: '{"a":1}' });
    expect(
      (await ownerActionsBetween(db, 'risk-drop', { from: '2026-10', to: '2026-10' })).map(
        (a) => a.kind,
      ),
    ).toEqual(['risk-drop']);
  });

  it('keep a refusal until a run takes the claim over, then an issue for good', async () => {
    await claimOwnerAction(db, KPI, T, '{}');
    await settleOwnerAction(db, { ...KPI, attempt: 1 }, { refused: 'x'.repeat(3000) }, T + 1);
    expect((await ownerAction(db, KPI))?.refused).toHaveLength(2000);
    expect(await unfinishedOwnerActions(db, 'kpi-action')).toHaveLength(1);
    expect(await takeOverOwnerAction(db, { ...KPI, attempt: 1 }, T + 2, '{"b":2}')).toBe(true);
    expect(await ownerAction(db, KPI)).toMatchObject({
      attempt: 2,
      refused: null,
      detail: '{"b":2}',
    });
    await settleOwnerAction(db, { ...KPI, attempt: 2 }, { issueKey: 'QM-1' }, T + 3);
    // A late answer of the attempt before changes nothing.
    await settleOwnerAction(db, { ...KPI, attempt: 1 }, { issueKey: 'QM-9' }, T + 4);
    expect(await ownerAction(db, KPI)).toMatchObject({ issueKey: 'QM-1', updatedAt: T + 3 });
    expect(await takeOverOwnerAction(db, { ...KPI, attempt: 2 }, T + 5)).toBe(false);
    expect(await unfinishedOwnerActions(db, 'kpi-action')).toEqual([]);
  });

  it('show the flow a refused claim as refused, and keep the first detail unless renewed', async () => {
    const port = ownerActionClaimPort(db, DROP, '{"from":80,"to":70}');
    expect(await port.read()).toBeNull();
    expect(await port.claim(T)).toBe(true);
    await port.recordRefusal(1, 'Issue type is not valid', T + 1);
    const seen = (await port.read())!;
    expect(seen).toMatchObject({ attempt: 1, claimedAt: T, issueKey: null, refused: true });
    const later = ownerActionClaimPort(db, DROP, '{"from":80,"to":60}');
    expect(await later.takeOver(seen, T + 2)).toBe(true);
    expect((await ownerAction(db, DROP))?.detail).toBe('{"from":80,"to":70}');
  });
});
