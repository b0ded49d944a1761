/**
 * fast-check arbitraries for the property tests in `test/calendar/`: random calendars (zone,
 * weekly hours, holiday sets) with an instant, many of them near a DST change of the zone or
 * near New Year. Zone offsets and DST changes are found here with `Intl.DateTimeFormat` alone,
 * so the generators share no time-zone code with the engine.
 */
import fc from 'fast-check';
import {
  createBusinessCalendar,
  WEEKDAYS,
  type BusinessCalendar,
  type CalendarDefinition,
  type HolidayRule,
  type HolidaySet,
  type OpeningRange,
  type Weekday,
  type WeeklyHours,
} from '../../src/domain/calendar';
import { easterSunday } from '../../src/domain/calendar/easterSunday';
import { MINUTE, naiveCalendar, type NaiveCalendar } from './naiveCalendar';

export { MINUTE };
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** How far the naive reference looks for an opening or a closing. */
export const NAIVE_HORIZON = 10 * DAY;

/**
 * Zones with DST in both hemispheres, a 30-minute DST (Lord Howe), DST abolished in 2019 (São
 * Paulo), offsets of +5:30, +5:45 and +12:45/+13:45, and UTC.
 */
export const TIME_ZONES = [
  'Europe/Copenhagen',
  'Europe/Oslo',
  'America/New_York',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'UTC',
] as const;

/** Years the random instants fall in (São Paulo still had DST in 2016–2019). */
const FIRST_YEAR = 2016;
const LAST_YEAR = 2028;

// ---------------------------------------------------------------------------------------------
// Time-zone facts, read with Intl only

const formats = new Map<string, Intl.DateTimeFormat>();

function wallClock(timeZone: string, t: number) {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(new Date(t))) parts[part.type] = Number(part.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
  };
}

/** Local time minus UTC at `t`, in minutes. */
export function offsetMinutes(timeZone: string, t: number): number {
  const { year, month, day, hour, minute } = wallClock(timeZone, t);
  const local = Date.UTC(year, month - 1, day, hour, minute);
  return (local - Math.floor(t / MINUTE) * MINUTE) / MINUTE;
}

/** The local calendar date at `t`. */
export function localDate(
  timeZone: string,
  t: number,
): { year: number; month: number; day: number } {
  const { year, month, day } = wallClock(timeZone, t);
  return { year, month, day };
}

const transitionsByZone = new Map<string, number[]>();

/**
 * Instants (whole minutes, UTC) at which the zone's offset changes, from a year before
 * `FIRST_YEAR` to a year after `LAST_YEAR`: the offset is sampled weekly and each change is
 * bisected to the minute. (These zones change offset at most twice a year, months apart.)
 */
export function offsetTransitions(timeZone: string): readonly number[] {
  let transitions = transitionsByZone.get(timeZone);
  if (transitions) return transitions;
  transitions = [];
  const step = 7 * DAY;
  const end = Date.UTC(LAST_YEAR + 2, 0, 1);
  let previous = offsetMinutes(timeZone, Date.UTC(FIRST_YEAR - 1, 0, 1));
  for (let probe = Date.UTC(FIRST_YEAR - 1, 0, 1); probe < end; probe += step) {
    const next = offsetMinutes(timeZone, probe + step);
    if (next === previous) continue;
    let low = probe / MINUTE;
    let high = (probe + step) / MINUTE;
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (offsetMinutes(timeZone, middle * MINUTE) === previous) low = middle;
      else high = middle;
    }
    transitions.push(high * MINUTE);
    previous = next;
  }
  transitionsByZone.set(timeZone, transitions);
  return transitions;
}

// ---------------------------------------------------------------------------------------------
// Weekly hours

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A minute of the day 0–1440, biased to midnight, 24:00 and the hours DST changes happen in. */
const minuteOfDay = (max: number): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max }) },
    // 01:00–04:00: the DST changes of Europe, the USA, Australia and Chatham.
    { weight: 3, arbitrary: fc.integer({ min: 60, max: 240 }) },
    // Midnight, DST hours, 02:30 (Lord Howe), 02:45 (Chatham), 23:00 (São Paulo falls back at
    // midnight to 23:00), 24:00.
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(0, 1, 59, 60, 120, 150, 165, 180, 225, 1380, 1439, 1440)
        .filter((m) => m <= max),
    },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: Math.floor(max / 30) }).map((h) => h * 30) },
  );

/** 0–3 non-overlapping ranges of one weekday, sometimes touching, in any order. */
const dayRanges: fc.Arbitrary<readonly OpeningRange[] | undefined> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant([['00:00', '24:00'] as const]) },
  {
    weight: 7,
    arbitrary: fc
      .record({
        cuts: fc.uniqueArray(minuteOfDay(1440), { maxLength: 6 }),
        touching: fc.boolean(),
        reversed: fc.boolean(),
      })
      .map(({ cuts, touching, reversed }) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const ranges: [number, number][] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push([sorted[i]!, sorted[i + 1]!]);
        // Touching ranges (08:00–12:00, 12:00–16:00) are valid: let each start where the last ended.
        if (touching) for (let i = 1; i < ranges.length; i++) ranges[i]![0] = ranges[i - 1]![1];
        if (reversed) ranges.reverse();
        return ranges.map(([from, to]): OpeningRange => [hhmm(from), hhmm(to)]);
      }),
  },
);

