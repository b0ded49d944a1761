import { countWithin, errorsByPath, rebaseErrors } from './errorsByPath';

describe('errorsByPath', () => {
  it('makes validator paths relative to the draft', () => {
    expect(
      rebaseErrors(
        [
          { path: '$.contract.calendars[0].timeZone', message: 'unknown time zone' },
          { path: '$.contract', message: 'must be an object' },
          { path: '$.baseVersion', message: 'must be a number' },
        ],
        '$.contract',
      ),
    ).toEqual([
      { path: '$.calendars[0].timeZone', message: 'unknown time zone' },
      { path: '$', message: 'must be an object' },
      { path: '$', message: '$.baseVersion: must be a number' },
    ]);
    // `$.contractX` is not inside `$.contract`.
    expect(rebaseErrors([{ path: '$.contractX', message: 'm' }], '$.contract')[0]!.path).toBe('$');
  });

  it('groups messages by path and counts the errors inside a path', () => {
    const errors = [
      { path: '$.calendars[0].week.mon[1]', message: 'overlaps range 0' },
      { path: '$.calendars[0].week.mon[1]', message: 'ends before it starts' },
      { path: '$.calendars[0].week.mon[1]', message: 'overlaps range 0' },
      { path: '$.calendars[10].id', message: 'duplicate id' },
    ];
    expect(errorsByPath(errors).get('$.calendars[0].week.mon[1]')).toEqual([
      'overlaps range 0',
      'ends before it starts',
    ]);
    expect(countWithin(errors, '$.calendars[1]')).toBe(0);
    expect(countWithin(errors, '$.calendars[0]')).toBe(3);
    expect(countWithin(errors, '$.calendars')).toBe(4);
  });
});
