import {
  createBusinessCalendar,
  DENMARK,
  type BusinessCalendar,
  type CalendarDefinition,
  type HolidaySet,
} from '../../src/domain/calendar';
import type { OpeningRange } from '../../src/domain/calendar/types';

const OFFICE_DAY = [
  ['08:00', '12:00'],
  ['12:30', '16:00'],
] as const;

/** Copenhagen office hours: Mon–Fri 08:00–12:00 and 12:30–16:00, Friday to 15:00, Danish holidays. */
export const COPENHAGEN_OFFICE: CalendarDefinition = {
  id: 'cph-office',
  name: 'Copenhagen office hours',
  timeZone: 'Europe/Copenhagen',
  week: {
    mon: OFFICE_DAY,
    tue: OFFICE_DAY,
    wed: OFFICE_DAY,
    thu: OFFICE_DAY,
    fri: [
      ['08:00', '12:00'],
      ['12:30', '15:00'],
    ],
  },
  holidaySets: ['dk'],
};

export const copenhagenOffice = (): BusinessCalendar =>
  createBusinessCalendar(COPENHAGEN_OFFICE, [DENMARK]);

/** The same opening ranges Monday to Friday, closed at weekends: `weekdays([['08:00', '16:00']])`. */
export const weekdays = (ranges: readonly OpeningRange[]) => ({
  mon: ranges,
  tue: ranges,
  wed: ranges,
  thu: ranges,
  fri: ranges,
});

/** Compiles a calendar in `timeZone` with the same opening ranges every day of the week. */
export function everyDay(
  timeZone: string,
  ranges: readonly (readonly [string, string])[],
  holidaySets: readonly HolidaySet[] = [],
): BusinessCalendar {
  const week = Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, ranges]),
  );
  return createBusinessCalendar(
    { id: 'every-day', timeZone, week, holidaySets: holidaySets.map((set) => set.id) },
    holidaySets,
  );
}

/** Epoch ms of an ISO instant, so tests read like the contract format. */
export const at = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`not an instant: ${iso}`);
  return t;
};

export const HOUR = 3_600_000;
export { MINUTE } from './naiveCalendar';
