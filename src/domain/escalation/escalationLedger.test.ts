import {
  isSettled,
  MAX_ATTEMPTS,
  newLedger,
  nextAttemptAt,
  openActions,
  withOutcome,
  type AttemptOutcome,
} from './escalationLedger';

const ledger = newLedger(
  'SUP-1',
  'reaction@2026-03-02T07:00:00.000Z@breach',
  [
    { type: 'comment', text: 'breached', internal: false },
    { type: 'addLabel', label: 'sla-breached' },
  ],
  '2026-03-02T07:35:00.000Z',
);
const done: AttemptOutcome = { outcome: 'done', at: '2026-03-02T07:35:01.000Z' };
const failed = (final = false): AttemptOutcome => ({
  outcome: 'failed',
  at: '2026-03-02T07:35:01.000Z',
  error: 'Jira answered 503',
  final,
});
const MINUTE = 60_000;

describe('the escalation ledger', () => {
  it('records each action on its own: done, or failed and open for another attempt', () => {
    const after = withOutcome(withOutcome(ledger, 0, 0, done), 1, 0, failed());
    expect(after.actions.map((a) => [a.state, a.attempts])).toEqual([
      ['done', 1],
      ['failed', 1],
    ]);
    expect(openActions(after)).toEqual([1]);
    expect(isSettled(withOutcome(after, 1, 1, done))).toBe(true);
  });

  it('applies an outcome once: again, or for another attempt, it changes nothing', () => {
    const once = withOutcome(ledger, 0, 0, failed());
    expect(withOutcome(once, 0, 0, failed())).toBe(once);
    expect(withOutcome(withOutcome(ledger, 0, 0, done), 0, 0, failed())).toEqual(
      withOutcome(ledger, 0, 0, done),
    );
  });

  it(`gives an action up after ${MAX_ATTEMPTS} attempts, or at once when retrying cannot help`, () => {
    let record = ledger;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      record = withOutcome(record, 0, attempt, failed());
    }
    expect(record.actions[0]).toMatchObject({ state: 'abandoned', attempts: MAX_ATTEMPTS });
    expect(withOutcome(ledger, 1, 0, failed(true)).actions[1]).toMatchObject({
      state: 'abandoned',
      attempts: 1,
    });
  });

  it('backs off: 5 minutes after the first failure, doubling, an hour at most', () => {
    const afterFailures = (n: number) => {
      let record = ledger;
      for (let attempt = 0; attempt < n; attempt++)
        record = withOutcome(record, 0, attempt, failed());
      return nextAttemptAt(record, 0) / MINUTE;
    };
    expect([1, 2, 3, 4, 5, 6].map(afterFailures)).toEqual([5, 10, 20, 40, 60, 60]);
  });
});
