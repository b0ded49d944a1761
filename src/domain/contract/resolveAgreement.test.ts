import example from '../../../examples/contract.json';
import { compileContract } from './compileContract';
import { resolveAgreement, type AgreementKey } from './resolveAgreement';
import type { Agreement, Contract } from './types';

const model = compileContract(example);
const created = Date.parse('2026-03-02T07:30:00Z');

/** The agreement and the goals of the obligations that apply, or the reason none does. */
function resolve(key: Partial<AgreementKey>, on = model) {
  const result = resolveAgreement(on, { issueType: 'Incident', created, ...key });
  if (result.agreement === null) return { reason: result.reason };
  return {
    agreement: result.agreement.agreement.id,
    goals: result.obligations.map((o) => o.goal.id),
  };
}

const issue = (customer: string, environment: string, product = 'ihlp') => ({
  customer,
  environment,
  product,
});

describe('resolveAgreement on examples/contract.json', () => {
  it.each<[string, string, string, string, string, string[]]>([
    [
      'schultz',
      'schultz-prod',
      'ihlp',
      'Incident',
      'schultz-prod-gold',
      ['reaction', 'critical-resolution', 'resolution', 'status-update', 'second-line-pickup'],
    ],
    [
      'schultz',
      'schultz-prod',
      'ihlp',
      'Service request',
      'schultz-prod-gold',
      ['reaction', 'resolution'],
    ],
    [
      'schultz',
      'schultz-prod',
      'ihlp',
      'Problem',
      'schultz-prod-gold',
      ['reaction', 'resolution', 'second-line-pickup'],
    ],
    ['schultz', 'schultz-uat', 'ihlp', 'Incident', 'schultz-nonprod', ['reaction', 'resolution']],
    ['schultz', 'schultz-test', 'ihlp', 'Problem', 'schultz-nonprod', ['reaction']],
    ['schultz', 'schultz-mobile', 'ihlp-mobile', 'Service request', 'schultz-mobile', ['reaction']],
    [
      'fjellheim',
      'fjellheim-prod',
      'ihlp',
      'Incident',
      'fjellheim-prod',
      ['reaction', 'critical-resolution', 'resolution', 'status-update', 'second-line-pickup'],
    ],
    ['fjellheim', 'fjellheim-prod', 'ihlp', 'Problem', 'fjellheim-prod', ['reaction']],
    [
      'fjellheim',
      'fjellheim-test',
      'ihlp',
      'Incident',
      'fjellheim-standard',
      ['reaction', 'resolution'],
    ],
    [
      'fjellheim',
      'fjellheim-training',
      'ihlp',
      'Service request',
      'fjellheim-standard',
      ['reaction'],
    ],
    [
      'gota',
      'gota-prod',
      'ihlp',
      'Incident',
      'gota-prod',
      ['reaction', 'resolution', 'status-update', 'second-line-pickup'],
    ],
    ['gota', 'gota-prod', 'ihlp', 'Service request', 'gota-prod', ['reaction', 'resolution']],
    ['gota', 'gota-uat', 'ihlp', 'Incident', 'gota-uat', ['reaction', 'resolution']],
    ['gota', 'gota-mobile', 'ihlp-mobile', 'Incident', 'gota-mobile', ['reaction']],
  ])('%s %s (%s), %s → %s', (customer, environment, product, issueType, agreement, goals) => {
    expect(resolve({ ...issue(customer, environment, product), issueType })).toEqual({
      agreement,
      goals,
    });
  });

  it('hands over the compiled obligations in the agreement’s order', () => {
    const result = resolveAgreement(model, {
      ...issue('schultz', 'schultz-prod'),
      issueType: 'Service request',
      created,
    });
    if (result.agreement === null) throw new Error(result.reason);
    expect(result.agreement.agreement.name).toBe('Schultz production gold');
    expect(result.obligations.map((o) => o.obligation)).toEqual([
      result.agreement.agreement.obligations[1],
      result.agreement.agreement.obligations[4],
    ]);
  });

  it('applies the agreement that was valid when the issue was created', () => {
    const prod = issue('schultz', 'schultz-prod');
    const at = (instant: string) => resolve({ ...prod, created: Date.parse(instant) }).agreement;
    expect(at('2024-01-01T00:00:00Z')).toBe('schultz-prod-silver-2024');
    expect(at('2025-06-30T23:59:59.999Z')).toBe('schultz-prod-silver-2024');
    expect(at('2025-07-01T00:00:00Z')).toBe('schultz-prod-gold');
    expect(at('2031-01-01T00:00:00Z')).toBe('schultz-prod-gold');
  });

  it('reads validFrom inclusive and validTo exclusive, both as UTC midnight', () => {
    const prod = issue('gota', 'gota-prod');
    const at = (instant: string) => resolve({ ...prod, created: Date.parse(instant) });
    // Midnight in Stockholm is still the day before in UTC: the agreement has not begun.
    expect(at('2026-01-01T00:30:00+01:00')).toEqual({
      reason: 'no agreement for "gota" was valid on 2025-12-31, when the issue was created',
    });
    expect(at('2026-01-01T00:00:00Z').agreement).toBe('gota-prod');
    expect(at('2027-12-31T23:59:59.999Z').agreement).toBe('gota-prod');
    expect(at('2028-01-01T00:00:00Z')).toEqual({
      reason: 'no agreement for "gota" was valid on 2028-01-01, when the issue was created',
    });
  });

  it('covers an issue without an environment by an agreement for every environment', () => {
    expect(resolve({ customer: 'fjellheim', product: 'ihlp', environment: null })).toEqual({
      agreement: 'fjellheim-standard',
      goals: ['reaction', 'resolution'],
    });
  });

  describe('says why no agreement applies', () => {
    it.each<[string, Partial<AgreementKey>, string]>([
      ['no customer', { customer: null }, 'the issue has no customer'],
      ['an empty customer', { customer: '' }, 'the issue has no customer'],
      [
        'a customer without agreements',
        { customer: 'nordlys' },
        'customer "nordlys" has no SLA agreement',
      ],
      [
        'another product',
        { customer: 'fjellheim', product: 'ihlp-mobile', environment: 'fjellheim-prod' },
        'no agreement of customer "fjellheim" covers product "ihlp-mobile"',
      ],
      ['no product', { customer: 'gota', environment: 'gota-prod' }, 'the issue has no product'],
      [
        'an environment no agreement lists',
        { customer: 'gota', product: 'ihlp', environment: 'gota-training' },
        'no agreement of customer "gota" covers environment "gota-training"',
      ],
      [
        'no environment, when every agreement lists its environments',
        { customer: 'schultz', product: 'ihlp' },
        'the issue has no environment',
      ],
      [
        'an issue created before any agreement',
        { ...issue('schultz', 'schultz-mobile', 'ihlp-mobile'), created: Date.UTC(2025, 11, 31) },
        'no agreement for "schultz" was valid on 2025-12-31, when the issue was created',
      ],
      [
        'an issue type without obligations',
        { ...issue('fjellheim', 'fjellheim-test'), issueType: 'Problem' },
        'no agreement for "fjellheim" has an obligation for issue type "Problem"',
      ],
    ])('%s', (_, key, reason) => {
      expect(resolve(key)).toEqual({ reason });
    });
  });
});

