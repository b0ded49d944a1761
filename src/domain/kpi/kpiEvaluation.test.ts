import fc from 'fast-check';
import { kpiFindings, meetsTarget, needsAction, worsened } from './kpiEvaluation';

const direction = fc.constantFrom('higher' as const, 'lower' as const);
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('meetsTarget', () => {
  it('is met at the target itself, in either direction', () => {
    fc.assert(fc.property(direction, value, (d, t) => meetsTarget(d, t, t)));
  });

  it('higher is better: above meets, below misses; lower the other way round', () => {
    expect(meetsTarget('higher', 95, 96)).toBe(true);
    expect(meetsTarget('higher', 95, 94.9)).toBe(false);
    expect(meetsTarget('lower', 3, 2)).toBe(true);
    expect(meetsTarget('lower', 3, 4)).toBe(false);
  });

  it('the directions disagree on every value other than the target', () => {
    fc.assert(
      fc.property(value, value, (t, v) => {
        fc.pre(t !== v);
        return meetsTarget('higher', t, v) !== meetsTarget('lower', t, v);
      }),
    );
  });
});

describe('worsened', () => {
  it('an unchanged value is no worsening', () => {
    fc.assert(fc.property(direction, value, (d, v) => !worsened(d, v, v)));
  });

  it('a change worsens exactly one of the two directions', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        fc.pre(a !== b);
        return worsened('higher', a, b) !== worsened('lower', a, b);
      }),
    );
  });
});

describe('kpiFindings', () => {
  it('misses the target with the value and target named', () => {
    expect(kpiFindings('higher', 95, [97, 93])).toEqual({
      missed: { value: 93, target: 95 },
      worsening: null,
    });
  });

  it('a value equal to the target needs no action', () => {
    expect(needsAction(kpiFindings('lower', 5, [5, 5, 5]))).toBe(false);
  });

  it('worsening twice in a row is found even while the target is met', () => {
    expect(kpiFindings('higher', 90, [99, 97, 95])).toEqual({
      missed: null,
      worsening: [99, 97, 95],
    });
    expect(kpiFindings('lower', 10, [1, 2, 3]).worsening).toEqual([1, 2, 3]);
  });

  it('one step the wrong way is no streak; a flat step breaks it', () => {
    expect(kpiFindings('higher', 0, [99, 97, 98]).worsening).toBeNull();
    expect(kpiFindings('higher', 0, [99, 99, 98]).worsening).toBeNull();
  });

  it('a month without a value breaks the streak', () => {
    fc.assert(
      fc.property(direction, value, value, fc.integer({ min: 0, max: 2 }), (d, t, v, gap) => {
        const values: (number | null)[] = [v, v - 1, v - 2];
        values[gap] = null;
        return kpiFindings(d, t, values).worsening === null;
      }),
    );
  });

  it('a month without its own value needs no action', () => {
    fc.assert(
      fc.property(
        direction,
        value,
        fc.array(fc.option(value)),
        (d, t, before) => !needsAction(kpiFindings(d, t, [...before, null])),
      ),
    );
  });

  it('a strictly worsening run of three is always a streak; a strictly improving one never', () => {
    fc.assert(
      fc.property(
        direction,
        value,
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        fc.double({ min: 0.001, max: 1000, noNaN: true }),
        (d, start, s1, s2) => {
          const sign = d === 'higher' ? -1 : 1;
          const worse = [start, start + sign * s1, start + sign * (s1 + s2)];
          const better = [...worse].reverse();
          return (
            kpiFindings(d, 0, worse).worsening !== null &&
            kpiFindings(d, 0, better).worsening === null
          );
        },
      ),
    );
  });

  it('only the last three months count for the streak', () => {
    expect(kpiFindings('higher', 0, [10, 9, 8, 8.5]).worsening).toBeNull();
    expect(kpiFindings('higher', 0, [1, 9, 8, 7]).worsening).toEqual([9, 8, 7]);
  });
});
