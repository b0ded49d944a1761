import example from '../../examples/contract.json';
import type { Contract } from '../domain/contract';
import * as validation from '../domain/contract/validateContract';
import { gate, PausedWrites } from '../../test/support/pausedWrites';
import { ContractRepository, type SaveResult } from './contractRepository';
import type { KeyValueStore } from './keyValueStore';
import { MAX_VALUE_BYTES, refusal, valueBytes } from './kvsRules';
import { MemoryStore } from './memoryStore';
import { contractVersionKey } from './storageKeys';

const ADMIN = 'acc-admin';
const OTHER = 'acc-admin-2';
const AT = '2026-03-02T07:00:00.000Z';
const LATER = '2026-03-02T07:05:00.000Z';
const by = (savedBy: string, savedAt = AT) => ({ savedBy, savedAt });

/** The example plus `count` customers, each with a production environment and an agreement. */
function contractWithCustomers(count: number): Contract {
  const contract = structuredClone(example) as unknown as Contract & {
    customers: unknown[];
    agreements: unknown[];
  };
  const gold = example.agreements.find((a) => a.id === 'schultz-prod-gold')!;
  for (let i = 0; i < count; i++) {
    const id = `customer-${i}`;
    contract.customers.push({
      id,
      name: `Customer ${i} A/S`,
      environments: [
        {
          id: `${id}-prod`,
          name: 'Production',
          kind: 'production',
          product: 'ihlp',
          version: '5.2.1',
        },
      ],
    });
    contract.agreements.push({
      ...structuredClone(gold),
      id: `${id}-gold`,
      name: `Customer ${i} production gold`,
      customer: id,
      environments: [`${id}-prod`],
    });
  }
  return contract;
}

