/**
 * A customer's contact with a Jira account whose profile hides their e-mail address, as
 * Atlassian accounts do by default: Jira never shows the app the address, and the app still
 * knows their comments are the customer's, by the account id the contract names them with.
 */
import contract from '../../examples/contract.json';
import type { Contract } from '../../src/domain/contract';
import { demoSimulator, DEMO_USERS, MINUTE } from '../support/simulator';

const JONAS = {
  name: 'Jonas Schultz',
  accountId: '557058:schultz-jonas',
  email: 'jonas.schultz@schultz.example',
  role: 'customer' as const,
};

describe('a customer contact with a hidden e-mail address', () => {
  it('is the customer when they comment: the reaction clock runs on until an agent replies', async () => {
    const { sim, act, reportIncident, property } = await demoSimulator();
    sim.jira.addUser({
      accountId: JONAS.accountId,
      displayName: JONAS.name,
      emailAddress: JONAS.email,
      emailVisibility: 'onlyYou',
    });
    const withJonas = {
      ...contract,
      customers: contract.customers.map((c) =>
        c.id === 'schultz' ? { ...c, contacts: [...c.contacts, JONAS] } : c,
      ),
    } as unknown as Contract;
    const saved = await sim.forge.contracts.save(withJonas, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(sim.now()).toISOString(),
    });
    expect(saved.saved).toBe(true);

    const key = await reportIncident();
    await sim.advanceBy(5 * MINUTE);
    await act.comment(JONAS.accountId, key, 'It still times out for all of us.');
    await sim.advanceBy(5 * MINUTE);
    const reaction = async () => (await property(key)).goals.find((g) => g.goal === 'reaction');
    expect(await reaction()).toMatchObject({ state: 'running' });

    await act.comment(DEMO_USERS.agents[0], key, 'We are on it.');
    await sim.advanceBy(5 * MINUTE);
    expect(await reaction()).toMatchObject({ state: 'met', elapsedMs: 10 * MINUTE });
  });
});
