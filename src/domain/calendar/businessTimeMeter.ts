import type { BusinessCalendar } from './businessCalendar';
import { businessTimeBetween } from './businessTimeBetween';
import type { Timeline } from './timeline';
import { openTimeBefore } from './timelineSearch';

/**
 * Measures consecutive spans of business time, `[t0, t1)`, `[t1, t2)`, …, with the same result
 * as `businessTimeBetween` for each but one timeline search per span instead of two: the open
 * time before the end of one span is the open time before the start of the next.
 */
export class BusinessTimeMeter {
  private from = 0;
  /** The year of `from` and the open time in it before `from`, once known. */
  private timeline: Timeline | undefined;
  private openBeforeFrom = 0;

  constructor(private readonly calendar: BusinessCalendar) {}

  /** Starts the next span at `t`. */
  startAt(t: number): void {
    this.from = t;
    this.timeline = undefined;
  }

  /** Business time from the start of the span to `to` (not before it); the next span starts at `to`. */
  measureTo(to: number): number {
    let timeline = this.timeline;
    if (!timeline) {
      timeline = this.calendar.timelineAt(this.from);
      this.openBeforeFrom = openTimeBefore(timeline, this.from);
    }
    if (!(to < timeline.end)) {
      // Into another year (or not an instant): rare, so measure it the general way.
      const amount = businessTimeBetween(this.calendar, this.from, to);
      this.startAt(to);
      return amount;
    }
    const openBeforeTo = openTimeBefore(timeline, to);
    const amount = openBeforeTo - this.openBeforeFrom;
    this.from = to;
    this.timeline = timeline;
    this.openBeforeFrom = openBeforeTo;
    return amount;
  }
}
