import {
  CLOSURE_LEASE_MS,
  closureRetryDue,
  closureRetryWaitMs,
  MAX_CLOSURE_ATTEMPTS,
  MAX_CLOSURE_WAIT_MS,
} from './waitingCasesRetry';

const MIN = 60_000;

describe('closure retries', () => {
  it('waits 15 minutes after an attempt, doubling, capped at 6 hours', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(closureRetryWaitMs)).toEqual([
      15 * MIN,
      30 * MIN,
      60 * MIN,
      120 * MIN,
      240 * MIN,
      MAX_CLOSURE_WAIT_MS,
      MAX_CLOSURE_WAIT_MS,
    ]);
  });

  it('never takes over an attempt that may still run', () => {
    const progress = { status: 'pending', attempts: 1, claimedAt: 0, attemptedAt: 1_000 };
    expect(closureRetryDue(progress, 1_000 + CLOSURE_LEASE_MS - 1)).toBe(false);
    expect(closureRetryDue(progress, 1_000 + CLOSURE_LEASE_MS)).toBe(true);
  });

  it('takes up a claim never attempted once the lease has passed', () => {
    const claimed = { status: 'pending', attempts: 0, claimedAt: 5_000, attemptedAt: null };
    expect(closureRetryDue(claimed, 5_000 + CLOSURE_LEASE_MS - 1)).toBe(false);
    expect(closureRetryDue(claimed, 5_000 + CLOSURE_LEASE_MS)).toBe(true);
  });

  it('leaves closed closures and those out of attempts alone', () => {
    const late = 10 ** 12;
    expect(
      closureRetryDue({ status: 'closed', attempts: 1, claimedAt: 0, attemptedAt: 0 }, late),
    ).toBe(false);
    expect(
      closureRetryDue(
        { status: 'failed', attempts: MAX_CLOSURE_ATTEMPTS, claimedAt: 0, attemptedAt: 0 },
        late,
      ),
    ).toBe(false);
    expect(
      closureRetryDue(
        { status: 'failed', attempts: MAX_CLOSURE_ATTEMPTS - 1, claimedAt: 0, attemptedAt: 0 },
        late,
      ),
    ).toBe(true);
  });
});
