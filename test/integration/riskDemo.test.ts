import { readRiskRegister, readRiskTrends } from '../../src/services/risk/riskTrends';
import { riskDropClaims } from '../../src/storage/risk/riskDropClaims';
import { setUpRiskDemo } from '../../src/simulator/demo/risk';
import { demoSimulator } from '../support/simulator';

describe('the risk score demo', () => {
  it('has six months of scores, last month’s Security drop with its action plan, and a register', async () => {
    const demo = await demoSimulator(Date.parse('2026-12-10T09:00:00Z'));
    await setUpRiskDemo(demo.sim);
    await setUpRiskDemo(demo.sim); // a second start adds nothing
    const ctx = demo.sim.forge.context();
    const trend = await readRiskTrends(ctx, { from: '2026-06', to: '2026-11' });
    expect(trend.composite.every((c) => c.score !== null)).toBe(true);
    const drops = await riskDropClaims(ctx.sql, { from: '2026-06', to: '2026-11' });
    expect(drops).toEqual([
      expect.objectContaining({
        areaId: 'security',
        month: '2026-11',
        from: 80,
        to: 66,
        issueKey: expect.any(String),
      }),
    ]);
    const register = await readRiskRegister(ctx);
    expect(register.map((r) => [r.level, r.approvalRequired, r.approvedBy !== null])).toEqual([
      ['medium', 'board', true],
      ['high', 'board', false],
      ['low', 'none', false],
    ]);
  });
});
