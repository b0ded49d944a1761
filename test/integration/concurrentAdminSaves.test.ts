/**
 * Two administrators saving from the same version at the same time, as Forge's storage latency
 * lets two resolver invocations interleave: each reads, then both write. Exactly one save wins;
 * the other is told who saved what and when, and nothing the winner saved is lost. Also: a
 * storage refusal reaches the admin page as a clear error, not as a generic failure.
 */
import { ForgeKvsAPIError } from '@forge/kvs';
import contract from '../../examples/contract.json';
import { appResolvers } from '../../src/handlers';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import { ContractRepository } from '../../src/storage/contractRepository';
import type { BatchKeyValueStore } from '../../src/storage/keyValueStore';
import { loadSettings } from '../../src/storage/settings';
import { gate, PausedWrites } from '../support/pausedWrites';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

const SECOND_ADMIN = 'acc-admin-2';

type Answer =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; error: { code: string; message: string } };

async function site() {
  const { sim } = await demoSimulator();
  sim.jira.addUser({
    accountId: SECOND_ADMIN,
    displayName: 'Bo Admin',
    emailAddress: 'bo@nordicsupport.example',
    groups: ['jira-administrators'],
  });
  /** The admin resolver `name` as `accountId`, on `store` (by default the site's own). */
  const call = (
    accountId: string,
    name: string,
    payload: unknown,
    store: BatchKeyValueStore = sim.forge.store,
  ): Promise<Answer> => {
    const ctx: ResolverContext = {
      ...sim.forge.context(),
      store,
      contracts: new ContractRepository(store),
      jiraAsUser: sim.forge.jiraClient(accountId),
    };
    return appResolvers.adminResolver[name]!(payload, { accountId }, ctx) as Promise<Answer>;
  };
  /** Both saves read, then both write: each through its own paused view of the site's store. */
  const race = async (
    first: [string, string, unknown],
    second: [string, string, unknown],
  ): Promise<[Answer, Answer]> => {
    const writes = gate();
    const views = [first, second].map(() => new PausedWrites(sim.forge.store, writes.opened));
    const answers = [
      call(first[0], first[1], first[2], views[0]),
      call(second[0], second[1], second[2], views[1]),
    ];
    await Promise.all(views.map((view) => view.writing));
    writes.open();
    return [await answers[0]!, await answers[1]!];
  };
  return { sim, call, race };
}

const renamed = (calendarName: string) => {
  const edited = structuredClone(contract);
  edited.calendars[0]!.name = calendarName;
  return edited;
};

