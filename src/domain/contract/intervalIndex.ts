/** A half-open interval `[from, to)` with what it belongs to and its order of arrival. */
export interface IndexedInterval<T> {
  readonly from: number;
  readonly to: number;
  readonly item: T;
  readonly position: number;
}

/**
 * Intervals added one by one, answering "does any interval added so far overlap `[from, to)`?"
 * in O(log n) each, so checking n intervals against all earlier ones costs O(n log n) instead of
 * comparing every pair. The starts must be known up front: a Fenwick tree over them keeps, for
 * each prefix of starts, the interval that ends last (the earliest added among equals).
 */
export class IntervalIndex<T> {
  private readonly starts: number[];
  private readonly latestEnd: (IndexedInterval<T> | undefined)[];

  constructor(starts: Iterable<number>) {
    this.starts = [...new Set(starts)].sort((a, b) => a - b);
    this.latestEnd = new Array<IndexedInterval<T> | undefined>(this.starts.length + 1);
  }

  add(interval: IndexedInterval<T>): void {
    for (let i = this.startsBefore(interval.from) + 1; i <= this.starts.length; i += i & -i) {
      if (endsLater(interval, this.latestEnd[i])) this.latestEnd[i] = interval;
    }
  }

  /** An added interval that overlaps `[from, to)`: of those starting before `to`, the one ending last. */
  overlapping(from: number, to: number): IndexedInterval<T> | undefined {
    let best: IndexedInterval<T> | undefined;
    for (let i = this.startsBefore(to); i > 0; i -= i & -i) {
      const candidate = this.latestEnd[i];
      if (candidate && endsLater(candidate, best)) best = candidate;
    }
    return best && best.to > from ? best : undefined;
  }

  /** How many known starts are before `value` (binary search). */
  private startsBefore(value: number): number {
    let low = 0;
    let high = this.starts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.starts[middle]! < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

const endsLater = <T>(a: IndexedInterval<T>, b: IndexedInterval<T> | undefined): boolean =>
  !b || a.to > b.to || (a.to === b.to && a.position < b.position);
