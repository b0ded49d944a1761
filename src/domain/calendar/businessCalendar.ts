import { compileTimeline, type Timeline, type TimelineSource } from './timeline';
import type { CalendarDefinition, HolidaySet } from './types';
import { validateCalendar } from './validateCalendar';
import { weeklyMinutes } from './weeklyMinutes';

/**
 * How far the operations look ahead for open time before they give up. A valid calendar is
 * open at least once a week; only holiday rules that close every day of a year run into this.
 */
export const SEARCH_HORIZON_YEARS = 100;

/**
 * A calendar compiled for queries. Years are compiled lazily on first use and kept, so one
 * `BusinessCalendar` belongs to one version of a calendar: build a new one when it changes.
 */
export interface BusinessCalendar {
  readonly definition: CalendarDefinition;
  /** True for a 24/7 calendar without holidays: it never opens or closes. */
  readonly alwaysOpen: boolean;
  /** The compiled open intervals of a UTC year. */
  timeline(year: number): Timeline;
  /** The compiled year that contains instant `t`. */
  timelineAt(t: number): Timeline;
}

/** Thrown when a calendar cannot be compiled; `errors` says what is wrong and where. */
export class InvalidCalendarError extends Error {
  constructor(readonly errors: { path: string; message: string }[]) {
    super(`Invalid calendar: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    this.name = 'InvalidCalendarError';
  }
}

/**
 * Compiles a calendar. `holidaySets` must contain every set the calendar names.
 *
 * @example
 * const office = createBusinessCalendar(
 *   { id: 'cph', timeZone: 'Europe/Copenhagen', week: { mon: [['08:00', '16:00']] } },
 *   [],
 * );
 * isOpen(office, Date.parse('2026-03-02T08:00:00Z')); // true: 09:00 on a Monday in Copenhagen
 */
export function createBusinessCalendar(
  definition: CalendarDefinition,
  holidaySets: readonly HolidaySet[],
): BusinessCalendar {
  const setsById = new Map(holidaySets.map((set) => [set.id, set]));
  const errors = validateCalendar(definition, new Set(setsById.keys()));
  if (errors.length > 0) throw new InvalidCalendarError(errors);

  const source: TimelineSource = {
    timeZone: definition.timeZone,
    days: weeklyMinutes(definition.week),
    holidaySets: (definition.holidaySets ?? []).map((id) => setsById.get(id)!),
  };
  const years = new Map<number, Timeline>();
  let recent: Timeline | undefined;

  const timeline = (year: number): Timeline => {
    let compiled = years.get(year);
    if (!compiled) {
      compiled = compileTimeline(source, year);
      years.set(year, compiled);
    }
    return compiled;
  };

  return {
    definition,
    alwaysOpen:
      definition.week === 'always' && source.holidaySets.every((s) => s.rules.length === 0),
    timeline,
    timelineAt(t: number): Timeline {
      // Most queries in a row fall in the same year: skip the Date and the map lookup.
      if (recent && t >= recent.start && t < recent.end) return recent;
      if (!Number.isFinite(t)) throw new RangeError(`not an instant (epoch ms): ${t}`);
      recent = timeline(new Date(t).getUTCFullYear());
      return recent;
    },
  };
}
