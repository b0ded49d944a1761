import { MemoryStore } from './memoryStore';
import { settingsDocument } from './settingsDocument';

const request = (baseVersion: number | null) => ({
  savedBy: 'admin-1',
  savedAt: '2026-03-02T08:00:00.000Z',
  baseVersion,
});

describe('settingsDocument', () => {
  it('keeps its versions and pointer under its prefix, the keys the app has always used', async () => {
    const store = new MemoryStore();
    const doc = settingsDocument('risk-settings', { level: 1 });
    expect(await doc.load(store)).toEqual({ level: 1 });
    expect(await doc.loadSaved(store)).toBeNull();

    expect(await doc.save(store, { level: 2 }, request(null))).toMatchObject({ saved: true });
    expect(Object.keys(store.content()).sort()).toEqual([
      'risk-settings:pointer',
      'risk-settings:version:000001',
    ]);
    expect(await doc.load(store)).toEqual({ level: 2 });
    expect(await doc.loadSaved(store)).toMatchObject({ version: 1, savedBy: 'admin-1' });
  });

  it('refuses a save from a version older than the newest, and keeps the newest', async () => {
    const store = new MemoryStore();
    const doc = settingsDocument('review-schedule', { month: 1 });
    await doc.save(store, { month: 2 }, request(null));
    expect(await doc.save(store, { month: 3 }, request(null))).toMatchObject({ saved: false });
    expect(await doc.load(store)).toEqual({ month: 2 });
  });

  it('keeps one document apart from another', async () => {
    const store = new MemoryStore();
    await settingsDocument('kpi-catalogue', { a: 0 }).save(store, { a: 1 }, request(null));
    expect(await settingsDocument('quality-settings', { a: 0 }).load(store)).toEqual({ a: 0 });
  });
});