describe('resolveAgreement precedence', () => {
  const base = example as unknown as Contract;
  const incident = (targets: Record<string, string>) => [
    { goal: 'reaction', issueTypes: ['Incident'], targets },
  ];
  const all: Agreement = {
    id: 'all',
    name: 'Every environment',
    customer: 'schultz',
    product: 'ihlp',
    priorityModel: 'numeric',
    validFrom: '2026-01-01',
    validTo: null,
    obligations: [
      ...incident({ '1': 'PT8H' }),
      { goal: 'resolution', issueTypes: ['Problem'], targets: { '1': 'P5D' } },
    ],
  };
  const prod: Agreement = {
    id: 'prod',
    name: 'Production only',
    customer: 'schultz',
    environments: ['schultz-prod'],
    product: 'ihlp',
    priorityModel: 'numeric',
    validFrom: '2026-02-01',
    validTo: '2027-01-01',
    obligations: incident({ '1': 'PT1H' }),
  };
  const compile = (agreements: Agreement[]) =>
    compileContract({ ...base, agreements } satisfies Contract);

  it.each([
    ['listed first', [prod, all]],
    ['listed last', [all, prod]],
  ])(
    'an agreement that lists the environment wins over one for every environment (%s)',
    (_, agreements) => {
      const small = compile(agreements);
      expect(resolve(issue('schultz', 'schultz-prod'), small).agreement).toBe('prod');
      expect(resolve(issue('schultz', 'schultz-uat'), small).agreement).toBe('all');
      expect(resolve(issue('schultz', 'schultz-test'), small).agreement).toBe('all');
    },
  );

  it('falls back to the agreement for every environment when the listing one does not apply', () => {
    const small = compile([prod, all]);
    const onProd = issue('schultz', 'schultz-prod');
    // Not yet valid.
    expect(resolve({ ...onProd, created: Date.UTC(2026, 0, 15) }, small).agreement).toBe('all');
    // Expired.
    expect(resolve({ ...onProd, created: Date.UTC(2027, 0, 1) }, small).agreement).toBe('all');
    // No obligation for the issue type.
    expect(resolve({ ...onProd, issueType: 'Problem' }, small)).toEqual({
      agreement: 'all',
      goals: ['resolution'],
    });
  });
});
