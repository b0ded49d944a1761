/**
 * Time as Jira writes and reads it. Jira writes instants as `2026-03-02T08:30:00.000+0000`;
 * the simulator writes them in UTC. JQL reads dates as `yyyy-MM-dd`, `yyyy/MM/dd`, either with
 * ` HH:mm`, ISO 8601 instants, and periods relative to now (`-5d`, `4w 2d`); a date or time
 * without an offset is read in UTC (Jira reads it in the user's zone).
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Jira's timestamp format, in UTC.
 *
 * @example formatJiraTimestamp(Date.UTC(2026, 2, 2, 8, 30)) // '2026-03-02T08:30:00.000+0000'
 */
export function formatJiraTimestamp(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `.${pad(d.getUTCMilliseconds(), 3)}+0000`
  );
}

/**
 * The UTC calendar date of an instant, as versions carry release dates.
 *
 * @example formatJiraDate(Date.UTC(2026, 2, 2, 8, 30)) // '2026-03-02'
 */
export function formatJiraDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const DATE_TIME =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Epoch ms of a date or date-time literal (`NaN` when it is not one). Without an offset the
 * literal is read in UTC.
 *
 * @example parseJiraDateTime('2026-03-02 10:00') // Date.UTC(2026, 2, 2, 10, 0)
 * @example parseJiraDateTime('2026-03-02T08:30:00.000+0100') // Date.UTC(2026, 2, 2, 7, 30)
 */
export function parseJiraDateTime(text: string): number {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s, ms, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  const milli = Number((ms ?? '0').padEnd(3, '0'));
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return NaN;
  const local = Date.UTC(year, month - 1, day, hour, minute, second, milli);
  if (new Date(local).getUTCDate() !== day) return NaN; // 31 April and the like
  if (!zone || zone.toUpperCase() === 'Z') return local;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  return local - offset;
}

const PERIOD_PART = /([+-]?)(\d+)\s*([wdhm])/gy;
const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/**
 * A JQL period (`-5d`, `4w 2d`, `+1h 30m`) as a signed duration in ms (`NaN` when it is not
 * one). A leading sign applies to the whole period.
 *
 * @example parseJqlPeriod('-1d 2h') // -(26 * 3_600_000)
 */
export function parseJqlPeriod(text: string): number {
  const trimmed = text.trim();
  let sign = 1;
  let rest = trimmed;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1).trimStart();
  }
  if (rest === '') return NaN;
  let total = 0;
  PERIOD_PART.lastIndex = 0;
  let consumed = 0;
  for (;;) {
    while (rest[consumed] === ' ') consumed++;
    if (consumed >= rest.length) break;
    PERIOD_PART.lastIndex = consumed;
    const m = PERIOD_PART.exec(rest);
    if (!m || m[1] !== '') return NaN;
    total += Number(m[2]) * (UNIT_MS[m[3] as string] ?? NaN);
    consumed = PERIOD_PART.lastIndex;
  }
  return sign * total;
}
