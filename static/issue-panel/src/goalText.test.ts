import { handover, resolution, update, workaround } from './fixtures';
import { formatCountdown, liveGoal, relativeText, stateLabel, timeLeftText } from './goalText';

const NOW = Date.parse('2026-03-03T10:00:00Z');

describe('formatCountdown', () => {
  it('shows seconds, padded after a larger unit', () => {
    expect(formatCountdown(45_000)).toBe('45s');
    expect(formatCountdown(5 * 60_000 + 9_000)).toBe('5m 09s');
    expect(formatCountdown(2 * 3_600_000 + 5 * 60_000 + 9_000)).toBe('2h 05m 09s');
    expect(formatCountdown(27 * 3_600_000)).toBe('27h 00m 00s'); // business time: no days
    expect(formatCountdown(-61_000)).toBe('1m 01s');
  });

  it('rounds time left up and time over down', () => {
    expect(formatCountdown(59_001, 'up')).toBe('1m 00s');
    expect(formatCountdown(59_999)).toBe('59s');
  });
});

describe('relativeText', () => {
  it('says how long to go, rounded up to the minute', () => {
    expect(relativeText(NOW + 8_100_000 - 5, NOW)).toBe('in 2h 15m');
    expect(relativeText(NOW + 30_500, NOW)).toBe('in 31s');
  });

  it('says wall-clock time in days', () => {
    expect(relativeText(NOW + 27 * 3_600_000, NOW)).toBe('in 1d 3h');
  });

  it('says how long overdue', () => {
    expect(relativeText(NOW - 4_800_000, NOW)).toBe('overdue by 1h 20m');
  });
});

describe('liveGoal', () => {
  it('moves a running goal on by the wall time since the evaluation', () => {
    const live = liveGoal(resolution, NOW + 60_000, 60_000);
    expect(live.remainingMs).toBe(resolution.remainingMs - 60_000);
    expect(live.elapsedMs).toBe(resolution.elapsedMs + 60_000);
    expect(live.breached).toBe(false);
  });

  it('waits at zero until the breach instant, then is breached', () => {
    const sinceMs = resolution.remainingMs + 10_000;
    const beforeBreach = liveGoal(resolution, Date.parse(resolution.breachesAt!) - 1, sinceMs);
    expect(beforeBreach).toMatchObject({ breached: false, remainingMs: 0 });
    const afterBreach = liveGoal(resolution, Date.parse(resolution.breachesAt!), sinceMs);
    expect(afterBreach).toMatchObject({ breached: true, remainingMs: -10_000 });
  });

  it('counts warnings whose instant has passed', () => {
    expect(liveGoal(resolution, NOW, 0).warningsReached).toEqual([0.75]);
    expect(liveGoal(resolution, Date.parse('2026-03-03T10:36:00Z'), 0).warningsReached).toEqual([
      0.75, 0.9,
    ]);
  });

  it('keeps paused and completed goals as they were', () => {
    expect(liveGoal(update, NOW + 3_600_000, 3_600_000).remainingMs).toBe(update.remainingMs);
    expect(liveGoal(workaround, NOW + 3_600_000, 3_600_000).elapsedMs).toBe(workaround.elapsedMs);
  });
});

describe('stateLabel and timeLeftText', () => {
  it('names every state in words', () => {
    expect(stateLabel('running', false)).toEqual({ text: 'Running', appearance: 'inprogress' });
    expect(stateLabel('running', true)).toEqual({ text: 'Breached', appearance: 'removed' });
    expect(stateLabel('paused', false).text).toBe('Paused');
    expect(stateLabel('paused', true).text).toBe('Breached, paused');
    expect(stateLabel('met', false).text).toBe('Met');
    expect(stateLabel('missed', true).text).toBe('Missed');
    expect(stateLabel('notStarted', false).text).toBe('Not started');
  });

  it('says what is left, over, or taken', () => {
    expect(timeLeftText(handover, liveGoal(handover, NOW, 0))).toBe(
      'about 1h 20m 00s business time over target',
    );
    const pausedOver = {
      ...update,
      breached: true,
      elapsedMs: 9 * 3_600_000,
      remainingMs: -3_600_000,
    };
    expect(timeLeftText(pausedOver, liveGoal(pausedOver, NOW, 0))).toBe(
      '1h over target, clock paused',
    );
    const notStarted = { ...update, state: 'notStarted' as const, elapsedMs: 0 };
    expect(timeLeftText(notStarted, liveGoal(notStarted, NOW, 0))).toBe(
      'Clock not started; 8h once it starts',
    );
  });

  it('says business time in hours, not days a reader would take for working days', () => {
    const tenDays = { ...resolution, state: 'met' as const, targetMs: 240 * 3_600_000 };
    const met = { ...tenDays, elapsedMs: 30 * 3_600_000, remainingMs: 210 * 3_600_000 };
    expect(timeLeftText(met, liveGoal(met, NOW, 0))).toBe('Met after 30h of 240h');
    const running = { ...resolution, remainingMs: 27 * 3_600_000 };
    expect(timeLeftText(running, liveGoal(running, NOW, 0))).toBe(
      'about 27h 00m 00s business time left',
    );
  });
});
