import fc from 'fast-check';
import { DEFAULT_REVIEW_SCHEDULE, reviewDueAt, validateReviewSchedule } from './reviewSchedule';

const SET = {
  month: 2,
  timeZone: 'Europe/Copenhagen',
  projectKey: 'QM',
  issueType: 'Task',
  owner: 'acc-admin',
};

describe('the annual review schedule', () => {
  it('is off by default', () => {
    expect(DEFAULT_REVIEW_SCHEDULE.month).toBeNull();
    expect(reviewDueAt(Date.now(), DEFAULT_REVIEW_SCHEDULE)).toBeNull();
  });

  it('reads settings, and names each wrong field by its path', () => {
    expect(validateReviewSchedule(SET)).toEqual({ ok: true, settings: SET });
    expect(
      validateReviewSchedule({
        month: 13,
        timeZone: 'Mars/Olympus',
        projectKey: 'qm',
        issueType: ' ',
        owner: '',
        colour: 'red',
      }),
    ).toEqual({
      ok: false,
      errors: [
        { path: '$.colour', message: 'is not a field of the review schedule' },
        { path: '$.month', message: 'must be a month number 1–12, or null' },
        { path: '$.timeZone', message: 'must be an IANA time zone such as Europe/Copenhagen' },
        { path: '$.projectKey', message: 'must be a Jira project key (A–Z, 0–9, _), or null' },
        { path: '$.issueType', message: 'must be an issue type name' },
        { path: '$.owner', message: 'must be an Atlassian account id, or null' },
      ],
    });
    expect(validateReviewSchedule({ ...SET, projectKey: null })).toEqual({
      ok: false,
      errors: [{ path: '$.projectKey', message: 'must be set when the review has a month' }],
    });
    expect(validateReviewSchedule({ ...SET, month: null, projectKey: null }).ok).toBe(true);
  });

  it('falls due in its month in its time zone, for the 12 months before', () => {
    // 1 February 00:30 in Copenhagen is still 31 January in UTC.
    const t = Date.parse('2026-01-31T23:30:00Z');
    expect(reviewDueAt(t, SET)).toEqual({ from: '2025-02', to: '2026-01' });
    expect(reviewDueAt(t, { ...SET, timeZone: 'UTC' })).toBeNull();
  });

  it('falls due in exactly one month of any year (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 2000, max: 2080 }),
        (month, year) => {
          const due = Array.from({ length: 12 }, (_, i) =>
            reviewDueAt(Date.UTC(year, i, 15, 12), { ...SET, month, timeZone: 'UTC' }),
          );
          expect(due.filter((d) => d !== null)).toHaveLength(1);
          expect(due[month - 1]).not.toBeNull();
        },
      ),
    );
  });
});
