import type { Contract } from '../domain/contract';
import { audienceOf, customersShownTo } from './viewerAudience';

const contract = {
  customers: [
    {
      id: 'schultz',
      name: 'Schultz A/S',
      contacts: [
        { name: 'Mette Schultz', accountId: 'cust-mette', role: 'customer' },
        { name: 'Jonas Holm', email: 'jonas.holm@schultz.example', role: 'orderer' },
      ],
      environments: [],
    },
    { id: 'gota', name: 'Göta kommun', environments: [] },
  ],
} as unknown as Contract;

describe('audienceOf', () => {
  it('takes a regular Atlassian account for staff', () => {
    expect(audienceOf({ accountId: 'acc-agent-1', accountType: 'atlassian' }, contract)).toBe(
      'agent',
    );
  });

  it('takes a portal customer, and any account not known to be staff, for a customer', () => {
    for (const accountType of ['customer', 'app', 'unknown', undefined]) {
      expect(audienceOf({ accountId: 'someone', accountType }, contract)).toBe('customer');
    }
  });

  it("takes a contract customer's contact for a customer, by account id or shown e-mail", () => {
    expect(audienceOf({ accountId: 'cust-mette', accountType: 'atlassian' }, contract)).toBe(
      'customer',
    );
    const jonas = {
      accountId: 'acc-jonas',
      accountType: 'atlassian',
      emailAddress: 'Jonas.Holm@schultz.example',
    };
    expect(audienceOf(jonas, contract)).toBe('customer');
    expect(audienceOf({ ...jonas, emailAddress: null }, contract)).toBe('agent');
  });

  it('shows staff every customer, a customer only their own', () => {
    const mette = { accountId: 'cust-mette', accountType: 'customer' };
    expect(customersShownTo(mette, 'customer', contract).map((c) => c.id)).toEqual(['schultz']);
    const stranger = { accountId: 'cust-unknown', accountType: 'customer' };
    expect(customersShownTo(stranger, 'customer', contract)).toEqual([]);
    const agent = { accountId: 'acc-agent-1', accountType: 'atlassian' };
    expect(customersShownTo(agent, 'agent', contract).map((c) => c.id)).toEqual([
      'schultz',
      'gota',
    ]);
  });
});
