import type { HolidaySet } from '../types';
import { DENMARK } from './denmark';
import { NORWAY } from './norway';
import { SWEDEN } from './sweden';

export { DENMARK, NORWAY, SWEDEN };

/** The holiday sets the app ships, by id, for admins to start from. */
export const HOLIDAY_PRESETS: ReadonlyMap<string, HolidaySet> = new Map(
  [DENMARK, NORWAY, SWEDEN].map((set) => [set.id, set]),
);
