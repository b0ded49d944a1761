import { createBusinessCalendar } from '../calendar';
import { weekdays } from '../../../test/support/calendars';
import { dueText, followUpDue } from './followUpDue';

// Mon–Fri 08:00–16:00 in Copenhagen (UTC+1 in December).
const office = createBusinessCalendar(
  {
    id: 'dk-office',
    timeZone: 'Europe/Copenhagen',
    week: weekdays([['08:00', '16:00']]),
  },
  [],
);

describe('follow-up due time', () => {
  it('counts business time across a weekend', () => {
    // Friday 4 Dec 2026 14:00 local: 2 h left on Friday, 6 h more on Monday → Monday 14:00.
    const due = followUpDue(office, Date.parse('2026-12-04T13:00:00Z'), 'PT8H');
    expect(due).toEqual({ dueAt: Date.parse('2026-12-07T13:00:00Z'), dueDate: '2026-12-07' });
  });

  it('runs around the clock without a calendar, dated in UTC', () => {
    const due = followUpDue(null, Date.parse('2026-12-04T20:00:00Z'), 'PT8H');
    expect(due).toEqual({ dueAt: Date.parse('2026-12-05T04:00:00Z'), dueDate: '2026-12-05' });
  });

  it('says how far past due in business time, not wall time', () => {
    const dueAt = Date.parse('2026-12-04T13:00:00Z'); // Friday 14:00 local
    // Monday 10:00 local: 2 h on Friday, 2 h on Monday.
    expect(dueText(office, dueAt, Date.parse('2026-12-07T09:00:00Z'))).toBe(
      'overdue by 4h of business time',
    );
    expect(dueText(office, dueAt, Date.parse('2026-12-04T11:00:00Z'))).toBe(
      'due in 2h of business time',
    );
  });
});
