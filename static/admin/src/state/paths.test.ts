import {
  canonicalJson,
  fieldId,
  getIn,
  insertIn,
  parseJsonPath,
  removeIn,
  setIn,
  toJsonPath,
} from './paths';

describe('paths', () => {
  it('turns key paths into JSON paths and back', () => {
    const path = ['agreements', 0, 'obligations', 2, 'targets', '1'];
    expect(toJsonPath(path)).toBe('$.agreements[0].obligations[2].targets["1"]');
    expect(parseJsonPath('$.agreements[0].obligations[2].targets["1"]')).toEqual(path);
    expect(toJsonPath([])).toBe('$');
    expect(parseJsonPath('$')).toEqual([]);
    expect(parseJsonPath('$.calendars[0].week.mon[1][0]')).toEqual([
      'calendars',
      0,
      'week',
      'mon',
      1,
      0,
    ]);
    expect(parseJsonPath('calendars')).toBeUndefined();
    expect(parseJsonPath('$.a b')).toBeUndefined();
  });

  it('sets, inserts and removes without touching the original', () => {
    const doc = { calendars: [{ id: 'a', week: { mon: [['08:00', '16:00']] } }] };
    const frozen = JSON.stringify(doc);
    const edited = setIn(doc, ['calendars', 0, 'week', 'mon', 0, 1], '17:00');
    expect(getIn(edited, ['calendars', 0, 'week', 'mon'])).toEqual([['08:00', '17:00']]);
    expect(JSON.stringify(doc)).toBe(frozen);
    expect(edited.calendars[0]).not.toBe(doc.calendars[0]);

    const added = insertIn(doc, ['calendars', 0, 'week', 'tue'], ['09:00', '12:00']);
    expect(getIn(added, ['calendars', 0, 'week', 'tue'])).toEqual([['09:00', '12:00']]);
    const removed = removeIn(doc, ['calendars', 0, 'week', 'mon'], 0);
    expect(getIn(removed, ['calendars', 0, 'week', 'mon'])).toEqual([]);
    const without = setIn(doc, ['calendars', 0, 'week'], undefined);
    expect('week' in without.calendars[0]!).toBe(false);
    expect(JSON.stringify(doc)).toBe(frozen);
  });

  it('compares documents whatever their key order, and makes DOM ids from paths', () => {
    expect(canonicalJson({ a: 1, b: [{ d: 1, c: 2 }] })).toBe(
      canonicalJson({ b: [{ c: 2, d: 1 }], a: 1 }),
    );
    expect(fieldId('$.calendars[0].week.mon[1][0]')).toBe('field-calendars-0-week-mon-1-0');
    expect(fieldId('$.targets["1"]', 'sim')).toBe('sim-targets-1');
  });
});
