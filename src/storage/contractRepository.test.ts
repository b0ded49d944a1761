import example from '../../examples/contract.json';
import { ContractRepository } from './contractRepository';
import { MAX_VALUE_BYTES } from './kvsRules';
import { MemoryStore } from './memoryStore';
import { contractVersionKey } from './storageKeys';

const ADMIN = 'acc-admin';
const AT = '2026-03-02T07:00:00.000Z';

describe('ContractRepository on a KVS as strict as Forge', () => {
  it('saves the example contract as one KVS value, far below the limit', async () => {
    const store = new MemoryStore();
    const saved = await new ContractRepository(store).save(example, ADMIN, AT);
    expect(saved).toMatchObject({ saved: true, version: { version: 1 } });
    const stored = JSON.stringify(store.content()[contractVersionKey(1)]);
    expect(Buffer.byteLength(stored, 'utf8')).toBeLessThan(MAX_VALUE_BYTES / 10);
  });

  it('refuses a contract too big for one KVS value and keeps the version in force', async () => {
    const contracts = new ContractRepository(new MemoryStore());
    await contracts.save(example, ADMIN, AT);
    const big = structuredClone(example);
    big.customers[0]!.contacts = Array.from({ length: 3000 }, (_, i) => ({
      name: `Contact ${i}`,
      email: `contact${i}@schultz.example`,
      role: 'customer',
    }));
    await expect(contracts.save(big, ADMIN, AT)).rejects.toMatchObject({ code: 'MAX_SIZE' });
    expect((await contracts.latest())?.version).toBe(1);
    expect(await contracts.history()).toHaveLength(1);
  });
});
