import { closedIssuesJql, openIssuesJql } from './contractRuns';

describe('the issues a run covers', () => {
  it('finds the open issues of the customers in scope, by id or name, quoted', () => {
    expect(openIssuesJql({ everyIssue: false, customers: ['Says "hi" \\ Co', 'acme'] })).toBe(
      'resolution IS EMPTY AND issue.property[slm].customer IN ("Says \\"hi\\" \\\\ Co", "acme") ORDER BY key ASC',
    );
  });

  it('finds every open issue for a first contract or a change touching many customers', () => {
    const every = 'resolution IS EMPTY ORDER BY key ASC';
    expect(openIssuesJql({ everyIssue: true, customers: [] })).toBe(every);
    const many = Array.from({ length: 101 }, (_, i) => `c${i}`);
    expect(openIssuesJql({ everyIssue: false, customers: many })).toBe(every);
  });

  it('needs no query when the change reaches no customer', () => {
    expect(openIssuesJql({ everyIssue: false, customers: [] })).toBeNull();
  });

  it('finds the issues resolved in a period, both days included, across a month end', () => {
    expect(closedIssuesJql({ from: '2026-02-01', to: '2026-02-28' })).toBe(
      'resolution IS NOT EMPTY AND resolved >= "2026-02-01" AND resolved < "2026-03-01" ORDER BY key ASC',
    );
  });
});
