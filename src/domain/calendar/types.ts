/** Days of the week, as the contract format spells them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An opening range in local wall-clock time, `["08:00", "16:00"]`; `24:00` is allowed as an end. */
export type OpeningRange = readonly [start: string, end: string];

/** Opening hours per weekday (a missing day is closed), or `"always"` for 24/7. */
export type WeeklyHours = 'always' | Partial<Readonly<Record<Weekday, readonly OpeningRange[]>>>;

export interface CalendarDefinition {
  readonly id: string;
  readonly name?: string;
  /** IANA time zone, e.g. `Europe/Copenhagen`. */
  readonly timeZone: string;
  readonly week: WeeklyHours;
  /** Ids of the holiday sets that close this calendar. */
  readonly holidaySets?: readonly string[];
}

/** Fields every holiday rule may carry. */
interface HolidayRuleBase {
  readonly name?: string;
  /** Partial closure: the calendar closes at this local time on the day (`"12:00"`). */
  readonly closedFrom?: string;
  /** First year the rule applies (inclusive); rules change, e.g. Store bededag ended in 2023. */
  readonly fromYear?: number;
  /** Last year the rule applies (inclusive). */
  readonly toYear?: number;
}

/** The same month and day every year, e.g. 25 December. */
export interface FixedHolidayRule extends HolidayRuleBase {
  readonly type: 'fixed';
  readonly month: number;
  readonly day: number;
}

/** A single date, e.g. a one-off bridge day `2026-06-05`. */
export interface DateHolidayRule extends HolidayRuleBase {
  readonly type: 'date';
  readonly date: string;
}

/** A day relative to Easter Sunday (Gregorian computus): `-2` is Good Friday. */
export interface EasterHolidayRule extends HolidayRuleBase {
  readonly type: 'easter';
  readonly offsetDays: number;
}

/**
 * The first given weekday on or after a month and day, e.g. Swedish Midsummer Eve is the
 * Friday on or after 19 June.
 */
export interface WeekdayOnOrAfterHolidayRule extends HolidayRuleBase {
  readonly type: 'weekdayOnOrAfter';
  readonly weekday: Weekday;
  readonly month: number;
  readonly day: number;
}

export type HolidayRule =
  FixedHolidayRule | DateHolidayRule | EasterHolidayRule | WeekdayOnOrAfterHolidayRule;

export interface HolidaySet {
  readonly id: string;
  readonly name?: string;
  readonly rules: readonly HolidayRule[];
}
