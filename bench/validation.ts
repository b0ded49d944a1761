/**
 * Validation benchmark: `validateContract` on big documents, each at n, 2n and 4n entries, with
 * the time ratios to n printed. Linear work doubles with the document (×2, ×4); the quadratic
 * checks this replaces gave ×3.6 and ×8.9 (1,000 invalid holiday sets: 0.7 s, 4,000: 6.2 s).
 * The cases: invalid holiday sets (one schema error each, capped to 100 reported), a list of
 * numbers where holiday sets belong (the most errors a 1 MB document can hold: 4n = 200,000 is
 * about 400 KB), copies of one agreement that all overlap (n − 1 overlaps), and valid
 * agreements that do not overlap.
 */
import example from '../examples/contract.json';
import { validateContract } from '../src/domain/contract';
import { measure } from './measure';

type Document = Record<string, unknown>;

const gold = example.agreements.find((a) => a.id === 'schultz-prod-gold')!;

const CASES: readonly { name: string; n: number; document: (n: number) => Document }[] = [
  {
    name: 'invalidHolidaySets',
    n: 1_000,
    document: (n) => ({
      ...example,
      holidaySets: [
        ...example.holidaySets,
        ...Array.from({ length: n }, (_, i) => ({
          id: `set-${i}`,
          rules: [{ type: 'fixed', month: 13, day: 1 }],
        })),
      ],
    }),
  },
  {
    name: 'wrongTypeEntries',
    n: 50_000,
    document: (n) => ({ ...example, holidaySets: Array.from({ length: n }, () => 1) }),
  },
  {
    name: 'overlappingAgreements',
    n: 1_000,
    document: (n) => ({
      ...example,
      agreements: Array.from({ length: n }, (_, i) => ({ ...gold, id: `gold-${i}` })),
    }),
  },
  {
    name: 'validAgreements',
    n: 1_000,
    document: (n) => ({
      ...example,
      agreements: Array.from({ length: n }, (_, i) => ({
        ...gold,
        id: `gold-${i}`,
        validFrom: `${2100 + i}-01-01`,
        validTo: `${2101 + i}-01-01`,
      })),
    }),
  },
];

const ratio = (a: number, b: number) => Number((a / b).toFixed(2));

export function benchValidation(): Promise<object> {
  console.log('== Validation: validateContract on n, 2n and 4n entries ==');
  const summary: Record<string, object> = {};
  for (const { name, n, document } of CASES) {
    const ms = [n, 2 * n, 4 * n].map((size) => {
      const input = document(size);
      const run = measure(() => validateContract(input).length, {
        warmupMs: 100,
        budgetMs: 500,
        minCalls: 3,
      });
      return run.nsPerOp / 1e6;
    });
    const [once, twice, four] = ms as [number, number, number];
    console.log(
      `${name.padEnd(22)} n=${n.toLocaleString('en')}: ${once.toFixed(1)} ms; ` +
        `2n ×${ratio(twice, once)}, 4n ×${ratio(four, once)} (linear: ×2, ×4)`,
    );
    summary[name] = {
      n,
      msAtN: Number(once.toFixed(1)),
      ratios: { doubled: ratio(twice, once), quadrupled: ratio(four, once) },
    };
  }
  return Promise.resolve({ validation: summary });
}
