import type { Contract } from '../contract/types';
import { registerEntries } from './registerEntry';
import type { RelationshipRevision } from './relationshipMeasures';

const agreement = (id: string, customer: string, validFrom: string, validTo: string | null) => ({
  id,
  name: `${id} SLA`,
  customer,
  product: 'p',
  priorityModel: 'm',
  validFrom,
  validTo,
  obligations: [],
});

const CONTRACT = {
  customers: [
    {
      id: 'acme',
      name: 'Acme',
      environments: [
        { id: 'acme-prod', name: 'Production', kind: 'production', product: 'p' },
        { id: 'acme-app', name: 'App', kind: 'production', product: 'q' },
      ],
    },
    { id: 'beta', name: 'Beta', environments: [] },
  ],
  agreements: [
    agreement('acme-2025', 'acme', '2025-01-01', '2026-01-01'),
    agreement('acme-2026', 'acme', '2026-01-01', null),
    agreement('beta-old', 'beta', '2024-01-01', '2025-01-01'),
  ],
} as unknown as Contract;

const NOW = Date.parse('2026-03-02T10:00:00Z');

describe('the register entries', () => {
  it('warn of a customer without an account manager, or without an agreement in force', () => {
    const revision: RelationshipRevision = {
      customerId: 'acme',
      revision: 3,
      savedAt: NOW - 1000,
      savedBy: 'acc-admin',
      relationship: { customerRole: null, orderers: [], accountManager: 'acc-manager' },
    };
    const [acme, beta] = registerEntries(CONTRACT, new Map([['acme', revision]]), NOW);
    expect(acme).toMatchObject({
      revision: 3,
      savedBy: 'acc-admin',
      withoutAccountManager: false,
      withoutWrittenAgreement: false,
    });
    expect(acme!.agreements.map((a) => [a.id, a.inForce, a.environments])).toEqual([
      ['acme-2025', false, ['Production']],
      ['acme-2026', true, ['Production']],
    ]);
    // Beta: never described, its only agreement expired.
    expect(beta).toMatchObject({
      revision: null,
      withoutAccountManager: true,
      withoutWrittenAgreement: true,
      relationship: { customerRole: null, orderers: [], accountManager: null },
    });
  });

  it('is empty before the first contract', () => {
    expect(registerEntries(null, new Map(), NOW)).toEqual([]);
  });
});
