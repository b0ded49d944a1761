/**
 * The portal's create panel choice (`slm-portal-request`) applied when the app first evaluates
 * the new request: checked against the reporter, written in one edit, evaluated with; forged or
 * stale choices logged and ignored.
 */
import { PORTAL_CHOICE_PROPERTY, type PortalChoice } from '../../src/resolvers/portalViews';
import { createPanel } from '../support/portalPanel';
import { DEMO_USERS, demoSimulator } from '../support/simulator';

const METTE = 'cust-mette-schultz'; // a contact of Schultz A/S
const INGRID = 'cust-ingrid-bakke'; // a contact of Fjellheim

async function site() {
  const env = await demoSimulator();
  const { sim } = env;
  const panel = createPanel(sim);
  /**
   * What the create panel submits for `reporter` choosing Schultz's non-production agreement,
   * UAT, priority 1 (with the app's proof that they are Schultz's contact), changed by `over`.
   */
  const choice = async (
    over: Record<string, unknown> = {},
    reporter = METTE,
  ): Promise<PortalChoice> => {
    const view = await panel.view(reporter, {
      agreement: 'schultz-nonprod',
      environment: 'schultz-uat',
      priority: '1',
    });
    return { ...view.choice!, ...over };
  };
  /** Creates a request as `reporter`, as the portal does: with the panel's property. */
  const request = async (
    reporter: string,
    property: unknown,
    fields: Record<string, unknown> = {},
  ): Promise<string> => {
    const created = await sim.call<{ key: string }>({
      method: 'POST',
      path: '/rest/api/3/issue',
      accountId: reporter,
      body: {
        fields: {
          project: { key: 'SUP' },
          issuetype: { name: 'Incident' },
          summary: 'The report page is blank',
          ...fields,
        },
        ...(property !== undefined && {
          properties: [{ key: PORTAL_CHOICE_PROPERTY, value: property }],
        }),
      },
    });
    return created.key;
  };
  const fields = async (key: string) => {
    const issue = await sim.call<{ fields: Record<string, { value?: string; name?: string }> }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      accountId: null,
    });
    return {
      customer: issue.fields.customfield_10050?.value ?? null,
      environment: issue.fields.customfield_10051?.value ?? null,
      priority: issue.fields.priority?.name ?? null,
    };
  };
  /** The app's requests to Jira from here on, as `METHOD path`, after everything settled. */
  const appRequests = async (run: () => Promise<unknown>) => {
    const from = sim.jira.requestLog.length;
    await run();
    await sim.forge.settle();
    return sim.jira.requestLog.slice(from).map((r) => `${r.method} ${r.path}`);
  };
  const logged = (message: string) =>
    sim.forge.log.filter((entry) => entry.message.startsWith(message));
  return { ...env, choice, request, fields, appRequests, logged };
}

