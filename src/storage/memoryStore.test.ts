import { ForgeKvsAPIError } from '@forge/kvs';
import { MAX_VALUE_BYTES } from './kvsRules';
import { MemoryStore } from './memoryStore';

const refused = (code: string, httpPath: string) =>
  expect.objectContaining({
    code,
    responseDetails: expect.objectContaining({ status: 400, httpPath }),
  });

describe('MemoryStore', () => {
  it('refuses a key Forge refuses, on every operation, with the error @forge/kvs throws', async () => {
    const store = new MemoryStore();
    const bad = 'escalation:1:reaction@2026-03-02T07:00:00.000Z@0.75';
    await expect(store.set(bad, 1)).rejects.toBeInstanceOf(ForgeKvsAPIError);
    await expect(store.set(bad, 1)).rejects.toEqual(refused('INVALID_KEY', '/api/v1/set'));
    await expect(store.claim(bad, 1)).rejects.toEqual(refused('INVALID_KEY', '/api/v1/set'));
    await expect(store.get(bad)).rejects.toEqual(refused('INVALID_KEY', '/api/v1/get'));
    await expect(store.delete(bad)).rejects.toEqual(refused('INVALID_KEY', '/api/v1/delete'));
    await expect(store.set('k', 1)).rejects.toEqual(refused('KEY_TOO_SHORT', '/api/v1/set'));
    await expect(store.set('k'.repeat(501), 1)).rejects.toEqual(
      refused('KEY_TOO_LONG', '/api/v1/set'),
    );
    expect(store.content()).toEqual({});
  });

  it('refuses a value Forge refuses, and writes nothing', async () => {
    const store = new MemoryStore();
    await expect(store.set('big', 'x'.repeat(MAX_VALUE_BYTES))).rejects.toEqual(
      refused('MAX_SIZE', '/api/v1/set'),
    );
    let deep: unknown = 1;
    for (let i = 0; i < 32; i++) deep = { deep };
    await expect(store.claim('deep', deep)).rejects.toEqual(refused('MAX_DEPTH', '/api/v1/set'));
    expect(store.content()).toEqual({});
  });

  it('claims a key once, and checks the claim like any write', async () => {
    const changes: unknown[] = [];
    const store = new MemoryStore({}, (content) => changes.push(content));
    expect(await store.claim('claim:1', { by: 'consumer' })).toBe(true);
    expect(await store.claim('claim:1', { by: 'sweep' })).toBe(false);
    expect(await store.get('claim:1')).toEqual({ by: 'consumer' });
    expect(changes).toEqual([{ 'claim:1': { by: 'consumer' } }]);
  });

  it('copies values in and out, lists keys by prefix and deletes absent keys quietly', async () => {
    const store = new MemoryStore({ 'contract:latest': 1 });
    const value = { list: [1] };
    await store.set('contract:v:000001', value);
    value.list.push(2);
    const read = await store.get<{ list: number[] }>('contract:v:000001');
    read!.list.push(3);
    expect(await store.get('contract:v:000001')).toEqual({ list: [1] });
    expect(await store.keys('contract:v:')).toEqual(['contract:v:000001']);
    await store.delete('never-set');
    expect(await store.get('never-set')).toBeUndefined();
  });

  it('runs batch operations as Forge does: 1 to 25 distinct keys, each failing on its own', async () => {
    const store = new MemoryStore({ 'a:1': 1, 'a:2': 2 });
    expect(await store.batchGet(['a:1', 'a:3', 'a@'])).toEqual({
      successfulKeys: [{ key: 'a:1', value: 1 }],
      failedKeys: [
        { key: 'a:3', error: expect.objectContaining({ code: 'KEY_NOT_FOUND' }) },
        { key: 'a@', error: expect.objectContaining({ code: 'INVALID_KEY' }) },
      ],
    });
    expect(
      await store.batchSet([
        { key: 'a:3', value: 3 },
        { key: 'a:4', value: 'x'.repeat(MAX_VALUE_BYTES) },
      ]),
    ).toEqual({
      successfulKeys: [{ key: 'a:3' }],
      failedKeys: [{ key: 'a:4', error: expect.objectContaining({ code: 'MAX_SIZE' }) }],
    });
    expect(await store.batchDelete(['a:1', 'a:9'])).toEqual({
      successfulKeys: [{ key: 'a:1' }],
      failedKeys: [{ key: 'a:9', error: expect.objectContaining({ code: 'KEY_NOT_FOUND' }) }],
    });
    expect(store.content()).toEqual({ 'a:2': 2, 'a:3': 3 });

    const keys = (n: number) => [...Array(n).keys()].map((i) => `k:${i}`);
    await expect(store.batchGet([])).rejects.toEqual(refused('INVALID_BATCH', '/api/v1/batch/get'));
    await expect(store.batchDelete(keys(26))).rejects.toEqual(
      refused('INVALID_BATCH', '/api/v1/batch/delete'),
    );
    await expect(
      store.batchSet([
        { key: 'k:1', value: 1 },
        { key: 'k:1', value: 2 },
      ]),
    ).rejects.toEqual(refused('INVALID_BATCH', '/api/v1/batch/set'));
    await expect(
      store.batchSet(keys(5).map((key) => ({ key, value: 'x'.repeat(MAX_VALUE_BYTES - 10) }))),
    ).rejects.toEqual(refused('MAX_SIZE', '/api/v1/batch/set'));
    expect(await store.batchGet(keys(25))).toMatchObject({ successfulKeys: [] });
    expect(store.content()).toEqual({ 'a:2': 2, 'a:3': 3 });
  });
});

describe('MemoryStore secrets', () => {
  it('keeps secrets apart from values, under the same key rules', async () => {
    const store = new MemoryStore();
    await store.setSecret('survicate:secret', 'sig-123');
    expect(await store.getSecret('survicate:secret')).toBe('sig-123');
    // A secret is not a value: `get`, `keys` and the content never show it.
    expect(await store.get('survicate:secret')).toBeUndefined();
    expect(await store.keys('survicate')).toEqual([]);
    expect(store.content()).toEqual({});
    await expect(store.setSecret('k', 'x')).rejects.toEqual(
      refused('KEY_TOO_SHORT', '/api/v1/secret/set'),
    );
    await expect(store.getSecret('a@b')).rejects.toEqual(
      refused('INVALID_KEY', '/api/v1/secret/get'),
    );
    await store.deleteSecret('survicate:secret');
    expect(await store.getSecret('survicate:secret')).toBeUndefined();
  });
});
