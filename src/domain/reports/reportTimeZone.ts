import type { Agreement, Contract } from '../contract/types';

/**
 * The time zone an agreement's report periods follow: that of the calendar its first obligation
 * is measured in (the obligation's own calendar, else its goal's). The contract format has no
 * report settings on an agreement, so every agreement is reported monthly in this zone; UTC
 * when it has no obligation to take a calendar from.
 */
export function reportTimeZone(contract: Contract, agreement: Agreement): string {
  const obligation = agreement.obligations[0];
  if (!obligation) return 'UTC';
  const calendarId =
    obligation.calendar ?? contract.goals.find((goal) => goal.id === obligation.goal)?.calendar;
  return contract.calendars.find((calendar) => calendar.id === calendarId)?.timeZone ?? 'UTC';
}
