import type {
  CustomerRelationshipView,
  RelationshipRegisterView,
} from '../../src/resolvers/relationshipViews';
import type { ResolverResult } from '../../src/resolvers/views';
import { appResolvers } from '../../src/handlers';
import { readRelationshipMeasures } from '../../src/services/relationships/relationshipMeasures';
import { setUpQualityDemo } from '../../src/simulator/demo/qualitySettings';
import { setUpRelationshipsDemo } from '../../src/simulator/demo/relationships';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

describe('the relationship register demo', () => {
  it('describes most customers, warns of one without an account manager, and records two complaints', async () => {
    const { sim } = await demoSimulator(Date.parse('2026-12-10T09:00:00Z'));
    await setUpQualityDemo(sim);
    await setUpRelationshipsDemo(sim);
    await setUpRelationshipsDemo(sim); // a second start adds nothing
    const register = (await appResolvers.workListResolver.getRelationshipRegister!(
      {},
      { accountId: DEMO_USERS.lead },
      sim.forge.resolverContext(DEMO_USERS.lead),
    )) as ResolverResult<RelationshipRegisterView>;
    if (!register.ok) throw new Error(JSON.stringify(register.error));
    expect(
      register.data.entries.map((e) => [e.customerId, e.revision, e.withoutAccountManager]),
    ).toEqual([
      ['fjellheim', 1, true],
      ['gota', 1, false],
      ['schultz', 2, false],
    ]);
    const complaints = await sim.forge.sql.db
      .selectFrom('feedback')
      .select(['customer', 'flagged'])
      .where('source', '=', 'complaint')
      .orderBy('customer')
      .execute();
    expect(complaints).toEqual([
      { customer: 'gota', flagged: 1 },
      { customer: 'schultz', flagged: 1 },
    ]);
    const detail = (await appResolvers.workListResolver.getCustomerRelationship!(
      { customerId: 'schultz' },
      { accountId: DEMO_USERS.lead },
      sim.forge.resolverContext(DEMO_USERS.lead),
    )) as ResolverResult<CustomerRelationshipView>;
    if (!detail.ok) throw new Error(JSON.stringify(detail.error));
    expect(detail.data.meetings).toHaveLength(1);
    expect(
      detail.data.meetings[0]!.actions.map((a) => [a.summary, a.status?.status, a.status?.done]),
    ).toEqual([
      ['Correct the invoice address', 'Resolved', true],
      ['Send the mobile app release plan', 'Open', false],
    ]);
    expect(
      await sim.forge.sql.db.selectFrom('customer_meetings').selectAll().execute(),
    ).toHaveLength(2);
    const [december] = await readRelationshipMeasures(sim.forge.context(), {
      from: '2026-12',
      to: '2026-12',
      timeZone: 'Europe/Copenhagen',
    });
    expect(december).toMatchObject({
      customers: 3,
      customersWithNamedContact: 2 / 3,
      orderersWithNamedContact: 2 / 4,
      customersWithWrittenAgreement: 1,
      complaints: 2,
    });
  });
});
