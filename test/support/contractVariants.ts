import example from '../../examples/contract.json';
import type { Contract } from '../../src/domain/contract';

/** The example contract (`examples/contract.json`). */
export const exampleContract = example as unknown as Contract;

/** The example contract with Schultz gold's reaction target for Priority 2 set to `target`. */
export function withReactionTarget(target: string): Contract {
  return {
    ...exampleContract,
    agreements: exampleContract.agreements.map((a) =>
      a.id !== 'schultz-prod-gold'
        ? a
        : {
            ...a,
            obligations: a.obligations.map((o, i) =>
              i === 0 ? { ...o, targets: { ...o.targets, '2': target } } : o,
            ),
          },
    ),
  };
}
