import fc from 'fast-check';
import { isPortalChoiceProof, portalChoiceProof } from './portalChoiceProof';

const KEY = 'a'.repeat(64);

describe('portal choice proofs', () => {
  it('hold for the account and customer signed, under the key', () => {
    const proof = portalChoiceProof(KEY, 'cust-1', 'schultz');
    expect(isPortalChoiceProof(KEY, 'cust-1', 'schultz', proof)).toBe(true);
    expect(isPortalChoiceProof(KEY, 'cust-2', 'schultz', proof)).toBe(false);
    expect(isPortalChoiceProof(KEY, 'cust-1', 'fjellheim', proof)).toBe(false);
    expect(isPortalChoiceProof('b'.repeat(64), 'cust-1', 'schultz', proof)).toBe(false);
  });

  it('refuse anything that is not a proof', () => {
    for (const proof of [undefined, null, 42, '', 'zz', proof64('g'), proof64('A')]) {
      expect(isPortalChoiceProof(KEY, 'cust-1', 'schultz', proof)).toBe(false);
    }
  });

  it('never hold for another pair (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, c, a2, c2) => {
        fc.pre(a !== a2 || c !== c2);
        const proof = portalChoiceProof(KEY, a, c);
        expect(isPortalChoiceProof(KEY, a2, c2, proof)).toBe(a === a2 && c === c2);
      }),
    );
  });
});

function proof64(char: string) {
  return char.repeat(64);
}