describe('concurrent admin saves', () => {
  it('saves one of two contracts edited from the same version, and refuses the other', async () => {
    const { sim, call, race } = await site();
    const [a, b] = await race(
      [DEMO_USERS.admin, 'saveContract', { contract: renamed('Astrid’s name'), baseVersion: 1 }],
      [SECOND_ADMIN, 'saveContract', { contract: renamed('Bo’s name'), baseVersion: 1 }],
    );

    const won = [a, b].filter((answer) => answer.ok);
    expect(won).toEqual([{ ok: true, data: expect.objectContaining({ saved: true, version: 2 }) }]);
    const [winner, loserAnswer, winnerName, loser] = a.ok
      ? [DEMO_USERS.admin, b, 'Astrid’s name', SECOND_ADMIN]
      : [SECOND_ADMIN, a, 'Bo’s name', DEMO_USERS.admin];
    expect(loserAnswer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const { message } = (loserAnswer as { error: { message: string } }).error;
    expect(message).toMatch(new RegExp(`version 2 was saved by ${winner} at .*reload`, 'i'));

    // The winner's edit is in force with its history entry.
    const latest = await sim.forge.contracts.latest();
    expect(latest).toMatchObject({ version: 2, savedBy: winner });
    expect(latest!.contract.calendars[0]!.name).toBe(winnerName);
    expect((await sim.forge.contracts.history()).map((v) => [v.version, v.savedBy])).toEqual([
      [2, winner],
      [1, DEMO_USERS.admin],
    ]);

    // The loser reloads version 2 and saves their edit on top of it: both are in the history.
    const onTop = {
      ...latest!.contract,
      goals: latest!.contract.goals.map((g, i) =>
        i === 0 ? { ...g, name: 'Reaction (loser’s edit)' } : g,
      ),
    };
    expect(await call(loser, 'saveContract', { contract: onTop, baseVersion: 2 })).toMatchObject({
      ok: true,
      data: { saved: true, version: 3 },
    });
    const history = await sim.forge.contracts.history();
    expect(history.map((v) => [v.version, v.savedBy])).toEqual([
      [3, loser],
      [2, winner],
      [1, DEMO_USERS.admin],
    ]);
    const final = (await sim.forge.contracts.latest())!.contract;
    expect([final.calendars[0]!.name, final.goals[0]!.name]).toEqual([
      winnerName,
      'Reaction (loser’s edit)',
    ]);
  });

  it('saves one of two settings edited from the same version, and refuses a stale one', async () => {
    const { sim, call, race } = await site();
    const loaded = await call(DEMO_USERS.admin, 'getSettings', {});
    expect(loaded).toMatchObject({ ok: true, data: { version: 1 } });
    const mapping = (product: string) => ({
      settings: {
        fields: {
          customer: 'customfield_10050',
          environment: 'customfield_10051',
          product,
        },
        timeLeftField: null,
      },
      baseVersion: 1,
    });
    const [a, b] = await race(
      [DEMO_USERS.admin, 'saveSettings', mapping('customfield_10052')],
      [SECOND_ADMIN, 'saveSettings', { ...mapping('customfield_10052'), baseVersion: 1 }],
    );
    expect([a, b].filter((answer) => answer.ok)).toEqual([
      { ok: true, data: expect.objectContaining({ version: 2 }) },
    ]);
    const winner = a.ok ? DEMO_USERS.admin : SECOND_ADMIN;
    const refused = (a.ok ? b : a) as { error: { code: string; message: string } };
    expect(refused.error.code).toBe('conflict');
    expect(refused.error.message).toMatch(
      new RegExp(`version 2 was saved by ${winner} at .*reload`, 'i'),
    );

    // A save from version 1 now, one after the other, is refused just the same.
    expect(
      await call(DEMO_USERS.admin, 'saveSettings', mapping('customfield_10052')),
    ).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await loadSettings(sim.forge.store)).timeLeftField).toBeUndefined();
  });

  it('answers a storage refusal with what the store said, and keeps the version in force', async () => {
    const { sim, call } = await site();
    const throttled = new ForgeKvsAPIError(
      { status: 429, statusText: 'Too Many Requests' },
      { code: 'RATE_LIMIT_EXCEEDED', message: 'Rate limit exceeded' },
    );
    const refusing: BatchKeyValueStore = {
      get: (key) => sim.forge.store.get(key),
      keys: (prefix) => sim.forge.store.keys(prefix),
      set: async () => Promise.reject(throttled),
      claim: async () => Promise.reject(throttled),
      delete: (key) => sim.forge.store.delete(key),
      batchGet: (keys) => sim.forge.store.batchGet(keys),
      batchSet: async () => Promise.reject(throttled),
      batchDelete: (keys) => sim.forge.store.batchDelete(keys),
    };
    const saved = await call(
      DEMO_USERS.admin,
      'saveContract',
      { contract: renamed('Refused'), baseVersion: 1 },
      refusing,
    );
    expect(saved).toMatchObject({ ok: false, error: { code: 'storage' } });
    const { message } = (saved as { error: { message: string } }).error;
    expect(message).toContain('RATE_LIMIT_EXCEEDED');
    expect(message).toMatch(/nothing was saved/i);
    expect((await sim.forge.contracts.latest())?.version).toBe(1);

    const settings = await call(
      DEMO_USERS.admin,
      'saveSettings',
      {
        settings: {
          fields: {
            customer: 'customfield_10050',
            environment: 'customfield_10051',
            product: 'customfield_10052',
          },
        },
        baseVersion: 1,
      },
      refusing,
    );
    expect(settings).toMatchObject({ ok: false, error: { code: 'storage' } });
  });
});
