import { explainGoal } from './explainGoal';
import type { GoalEvaluation } from './types';

const HOUR = 3_600_000;

/** A resolution goal with a P10D target (240 h of business time), breached. */
const figures: Omit<GoalEvaluation, 'explanation'> = {
  goal: 'resolution',
  name: 'Resolution time',
  internal: false,
  state: 'running',
  breached: true,
  targetMs: 240 * HOUR,
  elapsedMs: 241 * HOUR,
  remainingMs: -HOUR,
  deadline: '2026-04-01T08:00:00.000Z',
  breachedAt: '2026-04-01T08:00:00.001Z',
  breachesAt: null,
  completedAt: null,
  warnings: [{ fraction: 0.75, at: '2026-03-25T08:00:00.000Z', reached: true }],
  calendar: 'dk-office',
  cycles: [],
};

describe('explainGoal', () => {
  it('says the target and warning amounts in hours of business time, not days', () => {
    const steps = explainGoal({ cycles: [], paused: false, steps: [] }, 'support', figures);
    expect(steps.map((s) => s.text)).toEqual([
      '75 % of the target used (180h).',
      'Target of 240h of business time exceeded.',
    ]);
  });
});
