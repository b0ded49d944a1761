/** The chunked sorted index against a plain sorted array, through many random changes. */
import { SortedIndex, type IndexRange } from '../../src/simulator/jira/sortedIndex';
import { seededRandom } from '../../src/domain/seededRandom';

function inRange(v: number, range: IndexRange): boolean {
  const lower = range.lower as number | undefined;
  const upper = range.upper as number | undefined;
  const aboveLower =
    lower === undefined || v > lower || (v === lower && range.lowerInclusive !== false);
  const belowUpper =
    upper === undefined || v < upper || (v === upper && range.upperInclusive !== false);
  return aboveLower && belowUpper;
}

function naiveRange(entries: [number, number][], range: IndexRange): number[] {
  return entries
    .filter(([v]) => inRange(v, range))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, id]) => id);
}

it('answers every range as a sorted array does, across chunk splits and removals', () => {
  const next = seededRandom(7);
  const index = new SortedIndex();
  const entries: [number, number][] = [];
  for (let step = 0; step < 6000; step++) {
    if (entries.length > 0 && next() < 0.3) {
      const at = Math.floor(next() * entries.length);
      const [value, id] = entries.splice(at, 1)[0] as [number, number];
      expect(index.remove(value, id)).toBe(true);
    } else {
      const entry: [number, number] = [Math.floor(next() * 500), step];
      entries.push(entry);
      index.insert(...entry);
    }
    if (step % 500 === 0 || step === 5999) {
      const a = Math.floor(next() * 500);
      const b = a + Math.floor(next() * 200);
      for (const range of [
        {},
        { lower: a },
        { upper: b, upperInclusive: false },
        { lower: a, lowerInclusive: false, upper: b },
        { lower: a, upper: a },
        { lower: 1000 },
      ] as IndexRange[]) {
        expect([...index.range(range)]).toEqual(naiveRange(entries, range));
      }
    }
  }
  expect(index.size).toBe(entries.length);
  expect(index.remove(-1, 0)).toBe(false);
});

it('orders strings and finds equal values', () => {
  const index = new SortedIndex();
  for (const [v, id] of [
    ['b', 2],
    ['a', 3],
    ['b', 1],
    ['c', 4],
  ] as [string, number][])
    index.insert(v, id);
  expect([...index.range({ lower: 'b', upper: 'b' })]).toEqual([1, 2]);
  expect([...index.range({ lower: 'a', lowerInclusive: false })]).toEqual([1, 2, 4]);
});
