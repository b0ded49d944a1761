/**
 * The admin page's Survicate intake resolvers: admin-only, the signing secret write-only (set,
 * replaced, cleared; never sent back), the web trigger's URL to give Survicate.
 */
import { qualityIntakeResolvers } from '../../src/resolvers/qualityIntake';
import { survicateSecret } from '../../src/storage/survicateSecret';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

async function site() {
  const env = await demoSimulator();
  const as = (accountId: string) => {
    const ctx = env.sim.forge.resolverContext(accountId);
    const call = (name: string, payload: unknown = {}) =>
      qualityIntakeResolvers[name]!(payload, { accountId }, ctx);
    return {
      status: () => call('survicateSecretStatus'),
      set: (payload: unknown) => call('setSurvicateSecret', payload),
      clear: () => call('clearSurvicateSecret'),
    };
  };
  return { ...env, as };
}

describe('the Survicate intake resolvers', () => {
  it('set, replace and clear the secret, showing only when and by whom it was set', async () => {
    const { sim, as } = await site();
    const admin = as(DEMO_USERS.admin);
    expect(await admin.status()).toEqual({
      ok: true,
      data: { set: false, setAt: null, setBy: null, webTriggerUrl: '/x1/survicate-feedback' },
    });
    const set = await admin.set({ secret: '  first-secret  ' });
    expect(set).toEqual({
      ok: true,
      data: {
        set: true,
        setAt: '2026-03-02T07:00:00.000Z',
        setBy: DEMO_USERS.admin,
        webTriggerUrl: '/x1/survicate-feedback',
      },
    });
    expect(JSON.stringify(set)).not.toContain('first-secret');
    expect(await survicateSecret(sim.forge.store)).toBe('first-secret');
    // Not a plain KVS value: the simulator's file and any query never hold it.
    expect(JSON.stringify(sim.forge.store.content())).not.toContain('first-secret');

    await admin.set({ secret: 'second-secret' });
    expect(await survicateSecret(sim.forge.store)).toBe('second-secret');
    expect(await admin.clear()).toMatchObject({ ok: true, data: { set: false } });
    expect(await survicateSecret(sim.forge.store)).toBeUndefined();
  });

  it('refuse anyone but a Jira administrator, changing nothing', async () => {
    const { sim, as } = await site();
    const lead = as(DEMO_USERS.lead);
    const refused = {
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Only Jira administrators can set up the Survicate feedback intake.',
      },
    };
    expect(await lead.set({ secret: 'mine' })).toEqual(refused);
    expect(await lead.status()).toEqual(refused);
    expect(await lead.clear()).toEqual(refused);
    expect(await survicateSecret(sim.forge.store)).toBeUndefined();
  });

  it('refuse a missing, empty or oversized secret at $.secret, changing nothing', async () => {
    const { sim, as } = await site();
    const admin = as(DEMO_USERS.admin);
    for (const payload of [
      {},
      { secret: '   ' },
      { secret: 42 },
      { secret: 'x'.repeat(1001) },
      [],
    ]) {
      const result = await admin.set(payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(await admin.set({ secret: '' })).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.secret', message: 'must be the signing secret, a non-empty string' }],
      },
    });
    expect(await survicateSecret(sim.forge.store)).toBeUndefined();
  });
});
