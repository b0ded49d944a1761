import { isCivilDate } from './calendar/civilDate';

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Epoch ms of an ISO 8601 instant with its offset (`2026-03-02T07:30:00Z`,
 * `2026-03-02T08:30+01:00`) on a real calendar date; `undefined` for anything else. `Date.parse`
 * alone rolls `2026-02-30T10:00Z` over to 2 March and takes forms such as `2026` or `March 2`.
 */
export function parseRealInstant(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const date = ISO_INSTANT.exec(text);
  if (!date || !isCivilDate(Number(date[1]), Number(date[2]), Number(date[3]))) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