describe('ContractRepository on a KVS as strict as Forge', () => {
  it('keeps each version head small, and every stored value within the limit', async () => {
    const store = new MemoryStore();
    const saved = await new ContractRepository(store).save(example, by(ADMIN));
    expect(saved).toMatchObject({ saved: true, version: { version: 1 } });
    expect(valueBytes(store.content()[contractVersionKey(1)])).toBeLessThan(1024);
  });

  it('saves and loads back a contract far over one KVS value (600 agreements)', async () => {
    const store = new MemoryStore();
    const contracts = new ContractRepository(store);
    await contracts.save(example, by(ADMIN));
    const big = contractWithCustomers(600);
    expect(valueBytes(big)).toBeGreaterThan(MAX_VALUE_BYTES);

    const saved = await contracts.save(big, by(ADMIN, LATER));
    expect(saved).toMatchObject({ saved: true, version: { version: 2 } });
    for (const value of Object.values(store.content())) {
      expect(valueBytes(value)).toBeLessThanOrEqual(MAX_VALUE_BYTES);
    }
    // Read back by another instance, as another invocation would.
    const reader = new ContractRepository(store);
    expect((await reader.latest())?.contract).toEqual(big);
    expect((await reader.version(1))?.contract).toEqual(example);
    expect((await reader.model())?.agreements).toHaveLength(big.agreements.length);
    expect((await reader.history()).map((v) => [v.version, v.changes.length])).toEqual([
      [2, 2],
      [1, 7],
    ]);
  });

  it('gives the next version to one of two saves from the same version', async () => {
    const store = new MemoryStore();
    await new ContractRepository(store).save(example, by(ADMIN));
    const writes = gate();
    const views = [new PausedWrites(store, writes.opened), new PausedWrites(store, writes.opened)];
    const edits = ['Copenhagen (A)', 'Copenhagen (B)'].map((name) => {
      const edit = structuredClone(example);
      edit.calendars[0]!.name = name;
      return edit;
    });
    const saves = [
      new ContractRepository(views[0]!).save(edits[0], { ...by(ADMIN, LATER), baseVersion: 1 }),
      new ContractRepository(views[1]!).save(edits[1], { ...by(OTHER, LATER), baseVersion: 1 }),
    ];
    await Promise.all(views.map((view) => view.writing));
    writes.open();
    const [a, b] = (await Promise.all(saves)) as [SaveResult, SaveResult];

    expect([a, b].filter((result) => result.saved)).toHaveLength(1);
    const [winner, edit] = a.saved ? [ADMIN, edits[0]] : [OTHER, edits[1]];
    expect(a.saved ? b : a).toEqual({
      saved: false,
      conflict: { base: 1, inForce: { version: 2, savedBy: winner, savedAt: LATER } },
    });
    const contracts = new ContractRepository(store);
    expect((await contracts.latest())?.contract).toEqual(edit);
    expect((await contracts.history()).map((v) => v.savedBy)).toEqual([winner, ADMIN]);
    // The loser's chunks are gone: only the versions' own keys are left.
    expect(Object.keys(store.content()).filter((key) => key.includes(':chunk:'))).toHaveLength(4);
  });

  it('refuses a save from an older version, naming the version in the way', async () => {
    const contracts = new ContractRepository(new MemoryStore());
    await contracts.save(example, by(ADMIN));
    const renamed = structuredClone(example);
    renamed.goals[0]!.name = 'First reply';
    await contracts.save(renamed, { ...by(OTHER, LATER), baseVersion: 1 });
    expect(await contracts.save(example, { ...by(ADMIN, LATER), baseVersion: 1 })).toEqual({
      saved: false,
      conflict: { base: 1, inForce: { version: 2, savedBy: OTHER, savedAt: LATER } },
    });
    expect(await contracts.save(example, { ...by(ADMIN, LATER), baseVersion: null })).toMatchObject(
      { saved: false, conflict: { base: null, inForce: { version: 2 } } },
    );
  });

  it('validates a contract once, when it is saved, and never when it is loaded', async () => {
    const validate = jest.spyOn(validation, 'validateContract');
    try {
      const store = new MemoryStore();
      await new ContractRepository(store).save(example, by(ADMIN));
      expect(validate).toHaveBeenCalledTimes(1);
      const model = await new ContractRepository(store).model();
      expect(model).toMatchObject({ version: 1, agreements: { length: 9 } });
      expect(validate).toHaveBeenCalledTimes(1);
    } finally {
      validate.mockRestore();
    }
  });

  it('says what is wrong with a stored version it cannot compile, instead of compiling garbage', async () => {
    const store = new MemoryStore();
    const contracts = new ContractRepository(store);
    const saved = await contracts.save(example, by(ADMIN));
    if (!saved.saved) throw new Error('not saved');
    // Someone with access to the storage edits the stored contract's only chunk.
    const chunk = Object.keys(store.content()).find((key) => key.includes(':contract:'))!;
    const text = (await store.get<string>(chunk))!;
    await store.set(chunk, text.replace('"priorityModel":"numeric"', '"priorityModel":"gone"'));
    await expect(new ContractRepository(store).model()).rejects.toMatchObject({
      name: 'InvalidContractError',
      errors: [{ path: '$.agreements[0].priorityModel', message: 'unknown priority model "gone"' }],
    });
  });

  it('leaves no version and no chunks behind when the store refuses a write midway', async () => {
    const store = new MemoryStore();
    await new ContractRepository(store).save(example, by(ADMIN));
    const before = store.content();
    let writes = 0;
    const flaky: KeyValueStore = {
      get: (key) => store.get(key),
      keys: (prefix) => store.keys(prefix),
      delete: (key) => store.delete(key),
      claim: (key, value) => store.claim(key, value),
      async set(key, value) {
        // The second chunk is refused.
        if (++writes === 2) throw refusal('/api/v1/set', { code: 'MAX_SIZE', message: 'too big' });
        return store.set(key, value);
      },
    };
    const big = contractWithCustomers(600);
    await expect(new ContractRepository(flaky).save(big, by(ADMIN, LATER))).rejects.toMatchObject({
      code: 'MAX_SIZE',
    });
    expect(store.content()).toEqual(before);
  });
});
