/**
 * dayjs-business-time and moment-business-time work on the process's local clock, so the whole
 * benchmark runs in the calendar's zone. Imported first, before anything creates a Date.
 */
process.env.TZ = 'Europe/Copenhagen';

// 1 January is CET (UTC+1): getTimezoneOffset() is -60. Anything else means TZ did not take.
if (new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset() !== -60) {
  throw new Error('bench: could not switch the process to Europe/Copenhagen (process.env.TZ)');
}

export const BENCH_TIME_ZONE = 'Europe/Copenhagen';
