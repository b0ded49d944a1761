import fc from 'fast-check';
import { REGISTER_PENALTY, registerScore } from './registerScore';
import { RISK_LEVELS } from './riskApproval';
import type { RiskLevel } from './riskTrend';

const risk = fc.record({
  level: fc.constantFrom<RiskLevel>(...RISK_LEVELS),
  status: fc.constantFrom<'open' | 'closed'>('open', 'closed'),
});

describe('an area’s score from the register', () => {
  it('is 100 minus a penalty per open risk by level, floored at 0', () => {
    expect(registerScore([])).toBe(100);
    expect(
      registerScore([
        { level: 'high', status: 'open' },
        { level: 'low', status: 'open' },
        { level: 'very-high', status: 'closed' },
      ]),
    ).toBe(100 - REGISTER_PENALTY.high - REGISTER_PENALTY.low);
    expect(registerScore(Array(3).fill({ level: 'very-high', status: 'open' }))).toBe(0);
  });

  it('stays within 0–100 and never rises with another open risk', () => {
    fc.assert(
      fc.property(fc.array(risk, { maxLength: 20 }), risk, (risks, extra) => {
        const score = registerScore(risks);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
        expect(registerScore([...risks, extra])).toBeLessThanOrEqual(score);
      }),
    );
  });
});
