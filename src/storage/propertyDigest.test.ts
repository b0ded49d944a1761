import { propertyDigest } from './propertyDigest';

describe('propertyDigest', () => {
  it('does not depend on the order of keys, at any depth', () => {
    const written = { nextCheckMs: 1, goals: [{ goal: 'reaction', breached: false }] };
    const readBack = { goals: [{ breached: false, goal: 'reaction' }], nextCheckMs: 1 };
    expect(propertyDigest(readBack)).toBe(propertyDigest(written));
  });

  it('tells any changed, added or removed value apart', () => {
    const written = { nextCheckMs: 1772435700000, nextDeadline: '2026-03-02T07:30:00.000Z' };
    const digest = propertyDigest(written);
    expect(propertyDigest({ ...written, nextCheckMs: 9e15 })).not.toBe(digest);
    expect(propertyDigest({ ...written, nextDeadline: null })).not.toBe(digest);
    expect(propertyDigest({ ...written, extra: 1 })).not.toBe(digest);
    expect(propertyDigest({ nextCheckMs: written.nextCheckMs })).not.toBe(digest);
    expect(propertyDigest(undefined)).not.toBe(digest);
  });

  it('keeps arrays in order: a reordered list is another value', () => {
    expect(propertyDigest([1, 2])).not.toBe(propertyDigest([2, 1]));
  });
});
