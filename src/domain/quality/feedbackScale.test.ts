import fc from 'fast-check';
import { csatPercent, isScoreOn, netPromoterScore } from './feedbackScale';

describe('feedback scales', () => {
  it('takes whole scores within each scale only', () => {
    expect([1, 5].every((s) => isScoreOn('csat', s))).toBe(true);
    expect([0, 6, 4.5, NaN].some((s) => isScoreOn('csat', s))).toBe(false);
    expect([0, 10].every((s) => isScoreOn('nps', s))).toBe(true);
    expect([-1, 11, 9.5].some((s) => isScoreOn('nps', s))).toBe(false);
  });

  it('counts 4 and 5 as satisfied', () => {
    expect(csatPercent([5, 4, 3, 1])).toBe(50);
    expect(csatPercent([])).toBeNull();
  });

  it('computes NPS as promoters minus detractors', () => {
    // 2 promoters (9, 10), 1 passive (8), 1 detractor (6) of 4: 50 % − 25 %.
    expect(netPromoterScore([9, 10, 8, 6])).toBe(25);
    expect(netPromoterScore([])).toBeNull();
  });

  it('keeps NPS within −100..100 and CSAT within 0..100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1 }), (scores) => {
        const nps = netPromoterScore(scores)!;
        const csat = csatPercent(scores.map((s) => 1 + (s % 5)))!;
        return nps >= -100 && nps <= 100 && csat >= 0 && csat <= 100;
      }),
    );
  });
});
