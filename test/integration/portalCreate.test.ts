/**
 * The portal's request create property panel (`getPortalCreateOptions`) on the simulated demo
 * site: what each kind of viewer is offered, the defaults, the promises in words, and the
 * refusals, with the Jira requests it costs counted.
 */
import example from '../../examples/contract.json';
import type { Contract } from '../../src/domain/contract/types';
import { portalChoiceProof } from '../../src/services/portal/portalChoiceProof';
import { portalChoiceKey } from '../../src/storage/portalChoiceKey';
import { NOT_A_CONTACT_NOTICE } from '../../src/resolvers/portalCreate';
import { PORTAL_CHOICE_FORMAT } from '../../src/resolvers/portalViews';
import {
  createPanel,
  INCIDENT_REQUEST_TYPE as INCIDENT,
  PROBLEM_REQUEST_TYPE as PROBLEM,
} from '../support/portalPanel';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

const METTE = 'cust-mette-schultz'; // a contact of Schultz A/S
const INGRID = 'cust-ingrid-bakke'; // a contact of Fjellheim

async function site() {
  const env = await demoSimulator();
  const panel = createPanel(env.sim);
  let requests: string[] = [];
  const open = async (...args: Parameters<typeof panel.open>) => {
    const answer = await panel.open(...args);
    requests = answer.requests;
    return answer.answer;
  };
  const data = async (...args: Parameters<typeof panel.open>) => {
    const answer = await open(...args);
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    return answer.data;
  };
  return { ...env, open, data, requests: () => requests };
}

