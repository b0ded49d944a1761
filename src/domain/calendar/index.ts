/** The business-time engine: calendars, holiday sets, and queries on instants (epoch ms). */
export * from './types';
export {
  createBusinessCalendar,
  InvalidCalendarError,
  type BusinessCalendar,
} from './businessCalendar';
export { addBusinessTime } from './addBusinessTime';
export { businessTimeBetween } from './businessTimeBetween';
export { isOpen } from './isOpen';
export { nextOpening } from './nextOpening';
export { nextClosing } from './nextClosing';
export { validateCalendar } from './validateCalendar';
export { validateHolidaySet } from './validateHolidaySet';
export { easterSunday } from './easterSunday';
export { holidayClosures, holidayDay } from './holidayClosures';
export { HOLIDAY_PRESETS, DENMARK, NORWAY, SWEDEN } from './presets';
