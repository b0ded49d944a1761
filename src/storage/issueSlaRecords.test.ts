import type { SlmProperty } from '../domain/state/slmProperty';
import { simulatedEntities } from '../simulator/customEntityStore';
import { manifestModules } from '../simulator/manifestModules';
import { MANIFEST_FILE } from '../simulator/simulator';
import { isAppWritten, issueSlaRecord, IssueSlaRecords } from './issueSlaRecords';

const property = (nextCheckMs: number | null) =>
  ({ format: 'slm-issue/1', contractVersion: 3, nextCheckMs, goals: [] }) as unknown as SlmProperty;

const records = () =>
  new IssueSlaRecords(simulatedEntities(manifestModules(MANIFEST_FILE).entities));

describe('issue SLA records', () => {
  it('vouch for the property the app wrote, in any key order, and for nothing else', () => {
    const written = property(1000);
    const record = issueSlaRecord({ id: '10000', key: 'SUP-1' }, written);
    const readBack = JSON.parse(JSON.stringify(written, Object.keys(written).sort())) as unknown;
    expect(isAppWritten(record, readBack)).toBe(true);
    expect(isAppWritten(record, { ...written, nextCheckMs: 9e15 })).toBe(false);
    expect(isAppWritten(record, undefined)).toBe(false);
    expect(isAppWritten(undefined, written)).toBe(false);
  });

  it('list the issues due by now, earliest first, across pages; none without a next check', async () => {
    const store = records();
    for (let n = 0; n < 250; n++) {
      await store.save(issueSlaRecord({ id: String(n), key: `SUP-${n}` }, property(1000 - n)));
    }
    await store.save(issueSlaRecord({ id: 'idle', key: 'SUP-idle' }, property(null)));
    const due: number[] = [];
    for await (const record of store.due(900)) due.push(record.nextCheckMs!);
    expect(due).toEqual([...Array(150).keys()].map((n) => 751 + n));
  });

  it('are read back, replaced and deleted by issue id', async () => {
    const store = records();
    await store.save(issueSlaRecord({ id: '7', key: 'SUP-7' }, property(5)));
    await store.save(issueSlaRecord({ id: '7', key: 'OPS-1' }, property(6)));
    expect(await store.get('7')).toMatchObject({ issueKey: 'OPS-1', nextCheckMs: 6 });
    await store.delete('7');
    expect(await store.get('7')).toBeUndefined();
  });

  it('are read, saved and deleted in batches of 25, a refused one failing alone', async () => {
    const store = records();
    const saved = [...Array(60).keys()].map((n) =>
      issueSlaRecord({ id: String(n), key: `SUP-${n}` }, property(n)),
    );
    const tooBig = issueSlaRecord({ id: 'big', key: 'SUP-big' }, {
      ...property(1),
      reason: 'x'.repeat(250_000),
    } as SlmProperty);
    const failures = await store.saveMany([...saved, tooBig]);
    expect([...failures.keys()]).toEqual(['big']);
    expect(String(failures.get('big'))).toMatch(/MAX_SIZE/);
    const read = await store.getMany(['0', '59', 'big', 'none']);
    expect([...read.keys()].sort()).toEqual(['0', '59']);
    expect(read.get('59')).toEqual(saved[59]);
    await store.deleteMany(saved.map((r) => r.issueId).concat('none'));
    expect((await store.getMany(saved.map((r) => r.issueId))).size).toBe(0);
  });
});