describe('getPortalCreateOptions', () => {
  it('offers a contact of Schultz only Schultz’s agreements, with the defaults and promises', async () => {
    const { sim, data, requests } = await site();
    const view = await data(METTE);
    expect(view.customer).toEqual({ id: 'schultz', name: 'Schultz A/S' });
    expect(view.requestType).toEqual({
      id: INCIDENT,
      name: 'Report an incident',
      issueType: 'Incident',
    });
    expect(view.agreements.map((a) => [a.id, a.environments.map((e) => e.id)])).toEqual([
      ['schultz-prod-gold', ['schultz-prod']],
      ['schultz-nonprod', ['schultz-uat', 'schultz-test']],
      ['schultz-mobile', ['schultz-mobile']],
    ]);
    expect(view.agreements[0]!.priorities.map((p) => p.id)).toEqual(['1', '2', '3', '4', '5']);
    // The least urgent priority by default: urgency is the customer's to raise on purpose.
    expect(view.choice).toEqual({
      format: PORTAL_CHOICE_FORMAT,
      customer: 'schultz',
      agreement: 'schultz-prod-gold',
      environment: 'schultz-prod',
      priority: '5',
      // The app's proof that Mette is Schultz's contact, checked when the choice is applied.
      proof: portalChoiceProof(await portalChoiceKey(sim.forge.store), METTE, 'schultz'),
    });
    expect(view.obligations).toEqual([
      {
        goal: 'reaction',
        text:
          'We respond within 8 business hours, Mon–Fri 07:00–20:00, Sat 09:00–13:00 ' +
          'Copenhagen time, except public holidays.',
      },
      {
        goal: 'resolution',
        text:
          'We resolve your request within 120 business hours, Mon 08:00–16:00, Tue 08:00–12:00 ' +
          'and 12:30–16:00, Wed 08:00–16:00, Thu 08:00–12:00 and 12:30–16:00, Fri 08:00–15:00 ' +
          'Copenhagen time, except public holidays.',
      },
    ]);
    expect(view.notice).toBeUndefined();
    // What it costs: who the viewer is, the portal's request types (one page), the issue type.
    expect(requests()).toEqual([
      'GET /rest/api/3/myself',
      'GET /rest/servicedeskapi/requesttype',
      expect.stringMatching(/^GET \/rest\/api\/3\/issuetype\/\d+$/),
    ]);
  });

  it('says the promises of the chosen agreement, environment and priority', async () => {
    const { data } = await site();
    const view = await data(METTE, { agreement: 'schultz-prod-gold', priority: '1' });
    expect(view.choice).toMatchObject({ agreement: 'schultz-prod-gold', priority: '1' });
    expect(view.obligations.map((o) => o.goal)).toEqual([
      'reaction',
      'critical-resolution',
      'status-update',
    ]);
    expect(view.obligations[1]!.text).toBe(
      'We resolve your request within 4 hours, around the clock.',
    );
    expect(view.obligations[2]!.text).toMatch(/^We update you at least every 1 business hour,/);
    const nonprod = await data(METTE, {
      agreement: 'schultz-nonprod',
      environment: 'schultz-test',
    });
    expect(nonprod.choice).toMatchObject({ environment: 'schultz-test', priority: '5' });
  });

  it('never shows an internal goal', async () => {
    const { data } = await site();
    for (const priority of ['1', '2', '3', '4', '5']) {
      const view = await data(METTE, { agreement: 'schultz-prod-gold', priority });
      expect(view.obligations.map((o) => o.goal)).not.toContain('second-line-pickup');
      expect(JSON.stringify(view)).not.toMatch(/2nd line|second-line/i);
    }
  });

  it('offers a contact of Fjellheim only Fjellheim’s agreements, never Schultz’s', async () => {
    const { data, open } = await site();
    const view = await data(INGRID);
    expect(view.customer).toEqual({ id: 'fjellheim', name: 'Fjellheim Drift AS' });
    expect(view.agreements.map((a) => a.id)).toEqual(['fjellheim-prod', 'fjellheim-standard']);
    expect(JSON.stringify(view)).not.toMatch(/schultz/i);
    // Naming Schultz's agreement is refused, not shown.
    expect(await open(INGRID, { agreement: 'schultz-prod-gold' })).toMatchObject({
      ok: false,
      error: { code: 'invalid', errors: [{ path: '$.agreement' }] },
    });
  });

  it('tells staff and other non-contacts that nothing is promised, asking Jira nothing more', async () => {
    const { data, requests } = await site();
    const view = await data(DEMO_USERS.agents[0], {}, { accountType: 'licensed' });
    expect(view).toEqual({
      customer: null,
      requestType: null,
      agreements: [],
      choice: null,
      obligations: [],
      notice: NOT_A_CONTACT_NOTICE,
    });
    expect(requests()).toEqual(['GET /rest/api/3/myself']);
  });

  it('refuses anonymous visitors', async () => {
    const { open, requests } = await site();
    expect(await open('', {}, { accountType: 'anonymous' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(requests()).toEqual([]);
  });

  it('says so when no agreement covers the request type', async () => {
    const { sim, data } = await site();
    // Fjellheim's agreements without their Problem obligations.
    const base = example as unknown as Contract;
    const contract: Contract = {
      ...base,
      agreements: base.agreements.map((agreement) =>
        agreement.customer !== 'fjellheim'
          ? agreement
          : {
              ...agreement,
              obligations: agreement.obligations
                .map((o) => ({ ...o, issueTypes: o.issueTypes.filter((t) => t !== 'Problem') }))
                .filter((o) => o.issueTypes.length > 0),
            },
      ),
    };
    const saved = await sim.forge.contracts.save(contract, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(sim.now()).toISOString(),
    });
    expect(saved.saved).toBe(true);
    const view = await data(INGRID, {}, { requestTypeId: PROBLEM });
    expect(view).toMatchObject({
      customer: null,
      requestType: { id: PROBLEM, issueType: 'Problem' },
      agreements: [],
      choice: null,
      obligations: [],
      notice: expect.stringContaining('"Report a recurring problem"'),
    });
  });

  it('refuses a request type that is not on the portal', async () => {
    const { open } = await site();
    expect(await open(METTE, {}, { requestTypeId: 99 })).toMatchObject({
      ok: false,
      error: { code: 'notFound' },
    });
  });

  it('names every bad part of the payload', async () => {
    const { open } = await site();
    expect(await open(METTE, 'gold')).toMatchObject({
      ok: false,
      error: { code: 'invalid', errors: [{ path: '$' }] },
    });
    expect(await open(METTE, { agreement: 7, priority: '' })).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.agreement' }, { path: '$.priority' }] },
    });
    expect(
      await open(METTE, {
        agreement: 'schultz-nonprod',
        environment: 'schultz-prod',
        priority: 'red',
      }),
    ).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.environment' }, { path: '$.priority' }] },
    });
  });
});
