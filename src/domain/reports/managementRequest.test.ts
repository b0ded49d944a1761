import { defaultMonths, readManagementRequest } from './managementRequest';

describe('reading a management report request', () => {
  it('takes a run of months, a grouping and the goals, with defaults', () => {
    expect(readManagementRequest({ from: '2026-01', to: '2026-12' })).toEqual({
      request: { from: '2026-01', to: '2026-12', grouping: 'team', goals: 'all' },
    });
    expect(
      readManagementRequest({ from: '2026-03', to: '2026-03', grouping: 'assignee', goals: 'ola' }),
    ).toEqual({ request: { from: '2026-03', to: '2026-03', grouping: 'assignee', goals: 'ola' } });
  });

  it('gives every problem with its path', () => {
    expect(
      readManagementRequest({ from: '2026-13', to: 5, grouping: 'colour', goals: null, x: 1 }),
    ).toEqual({
      errors: [
        { path: '$.from', message: 'must be a month as YYYY-MM, not "2026-13"' },
        { path: '$.to', message: 'must be a month as YYYY-MM, not a number' },
        {
          path: '$.grouping',
          message: 'must be one of team, customer, product, agreement, issueType, assignee',
        },
        { path: '$.goals', message: 'must be one of all, sla, ola' },
        { path: '$.x', message: 'is not a field of the request' },
      ],
    });
  });

  it('refuses a reversed run and one over 24 months', () => {
    expect(readManagementRequest({ from: '2026-05', to: '2026-04' })).toEqual({
      errors: [{ path: '$.to', message: 'must not be before from' }],
    });
    expect(readManagementRequest({ from: '2024-01', to: '2026-01' })).toEqual({
      errors: [{ path: '$.to', message: 'a report covers at most 24 months' }],
    });
    expect('request' in readManagementRequest({ from: '2024-02', to: '2026-01' })).toBe(true);
  });

  it('leaves the months to the default when both are absent, not when one is', () => {
    expect(readManagementRequest({ grouping: 'product' })).toEqual({
      request: { grouping: 'product', goals: 'all' },
    });
    expect(readManagementRequest({ from: '2026-01' })).toEqual({
      errors: [{ path: '$.to', message: 'must be given with the other month, as YYYY-MM' }],
    });
  });

  it('defaults to the 12 months up to the current one in the time zone', () => {
    // 31 Dec 23:30 UTC is already January 2027 in Copenhagen.
    expect(defaultMonths(Date.parse('2026-12-31T23:30:00Z'), 'Europe/Copenhagen')).toEqual({
      from: '2026-02',
      to: '2027-01',
    });
    expect(defaultMonths(Date.parse('2026-12-31T23:30:00Z'), 'UTC')).toEqual({
      from: '2026-01',
      to: '2026-12',
    });
  });
});
