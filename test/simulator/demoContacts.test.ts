/**
 * The demo site's customer contacts: each is a portal customer with the time zone of their
 * organisation, so the portal shows them deadlines in their own local time rather than UTC.
 */
import { exampleContract } from '../support/contractVariants';
import { demoSimulator } from '../support/simulator';
import { contactAccountId } from '../../src/simulator/demo/site';

const ZONES: Record<string, string> = {
  schultz: 'Europe/Copenhagen',
  fjellheim: 'Europe/Oslo',
  gota: 'Europe/Stockholm',
};

it('gives every contact of the example contract their customer’s time zone', async () => {
  const { sim } = await demoSimulator();
  const seen: [string, unknown][] = [];
  const expected: [string, string][] = [];
  for (const customer of exampleContract.customers) {
    for (const contact of customer.contacts ?? []) {
      if (!contact.email) continue;
      const accountId = contactAccountId(contact.email);
      const me = await sim.request({ method: 'GET', path: '/rest/api/3/myself', accountId });
      seen.push([accountId, (me.body as { timeZone?: string }).timeZone]);
      expected.push([accountId, ZONES[customer.id]!]);
    }
  }
  expect(expected.length).toBeGreaterThan(0);
  expect(seen).toEqual(expected);
});
