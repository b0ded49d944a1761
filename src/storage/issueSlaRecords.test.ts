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
});
