import { contractChanges } from './contractChanges';
import { nextContractVersion } from './contractVersion';
import { EMPTY_CONTRACT as EMPTY } from './emptyContract';
import type { Contract } from './types';

const withCalendars = (...calendars: Contract['calendars']): Contract => ({ ...EMPTY, calendars });
const cph = { id: 'cph', timeZone: 'Europe/Copenhagen', week: 'always' as const };
const osl = { id: 'osl', timeZone: 'Europe/Oslo', week: 'always' as const };

describe('contractChanges', () => {
  it('lists everything as added when there was nothing before', () => {
    expect(contractChanges(null, withCalendars(cph))).toEqual([
      { part: 'calendars', added: ['cph'], removed: [], changed: [] },
    ]);
  });

  it('finds added, removed and changed items by id', () => {
    const before = withCalendars(cph, osl);
    const after = withCalendars({ ...cph, timeZone: 'Europe/Berlin' }, { ...osl, id: 'sto' });
    expect(contractChanges(before, after)).toEqual([
      { part: 'calendars', added: ['sto'], removed: ['osl'], changed: ['cph'] },
    ]);
  });

  it('does not count a different key order as a change', () => {
    const reordered = { week: 'always' as const, timeZone: 'Europe/Copenhagen', id: 'cph' };
    expect(contractChanges(withCalendars(cph), withCalendars(reordered))).toEqual([]);
  });
});

describe('nextContractVersion', () => {
  it('starts at version 1 and counts up with each change', () => {
    const v1 = nextContractVersion(null, withCalendars(cph), 'admin-1', '2026-11-01T10:00:00Z')!;
    expect(v1).toMatchObject({ version: 1, savedBy: 'admin-1' });
    const v2 = nextContractVersion(v1, withCalendars(cph, osl), 'admin-2', '2026-11-02T10:00:00Z')!;
    expect(v2.version).toBe(2);
    expect(v2.changes).toEqual([{ part: 'calendars', added: ['osl'], removed: [], changed: [] }]);
  });

  it('does not create a version for a save that changes nothing', () => {
    const v1 = nextContractVersion(null, withCalendars(cph), 'admin-1', '2026-11-01T10:00:00Z')!;
    expect(nextContractVersion(v1, withCalendars({ ...cph }), 'admin-1', 'later')).toBeNull();
  });
});
