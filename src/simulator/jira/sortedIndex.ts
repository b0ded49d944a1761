/**
 * A sorted multiset of `(value, id)` entries that stays cheap to change at 100,000 entries:
 * entries live in chunks of at most 2 × 512, each sorted, with the chunks in order and their
 * last entries kept apart for binary search (the layout of Python's `sortedcontainers`).
 * Insert and remove cost a binary search plus a splice in one chunk; a range query costs a
 * binary search plus one step per entry returned.
 */

export type IndexValue = number | string;

interface Entry {
  value: IndexValue;
  id: number;
}

const LOAD = 512;

function compareValues(a: IndexValue, b: IndexValue): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareEntries(a: Entry, b: Entry): number {
  return compareValues(a.value, b.value) || a.id - b.id;
}

/** Bounds of a range query; an absent bound is open. */
export interface IndexRange {
  lower?: IndexValue;
  lowerInclusive?: boolean;
  upper?: IndexValue;
  upperInclusive?: boolean;
}

export class SortedIndex {
  private chunks: Entry[][] = [];
  private maxes: Entry[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  insert(value: IndexValue, id: number): void {
    const entry = { value, id };
    this.count++;
    if (this.chunks.length === 0) {
      this.chunks.push([entry]);
      this.maxes.push(entry);
      return;
    }
    let c = this.firstChunkNotBelow(entry);
    if (c === this.chunks.length) c--;
    const chunk = this.chunks[c] as Entry[];
    chunk.splice(lowerBound(chunk, entry), 0, entry);
    this.maxes[c] = chunk[chunk.length - 1] as Entry;
    if (chunk.length > 2 * LOAD) {
      const tail = chunk.splice(LOAD);
      this.chunks.splice(c + 1, 0, tail);
      this.maxes.splice(c, 1, chunk[chunk.length - 1] as Entry, tail[tail.length - 1] as Entry);
    }
  }

  /** Removes one `(value, id)` entry; false when there was none. */
  remove(value: IndexValue, id: number): boolean {
    const entry = { value, id };
    const c = this.firstChunkNotBelow(entry);
    const chunk = this.chunks[c];
    if (!chunk) return false;
    const at = lowerBound(chunk, entry);
    const found = chunk[at];
    if (!found || compareEntries(found, entry) !== 0) return false;
    chunk.splice(at, 1);
    this.count--;
    if (chunk.length === 0) {
      this.chunks.splice(c, 1);
      this.maxes.splice(c, 1);
    } else {
      this.maxes[c] = chunk[chunk.length - 1] as Entry;
    }
    return true;
  }

  /** The ids of the entries in `range`, in `(value, id)` order. */
  *range(range: IndexRange): Generator<number> {
    let c = 0;
    let at = 0;
    if (range.lower !== undefined) {
      // The first entry not below the bound: (lower, -∞) when inclusive, (lower, +∞) when not.
      const probe = {
        value: range.lower,
        id: range.lowerInclusive === false ? Infinity : -Infinity,
      };
      c = this.firstChunkNotBelow(probe);
      const chunk = this.chunks[c];
      if (!chunk) return;
      at = lowerBound(chunk, probe);
    }
    for (; c < this.chunks.length; c++, at = 0) {
      const chunk = this.chunks[c] as Entry[];
      for (; at < chunk.length; at++) {
        const entry = chunk[at] as Entry;
        if (range.upper !== undefined) {
          const cmp = compareValues(entry.value, range.upper);
          if (cmp > 0 || (cmp === 0 && range.upperInclusive === false)) return;
        }
        yield entry.id;
      }
    }
  }

  /** Index of the first chunk whose last entry is not below `entry` (chunks.length if none). */
  private firstChunkNotBelow(entry: Entry): number {
    let lo = 0;
    let hi = this.maxes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareEntries(this.maxes[mid] as Entry, entry) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function lowerBound(chunk: Entry[], entry: Entry): number {
  let lo = 0;
  let hi = chunk.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareEntries(chunk[mid] as Entry, entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
