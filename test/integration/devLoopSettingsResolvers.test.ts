/**
 * The admin page's Development section: Jira administrators only; a save names every wrong
 * field, checks the project, issue type and link type in Jira, and changes nothing when refused.
 */
import { DEFAULT_DEV_LOOP_SETTINGS } from '../../src/domain/devloop/devLoopSettings';
import { appResolvers } from '../../src/handlers';
import { loadDevLoopSettings } from '../../src/storage/devloop/devLoopSettings';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

async function site() {
  const env = await demoSimulator();
  const as = (accountId: string) => {
    const ctx = env.sim.forge.resolverContext(accountId);
    const call = { accountId };
    const admin = appResolvers.adminResolver;
    return {
      get: () => admin.getDevLoopSettings!({}, call, ctx),
      save: (payload: unknown) => admin.saveDevLoopSettings!(payload, call, ctx),
    };
  };
  return { ...env, as };
}

const QM = { ...DEFAULT_DEV_LOOP_SETTINGS, devProjectKey: 'QM', devIssueType: 'Task' };

describe('development settings', () => {
  it('saves valid settings for an admin and loads them', async () => {
    const { as, sim } = await site();
    const admin = as(DEMO_USERS.admin);
    expect(await admin.get()).toMatchObject({
      ok: true,
      data: { settings: DEFAULT_DEV_LOOP_SETTINGS, version: null },
    });
    expect(await admin.save({ settings: QM, baseVersion: null })).toMatchObject({
      ok: true,
      data: { settings: QM, version: 1 },
    });
    expect(await loadDevLoopSettings(sim.forge.store)).toEqual(QM);
    // A save from the old version is refused: another admin saved in between.
    expect(await admin.save({ settings: QM, baseVersion: null })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('refuses agents', async () => {
    const { as } = await site();
    const agent = as(DEMO_USERS.agents[0]);
    expect(await agent.get()).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await agent.save({ settings: QM, baseVersion: null })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('names what Jira does not have, and saves nothing', async () => {
    const { as, sim } = await site();
    const admin = as(DEMO_USERS.admin);
    const noProject = await admin.save({
      settings: { ...QM, devProjectKey: 'NOPE', linkType: 'Fixes' },
      baseVersion: null,
    });
    expect(noProject).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [{ path: '$.settings.devProjectKey' }, { path: '$.settings.linkType' }],
      },
    });
    const noType = await admin.save({
      settings: { ...QM, devIssueType: 'Epic' },
      baseVersion: null,
    });
    expect(noType).toMatchObject({
      ok: false,
      error: {
        errors: [{ path: '$.settings.devIssueType', message: expect.stringContaining('Task') }],
      },
    });
    const badWording = await admin.save({
      settings: { ...QM, wordings: { ...QM.wordings, fixedIn: 'Fixed in {versoin}' } },
      baseVersion: null,
    });
    expect(badWording).toMatchObject({
      ok: false,
      error: { errors: [{ path: '$.settings.wordings.fixedIn' }] },
    });
    expect(await loadDevLoopSettings(sim.forge.store)).toEqual(DEFAULT_DEV_LOOP_SETTINGS);
  });
});