/** Opening ranges per weekday; at least one range in the week. */
const weeklyRanges: fc.Arbitrary<WeeklyHours> = fc
  .tuple(...WEEKDAYS.map(() => dayRanges))
  .map((days) => {
    const week: Partial<Record<Weekday, readonly OpeningRange[]>> = {};
    days.forEach((ranges, i) => {
      if (ranges !== undefined) week[WEEKDAYS[i]!] = ranges;
    });
    // A calendar must open at least once a week.
    if (!days.some((ranges) => ranges !== undefined && ranges.length > 0)) {
      week.wed = [['09:00', '17:00']];
    }
    return week;
  });

// ---------------------------------------------------------------------------------------------
// Instants

/** How an instant is chosen; turned into epoch ms once the zone is known. */
type InstantSpec =
  | { kind: 'dst'; index: number; minutes: number }
  | { kind: 'newYear'; year: number; local: boolean; minutes: number }
  | { kind: 'anywhere'; minute: number };

/** Minutes from a reference instant, mostly within a few hours, biased to the edges of hours. */
const minutesAround = (max: number): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: -max, max }) },
    { weight: 3, arbitrary: fc.integer({ min: -120, max: 120 }) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(-120, -61, -60, -59, -31, -30, -1, 0, 1, 29, 30, 59, 60, 61, 120),
    },
  );

const dstInstant = fc.record({
  kind: fc.constant('dst' as const),
  index: fc.nat(),
  minutes: minutesAround(6 * 60),
});

const newYearInstant = fc.record({
  kind: fc.constant('newYear' as const),
  year: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
  local: fc.boolean(),
  minutes: minutesAround(36 * 60),
});

const anywhereInstant = fc.record({
  kind: fc.constant('anywhere' as const),
  minute: fc.integer({
    min: Date.UTC(FIRST_YEAR, 0, 1) / MINUTE,
    max: Date.UTC(LAST_YEAR + 1, 0, 1) / MINUTE - 1,
  }),
});

export type InstantKind = 'mixed' | 'dst' | 'newYear';

const instantSpec = (kind: InstantKind): fc.Arbitrary<InstantSpec> => {
  if (kind === 'dst') return dstInstant;
  if (kind === 'newYear') return newYearInstant;
  return fc.oneof(
    { weight: 5, arbitrary: dstInstant },
    { weight: 2, arbitrary: newYearInstant },
    { weight: 3, arbitrary: anywhereInstant },
  );
};

function instant(timeZone: string, spec: InstantSpec): number {
  switch (spec.kind) {
    case 'dst': {
      const transitions = offsetTransitions(timeZone);
      // Zones without DST get an instant near New Year instead.
      if (transitions.length === 0) {
        return instant(timeZone, {
          kind: 'newYear',
          year: FIRST_YEAR + (spec.index % (LAST_YEAR - FIRST_YEAR + 1)),
          local: true,
          minutes: spec.minutes,
        });
      }
      return transitions[spec.index % transitions.length]! + spec.minutes * MINUTE;
    }
    case 'newYear': {
      const utcMidnight = Date.UTC(spec.year, 0, 1);
      const midnight = spec.local
        ? utcMidnight - offsetMinutes(timeZone, utcMidnight) * MINUTE
        : utcMidnight;
      return midnight + spec.minutes * MINUTE;
    }
    case 'anywhere':
      return spec.minute * MINUTE;
  }
}

// ---------------------------------------------------------------------------------------------
// Holiday sets

/**
 * A holiday rule before it is placed: most rules fall within a couple of weeks of the scenario's
 * instant (so they matter), some anywhere in the year.
 */
interface RuleSpec {
  type: HolidayRule['type'];
  /** Days from the local date of the instant; `undefined`: a random day of the year. */
  near: number | undefined;
  month: number;
  day: number;
  easterOffset: number;
  /** weekdayOnOrAfter: how many days before the target day the search starts. */
  lookBack: number;
  weekday: Weekday;
  closedFrom: number | undefined;
  fromYear: number | undefined;
  toYear: number | undefined;
}

const sometimes = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

const ruleSpec: fc.Arbitrary<RuleSpec> = fc.record({
  type: fc.constantFrom('fixed', 'date', 'easter', 'weekdayOnOrAfter'),
  near: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: -3, max: 12 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  easterOffset: fc.integer({ min: -60, max: 60 }),
  lookBack: fc.integer({ min: 0, max: 6 }),
  weekday: fc.constantFrom(...WEEKDAYS),
  // Half of the rules close only part of the day.
  closedFrom: fc.option(minuteOfDay(1439), { nil: undefined, freq: 2 }),
  // A quarter of the rules are limited to years near the instant's year (-1, 0 or +1).
  fromYear: sometimes(fc.integer({ min: -1, max: 1 })),
  toYear: sometimes(fc.integer({ min: -1, max: 1 })),
});

