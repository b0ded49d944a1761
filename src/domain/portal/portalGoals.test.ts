import { exampleContract } from '../../../test/support/contractVariants';
import type { GoalEvaluation } from '../sla/types';
import { portalGoalViews } from './portalGoals';

const contract = exampleContract;

const goal = (over: Partial<GoalEvaluation>): GoalEvaluation => ({
  goal: 'resolution',
  name: 'Resolution time',
  internal: false,
  state: 'running',
  breached: false,
  targetMs: 8 * 3_600_000,
  elapsedMs: 3_600_000,
  remainingMs: 7 * 3_600_000,
  deadline: '2026-03-03T10:00:00.000Z',
  breachedAt: null,
  breachesAt: '2026-03-03T10:00:00.001Z',
  completedAt: null,
  warnings: [],
  calendar: 'dk-office',
  cycles: [],
  ...over,
});

describe('portalGoalViews', () => {
  it('says state, target and deadline in the customer’s words', () => {
    const [view] = portalGoalViews(contract, [goal({})], 'In Progress');
    expect(view).toEqual({
      goal: 'resolution',
      name: 'Resolution time',
      state: 'running',
      stateText: 'On track',
      target: '8 business hours',
      deadline: '2026-03-03T10:00:00.000Z',
      pausedReason: null,
      breached: false,
      completedAt: null,
    });
  });

  it('gives a paused goal its reason from the status, and a stopped one no deadline', () => {
    const [paused, met] = portalGoalViews(
      contract,
      [
        goal({ state: 'paused' }),
        goal({
          goal: 'reaction',
          state: 'met',
          deadline: null,
          completedAt: '2026-03-02T08:00:00.000Z',
        }),
      ],
      'Waiting for customer',
    );
    expect(paused).toMatchObject({
      stateText: 'Paused: waiting for your reply',
      pausedReason: 'waiting for your reply',
    });
    expect(met).toMatchObject({ stateText: 'Met', deadline: null, pausedReason: null });
  });

  it('says a target on an around-the-clock calendar without "business"', () => {
    const [view] = portalGoalViews(contract, [goal({ calendar: '24x7' })], 'Open');
    expect(view!.target).toBe('8 hours');
  });

  it('drops an internal goal even when handed one', () => {
    const ola = goal({
      goal: 'second-line-pickup',
      name: '2nd line pick-up (OLA)',
      internal: true,
    });
    expect(portalGoalViews(contract, [ola, goal({})], 'Open').map((g) => g.goal)).toEqual([
      'resolution',
    ]);
  });
});
