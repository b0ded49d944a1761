import type { KeyValueStore } from './keyValueStore';
import { MemoryStore } from './memoryStore';
import { VersionChain, type VersionStamp } from './versionChain';

const key = (version: number) => `record:v:${version}`;
const POINTER = 'record:pointer';
const stamp = (version: number, savedBy = 'acc-admin'): VersionStamp => ({
  version,
  savedBy,
  savedAt: '2026-03-02T07:00:00.000Z',
});

describe('VersionChain', () => {
  it('finds the newest version even when the pointer was left behind', async () => {
    const store = new MemoryStore();
    const chain = new VersionChain<VersionStamp>(store, key, POINTER);
    expect(await chain.latest()).toBeNull();
    expect(await chain.append(stamp(1))).toBeNull();
    expect(await chain.append(stamp(2))).toBeNull();
    expect(await chain.append(stamp(3))).toBeNull();
    // A save that stopped after its claim, or pointer writes that landed out of order.
    await store.set(POINTER, stamp(1));
    expect(await chain.latest()).toEqual(stamp(3));
    await store.delete(POINTER);
    expect(await chain.latest()).toEqual(stamp(3));
  });

  it('gives a number once, and tells the later save who took it', async () => {
    const chain = new VersionChain<VersionStamp>(new MemoryStore(), key, POINTER);
    await chain.append(stamp(1));
    expect(await chain.append(stamp(2, 'acc-a'))).toBeNull();
    expect(await chain.append(stamp(2, 'acc-b'))).toEqual({ base: 1, inForce: stamp(2, 'acc-a') });
    expect(await chain.latest()).toEqual(stamp(2, 'acc-a'));
  });

  it('counts a version as saved once claimed, even if the pointer cannot be moved', async () => {
    const store = new MemoryStore();
    const pointerRefused: KeyValueStore = {
      get: (k) => store.get(k),
      keys: (prefix) => store.keys(prefix),
      claim: (k, value) => store.claim(k, value),
      delete: (k) => store.delete(k),
      set: async () => Promise.reject(new Error('storage unavailable')),
    };
    const chain = new VersionChain<VersionStamp>(pointerRefused, key, POINTER);
    expect(await chain.append(stamp(1))).toBeNull();
    expect(await chain.latest()).toEqual(stamp(1));
  });
});
