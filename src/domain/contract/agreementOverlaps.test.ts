import fc from 'fast-check';
import { agreementOverlaps } from './agreementOverlaps';
import { agreementValidity } from './agreementValidity';
import type { Agreement } from './types';

/** The definition, pair by pair: same customer, product and scope kind, a shared environment
 *  (or both all), an issue type in common and overlapping periods. */
function clash(a: Agreement, b: Agreement): boolean {
  if (a.customer !== b.customer || a.product !== b.product) return false;
  if ((a.environments === undefined) !== (b.environments === undefined)) return false;
  if (a.environments && !a.environments.some((e) => b.environments!.includes(e))) return false;
  const types = new Set(a.obligations.flatMap((o) => o.issueTypes));
  if (!b.obligations.some((o) => o.issueTypes.some((t) => types.has(t)))) return false;
  const va = agreementValidity(a);
  const vb = agreementValidity(b);
  return va.from < vb.to && vb.from < va.to;
}

const year = fc.integer({ min: 2020, max: 2030 });
const agreementArb = fc
  .record({
    customer: fc.constantFrom('c1', 'c2'),
    product: fc.constantFrom('p1', 'p2'),
    environments: fc.option(fc.subarray(['e1', 'e2', 'e3'], { minLength: 1 }), { nil: undefined }),
    from: year,
    length: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    issueTypes: fc.subarray(['Incident', 'Problem', 'Change'], { minLength: 1 }),
  })
  .map(({ customer, product, environments, from, length, issueTypes }): Omit<Agreement, 'id'> => ({
    name: 'A',
    customer,
    product,
    ...(environments && { environments }),
    priorityModel: 'numeric',
    validFrom: `${from}-01-01`,
    validTo: length === undefined ? null : `${from + length}-01-01`,
    obligations: [{ goal: 'g', issueTypes, targets: { '1': 'PT1H' } }],
  }));

describe('agreementOverlaps', () => {
  it('flags exactly the agreements that clash with an earlier one, naming one of those', () => {
    fc.assert(
      fc.property(fc.array(agreementArb, { maxLength: 12 }), (drafts) => {
        const agreements = drafts.map((draft, i) => ({ ...draft, id: `a${i}` }) as Agreement);
        const errors = agreementOverlaps(
          agreements.map((agreement, i) => ({ agreement, path: `$.agreements[${i}]` })),
        );
        const expected = agreements
          .map((b, j) => (agreements.slice(0, j).some((a) => clash(a, b)) ? j : -1))
          .filter((j) => j >= 0);
        expect(errors.map((e) => e.path)).toEqual(expected.map((j) => `$.agreements[${j}]`));
        for (const error of errors) {
          const j = Number(/\[(\d+)\]$/.exec(error.path)![1]);
          const named = /^overlaps agreement "a(\d+)"/.exec(error.message)![1];
          expect(Number(named)).toBeLessThan(j);
          expect(clash(agreements[Number(named)]!, agreements[j]!)).toBe(true);
        }
      }),
      { numRuns: 2_000, seed: 20260302 },
    );
  });
});
