/** Minutes in a day: the value of `24:00`. */
export const MINUTES_PER_DAY = 1440;

/**
 * Parses a local wall-clock time `HH:MM` into minutes after midnight; `24:00` only when
 * `allowEndOfDay`. Returns `undefined` for anything else.
 *
 * @example parseLocalTime('08:30') // 510
 */
export function parseLocalTime(text: string, allowEndOfDay = false): number | undefined {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(text);
  if (!match) return undefined;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (minutes > MINUTES_PER_DAY || (minutes === MINUTES_PER_DAY && !allowEndOfDay)) {
    return undefined;
  }
  return minutes;
}
