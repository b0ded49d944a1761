import { actionTexts, customerFacing } from './customerFacing';
import type { Evaluation, GoalEvaluation } from './types';

const goal = (over: Partial<GoalEvaluation>): GoalEvaluation => ({
  goal: 'status-update',
  name: 'Status update interval',
  internal: false,
  state: 'running',
  breached: false,
  targetMs: 14_400_000,
  elapsedMs: 300_000,
  remainingMs: 14_100_000,
  deadline: '2026-03-02T11:05:00.000Z',
  breachedAt: null,
  breachesAt: '2026-03-02T11:05:00.001Z',
  completedAt: null,
  warnings: [],
  calendar: 'dk-office',
  cycles: [],
  ...over,
});

const ola = goal({
  goal: 'second-line-pickup',
  name: '2nd line pick-up (OLA)',
  internal: true,
  deadline: '2026-03-02T08:10:00.000Z',
});

const evaluation: Evaluation = {
  agreement: 'schultz-prod-gold',
  contractVersion: 1,
  goals: [goal({}), ola],
  nextAction: { goal: ola.goal, action: '2nd line: take the escalated issue', due: ola.deadline! },
};

const texts = actionTexts([
  {
    id: 'status-update',
    name: 'Status update interval',
    actionModel: 'status-update',
    calendar: 'dk-office',
    nextAction: 'Post a public status update',
  },
  {
    id: 'second-line-pickup',
    name: '2nd line pick-up (OLA)',
    actionModel: 'second-line-pickup',
    calendar: 'dk-office',
    internal: true,
    nextAction: '2nd line: take the escalated issue',
  },
]);

describe('customerFacing', () => {
  it('leaves out internal goals and takes the next action from the goals left', () => {
    const shown = customerFacing(evaluation, texts);
    expect(shown.goals.map((g) => g.goal)).toEqual(['status-update']);
    expect(shown.nextAction).toEqual({
      goal: 'status-update',
      action: 'Post a public status update',
      due: '2026-03-02T11:05:00.000Z',
    });
    expect(JSON.stringify(shown)).not.toMatch(/second-line|OLA|08:10/);
  });

  it('has no next action when only internal goals run', () => {
    const shown = customerFacing({ ...evaluation, goals: [ola] }, texts);
    expect(shown.goals).toEqual([]);
    expect(shown.nextAction).toBeNull();
  });

  it('keeps everything else as it is', () => {
    const shown = customerFacing(evaluation, texts);
    expect(shown.agreement).toBe('schultz-prod-gold');
    expect(shown.contractVersion).toBe(1);
  });
});
