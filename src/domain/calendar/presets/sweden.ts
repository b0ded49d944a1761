import type { HolidaySet } from '../types';

/**
 * Swedish public holidays (helgdagar), plus the eves that are de facto closed (Midsommarafton,
 * Julafton, Nyårsafton). Whit Monday stopped being a holiday in 2005, when the National Day
 * became one; Midsummer and All Saints' Day move with the weekday.
 */
export const SWEDEN: HolidaySet = {
  id: 'se',
  name: 'Sweden',
  rules: [
    { type: 'fixed', month: 1, day: 1, name: 'Nyårsdagen' },
    { type: 'fixed', month: 1, day: 6, name: 'Trettondedag jul' },
    { type: 'easter', offsetDays: -2, name: 'Långfredagen' },
    { type: 'easter', offsetDays: 0, name: 'Påskdagen' },
    { type: 'easter', offsetDays: 1, name: 'Annandag påsk' },
    { type: 'fixed', month: 5, day: 1, name: 'Första maj' },
    { type: 'easter', offsetDays: 39, name: 'Kristi himmelsfärds dag' },
    { type: 'easter', offsetDays: 49, name: 'Pingstdagen' },
    { type: 'easter', offsetDays: 50, name: 'Annandag pingst', toYear: 2004 },
    { type: 'fixed', month: 6, day: 6, name: 'Sveriges nationaldag', fromYear: 2005 },
    {
      type: 'weekdayOnOrAfter',
      weekday: 'fri',
      month: 6,
      day: 19,
      name: 'Midsommarafton (de facto)',
    },
    { type: 'weekdayOnOrAfter', weekday: 'sat', month: 6, day: 20, name: 'Midsommardagen' },
    { type: 'weekdayOnOrAfter', weekday: 'sat', month: 10, day: 31, name: 'Alla helgons dag' },
    { type: 'fixed', month: 12, day: 24, name: 'Julafton (de facto)' },
    { type: 'fixed', month: 12, day: 25, name: 'Juldagen' },
    { type: 'fixed', month: 12, day: 26, name: 'Annandag jul' },
    { type: 'fixed', month: 12, day: 31, name: 'Nyårsafton (de facto)' },
  ],
};
