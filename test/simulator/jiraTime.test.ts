/** Jira's timestamp format and the date and period literals JQL reads. */
import {
  formatJiraDate,
  formatJiraTimestamp,
  parseJiraDateTime,
  parseJqlPeriod,
} from '../../src/simulator/jira/jiraTime';

it('writes Jira timestamps in UTC with milliseconds and +0000', () => {
  expect(formatJiraTimestamp(Date.UTC(2026, 2, 2, 8, 30))).toBe('2026-03-02T08:30:00.000+0000');
  expect(formatJiraTimestamp(Date.UTC(2026, 11, 31, 23, 59, 59, 7))).toBe(
    '2026-12-31T23:59:59.007+0000',
  );
  expect(formatJiraDate(Date.UTC(2026, 0, 5, 23))).toBe('2026-01-05');
});

it.each([
  ['2026-03-02', Date.UTC(2026, 2, 2)],
  ['2026/03/02', Date.UTC(2026, 2, 2)],
  ['2026-03-02 10:00', Date.UTC(2026, 2, 2, 10)],
  ['2026/3/2 9:05', Date.UTC(2026, 2, 2, 9, 5)],
  ['2026-03-02T10:00', Date.UTC(2026, 2, 2, 10)],
  ['2026-03-02T10:00:00Z', Date.UTC(2026, 2, 2, 10)],
  ['2026-03-02T10:00:00.5Z', Date.UTC(2026, 2, 2, 10, 0, 0, 500)],
  ['2026-03-02T08:30:00.000+0100', Date.UTC(2026, 2, 2, 7, 30)],
  ['2026-03-02T08:30:00-02:30', Date.UTC(2026, 2, 2, 11)],
])('reads %s', (text, ms) => {
  expect(parseJiraDateTime(text)).toBe(ms);
});

it.each(['', 'yesterday', '2026-02-30', '2026-13-01', '2026-03-02 25:00', '2026-03-02T10'])(
  'refuses %j',
  (text) => {
    expect(parseJiraDateTime(text)).toBeNaN();
  },
);

it.each([
  ['-5d', -5 * 86_400_000],
  ['4w 2d', (4 * 7 + 2) * 86_400_000],
  ['+1h 30m', 90 * 60_000],
  ['-1d 2h', -26 * 3_600_000],
  ['15m', 15 * 60_000],
])('reads the period %s', (text, ms) => {
  expect(parseJqlPeriod(text)).toBe(ms);
});

it.each(['', '-', 'd', '5x', '1d -2h', '1d2'])('refuses the period %j', (text) => {
  expect(parseJqlPeriod(text)).toBeNaN();
});
