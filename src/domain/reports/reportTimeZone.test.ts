import { exampleContract } from '../../../test/support/contractVariants';
import type { Agreement } from '../contract/types';
import { reportTimeZone } from './reportTimeZone';

const agreement = (id: string): Agreement => exampleContract.agreements.find((a) => a.id === id)!;

describe('reportTimeZone', () => {
  it("is the zone of the first obligation's calendar, its own before its goal's", () => {
    expect(reportTimeZone(exampleContract, agreement('schultz-prod-gold'))).toBe(
      'Europe/Copenhagen',
    );
    const oslo = { ...agreement('schultz-prod-gold') };
    const obligations = [{ ...oslo.obligations[0]!, calendar: 'no-office' }];
    expect(reportTimeZone(exampleContract, { ...oslo, obligations })).toBe('Europe/Oslo');
  });

  it('is UTC for an agreement without obligations', () => {
    expect(
      reportTimeZone(exampleContract, { ...agreement('schultz-prod-gold'), obligations: [] }),
    ).toBe('UTC');
  });
});
