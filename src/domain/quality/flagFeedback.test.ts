import { flagCauses, isNegative } from './flagFeedback';
import { DEFAULT_QUALITY_RULES as RULES } from './qualityRules';

describe('flagging feedback', () => {
  it('flags a score at or below the threshold of its own scale', () => {
    expect(flagCauses({ scale: 'csat', score: 2, reason: null }, RULES)).toEqual([
      { kind: 'lowScore', score: 2, threshold: 2 },
    ]);
    expect(isNegative({ scale: 'csat', score: 3, reason: null }, RULES)).toBe(false);
    // 6 of 10 is a detractor; 6 would be off the CSAT scale, never compared with it.
    expect(isNegative({ scale: 'nps', score: 6, reason: null }, RULES)).toBe(true);
    expect(isNegative({ scale: 'nps', score: 7, reason: null }, RULES)).toBe(false);
  });

  it('flags a negative reason whatever the score, and only a negative one', () => {
    expect(flagCauses({ scale: 'csat', score: 5, reason: 'slow' }, RULES)).toEqual([
      { kind: 'negativeReason', reason: 'slow' },
    ]);
    expect(isNegative({ scale: 'csat', score: 5, reason: 'other' }, RULES)).toBe(false);
    expect(isNegative({ scale: 'csat', score: 5, reason: 'unknown' }, RULES)).toBe(false);
  });

  it('gives both causes when both apply', () => {
    expect(flagCauses({ scale: 'csat', score: 1, reason: 'unresolved' }, RULES)).toHaveLength(2);
  });
});
