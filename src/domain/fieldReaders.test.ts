import { isObjectOf, objectOf, textOf, timeZoneOf } from './fieldReaders';
import type { ValidationError } from './validation';

describe('objectOf', () => {
  it('answers the object, and names each field it does not know by its path', () => {
    const errors: ValidationError[] = [];
    const value = { a: 1, extra: 2, 'odd key': 3 };
    expect(objectOf(errors, value, '$.x', ['a'], 'the settings')).toBe(value);
    expect(errors).toEqual([
      { path: '$.x.extra', message: 'is not a field of the settings' },
      { path: '$.x["odd key"]', message: 'is not a field of the settings' },
    ]);
  });

  it('says "is not a field" when no owner is named', () => {
    const errors: ValidationError[] = [];
    objectOf(errors, { b: 1 }, '$', []);
    expect(errors).toEqual([{ path: '$.b', message: 'is not a field' }]);
  });

  it.each([
    [null, 'null'],
    [[1], 'an array'],
    ['text', 'a string'],
  ])('refuses %j as not an object', (value, type) => {
    const errors: ValidationError[] = [];
    expect(objectOf(errors, value, '$.x', [])).toBeNull();
    expect(isObjectOf([], value, '$.x', [])).toBe(false);
    expect(errors).toEqual([{ path: '$.x', message: `must be an object, not ${type}` }]);
  });
});

describe('timeZoneOf', () => {
  it('answers an IANA zone as it is', () => {
    const errors: ValidationError[] = [];
    expect(timeZoneOf(errors, 'Europe/Copenhagen', '$.timeZone')).toBe('Europe/Copenhagen');
    expect(errors).toEqual([]);
  });

  it.each([['Mars/Olympus'], ['+02:00'], [''], [7]])('refuses %j, reading on with UTC', (value) => {
    const errors: ValidationError[] = [];
    expect(timeZoneOf(errors, value, '$.timeZone')).toBe('UTC');
    expect(errors).toEqual([
      { path: '$.timeZone', message: 'must be an IANA time zone such as Europe/Copenhagen' },
    ]);
  });
});

describe('textOf', () => {
  it('answers the trimmed text', () => {
    const errors: ValidationError[] = [];
    expect(textOf(errors, '  Churn ', '$.name', 10)).toBe('Churn');
    expect(textOf(errors, '', '$.note', 10, { optional: true })).toBe('');
    expect(errors).toEqual([]);
  });

  it('names what is wrong: not text, empty though required, too long', () => {
    const errors: ValidationError[] = [];
    expect(textOf(errors, 5, '$.a', 10)).toBeNull();
    expect(textOf(errors, '   ', '$.b', 10)).toBe('');
    expect(textOf(errors, 'x'.repeat(11), '$.c', 10)).toHaveLength(11);
    expect(errors).toEqual([
      { path: '$.a', message: 'must be text, not a number' },
      { path: '$.b', message: 'is required' },
      { path: '$.c', message: 'must be at most 10 characters' },
    ]);
  });
});