const holidaySetSpecs = fc.array(fc.array(ruleSpec, { maxLength: 4 }), { maxLength: 2 });

/**
 * Weekly hours with holiday sets. `"always"` comes mostly with holiday rules: without them the
 * calendar never opens or closes, which the naive reference can only confirm by reading every
 * minute of its horizon.
 */
const calendarParts: fc.Arbitrary<{ week: WeeklyHours; holidays: RuleSpec[][] }> = fc.oneof(
  { weight: 30, arbitrary: fc.record({ week: weeklyRanges, holidays: holidaySetSpecs }) },
  {
    weight: 5,
    arbitrary: fc.record({
      week: fc.constant('always' as const),
      holidays: fc.array(fc.array(ruleSpec, { minLength: 1, maxLength: 4 }), {
        minLength: 1,
        maxLength: 2,
      }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      week: fc.constant('always' as const),
      holidays: fc.constant<RuleSpec[][]>([]),
    }),
  },
);

function civil(dayNumber: number) {
  const date = new Date(dayNumber * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function placeRule(spec: RuleSpec, anchor: { year: number; month: number; day: number }) {
  const anchorDay = Math.floor(Date.UTC(anchor.year, anchor.month - 1, anchor.day) / DAY);
  const target =
    spec.near === undefined
      ? civil(Math.floor(Date.UTC(anchor.year, spec.month - 1, spec.day) / DAY))
      : civil(anchorDay + spec.near);
  const targetDay = Math.floor(Date.UTC(target.year, target.month - 1, target.day) / DAY);
  let rule: HolidayRule;
  switch (spec.type) {
    case 'fixed':
      rule = { type: 'fixed', month: target.month, day: target.day };
      break;
    case 'date':
      rule = {
        type: 'date',
        date: `${target.year}-${String(target.month).padStart(2, '0')}-${String(target.day).padStart(2, '0')}`,
      };
      break;
    case 'easter':
      rule = {
        type: 'easter',
        offsetDays:
          spec.near === undefined ? spec.easterOffset : targetDay - easterSunday(target.year),
      };
      break;
    case 'weekdayOnOrAfter': {
      const from = civil(targetDay - spec.lookBack);
      rule = { type: 'weekdayOnOrAfter', weekday: spec.weekday, month: from.month, day: from.day };
      break;
    }
  }
  const fromYear = spec.fromYear === undefined ? undefined : anchor.year + spec.fromYear;
  let toYear = spec.toYear === undefined ? undefined : anchor.year + spec.toYear;
  if (fromYear !== undefined && toYear !== undefined && toYear < fromYear) toYear = fromYear;
  return {
    ...rule,
    ...(spec.closedFrom === undefined ? {} : { closedFrom: hhmm(spec.closedFrom) }),
    ...(fromYear === undefined ? {} : { fromYear }),
    ...(toYear === undefined ? {} : { toYear }),
  };
}

// ---------------------------------------------------------------------------------------------
// Scenarios

/** A random calendar with its holiday sets and an instant `t` (whole minutes). */
export interface Scenario {
  readonly definition: CalendarDefinition;
  readonly holidaySets: readonly HolidaySet[];
  readonly t: number;
  /** `t` as ISO text, to read counterexamples by. */
  readonly instant: string;
}

/**
 * Random scenarios; `kind` chooses where the instant falls (near DST changes, New Year, both),
 * `timeZones` the zones to pick from.
 */
export const scenario = (
  kind: InstantKind = 'mixed',
  timeZones: readonly string[] = TIME_ZONES,
): fc.Arbitrary<Scenario> =>
  fc
    .record({
      timeZone: fc.constantFrom(...timeZones),
      calendar: calendarParts,
      instant: instantSpec(kind),
    })
    .map(({ timeZone, calendar: { week, holidays }, instant: spec }) => {
      const t = instant(timeZone, spec);
      const anchor = localDate(timeZone, t);
      const holidaySets: HolidaySet[] = holidays.map((rules, i) => ({
        id: `h${i}`,
        rules: rules.map((rule) => placeRule(rule, anchor)),
      }));
      const definition: CalendarDefinition = {
        id: 'random',
        timeZone,
        week,
        holidaySets: holidaySets.map((set) => set.id),
      };
      return { definition, holidaySets, t, instant: new Date(t).toISOString() };
    });

/** The engine's compiled calendar and the naive reference for a scenario. */
export function calendarsOf(s: Scenario): { engine: BusinessCalendar; naive: NaiveCalendar } {
  return {
    engine: createBusinessCalendar(s.definition, s.holidaySets),
    naive: naiveCalendar(s.definition, s.holidaySets),
  };
}

/**
 * A span in whole minutes, up to `maxDays` days, mostly short: the naive reference reads the
 * clock of every minute, so long spans are kept rare.
 */
export const spanMinutes = (maxDays = 10): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 12 * 60 }) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 3 * 24 * 60 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: maxDays * 24 * 60 }) },
  );

/** ISO text of an instant (or null), for readable assertion failures. */
export const iso = (t: number | null): string | null =>
  t === null ? null : new Date(t).toISOString();
