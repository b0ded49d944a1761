import type { HolidaySet } from '../types';

/**
 * Norwegian public holidays (helligdager and høytidsdager), plus the customary early closing
 * on Christmas Eve and New Year's Eve.
 */
export const NORWAY: HolidaySet = {
  id: 'no',
  name: 'Norway',
  rules: [
    { type: 'fixed', month: 1, day: 1, name: '1. nyttårsdag' },
    { type: 'easter', offsetDays: -3, name: 'Skjærtorsdag' },
    { type: 'easter', offsetDays: -2, name: 'Langfredag' },
    { type: 'easter', offsetDays: 0, name: '1. påskedag' },
    { type: 'easter', offsetDays: 1, name: '2. påskedag' },
    { type: 'fixed', month: 5, day: 1, name: 'Arbeidernes dag' },
    { type: 'fixed', month: 5, day: 17, name: 'Grunnlovsdag' },
    { type: 'easter', offsetDays: 39, name: 'Kristi himmelfartsdag' },
    { type: 'easter', offsetDays: 49, name: '1. pinsedag' },
    { type: 'easter', offsetDays: 50, name: '2. pinsedag' },
    { type: 'fixed', month: 12, day: 24, closedFrom: '12:00', name: 'Julaften (customary)' },
    { type: 'fixed', month: 12, day: 25, name: '1. juledag' },
    { type: 'fixed', month: 12, day: 26, name: '2. juledag' },
    { type: 'fixed', month: 12, day: 31, closedFrom: '12:00', name: 'Nyttårsaften (customary)' },
  ],
};
