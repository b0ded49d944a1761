import type { HolidaySet } from '../types';

/**
 * Danish public holidays (helligdage), plus the customary closures most Danish offices keep
 * (Grundlovsdag afternoon, Christmas Eve, New Year's Eve afternoon). Built from rules, so it
 * holds for any year: Store bededag was abolished from 2024.
 */
export const DENMARK: HolidaySet = {
  id: 'dk',
  name: 'Denmark',
  rules: [
    { type: 'fixed', month: 1, day: 1, name: 'Nytårsdag' },
    { type: 'easter', offsetDays: -3, name: 'Skærtorsdag' },
    { type: 'easter', offsetDays: -2, name: 'Langfredag' },
    { type: 'easter', offsetDays: 0, name: 'Påskedag' },
    { type: 'easter', offsetDays: 1, name: '2. påskedag' },
    { type: 'easter', offsetDays: 26, name: 'Store bededag', toYear: 2023 },
    { type: 'easter', offsetDays: 39, name: 'Kristi himmelfartsdag' },
    { type: 'easter', offsetDays: 49, name: 'Pinsedag' },
    { type: 'easter', offsetDays: 50, name: '2. pinsedag' },
    { type: 'fixed', month: 6, day: 5, closedFrom: '12:00', name: 'Grundlovsdag (customary)' },
    { type: 'fixed', month: 12, day: 24, name: 'Juleaftensdag (customary)' },
    { type: 'fixed', month: 12, day: 25, name: 'Juledag' },
    { type: 'fixed', month: 12, day: 26, name: '2. juledag' },
    { type: 'fixed', month: 12, day: 31, closedFrom: '12:00', name: 'Nytårsaftensdag (customary)' },
  ],
};