describe('applying the portal choice', () => {
  it('writes customer, environment and priority in one edit and evaluates with them', async () => {
    const { choice, request, fields, appRequests, property } = await site();
    const chosen = await choice();
    let key = '';
    const requests = await appRequests(async () => {
      key = await request(METTE, chosen);
    });
    expect(await fields(key)).toEqual({
      customer: 'Schultz A/S',
      environment: 'UAT',
      priority: 'Highest',
    });
    expect(requests.filter((r) => r === `PUT /rest/api/3/issue/${key}`)).toHaveLength(1);
    const slm = await property(key);
    expect(slm).toMatchObject({ agreement: 'schultz-nonprod' });
  });

  it('applies a choice JSM stores after the created event, on the property-set event', async () => {
    const { choice, request, fields, property, sim } = await site();
    const chosen = await choice();
    // Created (and evaluated) without the property: nothing to apply yet.
    const key = await request(METTE, undefined);
    await sim.forge.settle();
    expect(await fields(key)).toMatchObject({ customer: null });
    // Then the portal stores the panel's field as the issue property. Jira refuses a customer
    // the property write (no edit permission), so here someone who may edit the request does.
    await sim.call({
      method: 'PUT',
      path: `/rest/api/3/issue/${key}/properties/${PORTAL_CHOICE_PROPERTY}`,
      accountId: DEMO_USERS.agents[0],
      body: chosen,
    });
    await sim.forge.settle();
    expect(await fields(key)).toEqual({
      customer: 'Schultz A/S',
      environment: 'UAT',
      priority: 'Highest',
    });
    expect(await property(key)).toMatchObject({ agreement: 'schultz-nonprod' });
  });

  it('costs no extra request for an issue without a choice', async () => {
    const { choice, request, appRequests } = await site();
    const chosen = await choice();
    const without = await appRequests(() =>
      request(METTE, undefined, {
        customfield_10050: { value: 'Schultz A/S' },
        customfield_10051: { value: 'UAT' },
        priority: { name: 'Highest' },
      }),
    );
    const withChoice = await appRequests(() => request(METTE, chosen));
    const edits = (list: string[]) =>
      list.filter((r) => /^PUT \/rest\/api\/3\/issue\/[A-Z]+-\d+$/.test(r));
    expect(edits(without)).toEqual([]);
    expect(edits(withChoice)).toHaveLength(1);
    // The same requests otherwise: the choice came with the issue's own read.
    expect(withChoice.length - without.length).toBe(1);
  });

  it('ignores and logs a forged choice: customer B chosen by a contact of A', async () => {
    const { choice, request, fields, appRequests, logged } = await site();
    // Mette's own choice, with her proof, turned to Fjellheim's agreement.
    const forged = await choice({
      customer: 'fjellheim',
      agreement: 'fjellheim-prod',
      environment: 'fjellheim-prod',
      priority: '1',
    });
    let key = '';
    const requests = await appRequests(async () => {
      key = await request(METTE, forged);
    });
    expect(await fields(key)).toMatchObject({ customer: null, environment: null });
    expect(requests).not.toContain(`PUT /rest/api/3/issue/${key}`);
    expect(logged('portal choice ignored')).toEqual([
      expect.objectContaining({
        details: expect.objectContaining({
          issue: key,
          reporter: METTE,
          errors: [expect.objectContaining({ path: '$.customer' })],
        }),
      }),
    ]);
  });

  it('ignores a choice outside the options, or without a proof that fits the reporter', async () => {
    const { choice, request, fields, logged, sim } = await site();
    const mettes = await choice();
    const { proof: _proof, ...unproven } = mettes;
    const keys = [
      await request(INGRID, mettes), // Mette's choice and proof, submitted by Ingrid
      await request(METTE, unproven), // Jira hides Mette's address from the app
      await request(METTE, { ...mettes, proof: 'f'.repeat(64) }),
      await request(METTE, { ...mettes, agreement: 'schultz-prod-silver-2024' }), // ended 2025
      await request(METTE, { ...mettes, environment: 'schultz-prod' }), // not nonprod's
      await request(METTE, { ...mettes, priority: 'red' }), // not in the numeric model
      await request(METTE, 'not a choice'),
    ];
    await sim.forge.settle();
    for (const key of keys) expect(await fields(key)).toMatchObject({ customer: null });
    const ignored = logged('portal choice ignored').map((e) => [
      e.details?.issue,
      (e.details?.errors as { path: string }[]).map((error) => error.path),
    ]);
    expect(ignored).toEqual([
      [keys[0], ['$.customer']],
      [keys[1], ['$.customer']],
      [keys[2], ['$.customer']],
      [keys[3], ['$.agreement']],
      [keys[4], ['$.environment']],
      [keys[5], ['$.priority']],
      [keys[6], ['$']],
    ]);
  });

  it('never overwrites a customer already set', async () => {
    const { choice, request, fields, sim, logged } = await site();
    const key = await request(METTE, await choice(), {
      customfield_10050: { value: 'Schultz A/S' },
      customfield_10051: { value: 'Production' },
    });
    await sim.forge.settle();
    expect(await fields(key)).toMatchObject({ customer: 'Schultz A/S', environment: 'Production' });
    expect(logged('portal choice')).toEqual([]);
  });
});
