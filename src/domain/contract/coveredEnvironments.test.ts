import { exampleContract } from '../../../test/support/contractVariants';
import { coveredEnvironments } from './coveredEnvironments';
import type { Customer } from './types';

const schultz = exampleContract.customers.find((c) => c.id === 'schultz')!;
const ids = (customer: Customer, agreement: { environments?: string[]; product: string }) =>
  coveredEnvironments(customer, agreement).map((e) => e.id);

describe('coveredEnvironments', () => {
  it('is the listed environments, in the customer’s order', () => {
    expect(
      ids(schultz, { environments: ['schultz-test', 'schultz-uat'], product: 'ihlp' }),
    ).toEqual(['schultz-uat', 'schultz-test']);
  });

  it('is every environment running the product when the agreement lists none', () => {
    expect(ids(schultz, { product: 'ihlp' })).toEqual([
      'schultz-prod',
      'schultz-uat',
      'schultz-test',
    ]);
    expect(ids(schultz, { product: 'ihlp-mobile' })).toEqual(['schultz-mobile']);
  });

  it('leaves out a listed environment that runs another product, or that the customer lacks', () => {
    expect(
      ids(schultz, {
        environments: ['schultz-prod', 'schultz-mobile', 'gota-prod'],
        product: 'ihlp',
      }),
    ).toEqual(['schultz-prod']);
  });
});
