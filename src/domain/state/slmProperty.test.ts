import type { Evaluation, GoalEvaluation } from '../sla/types';
import { PROPERTY_LIMIT_BYTES, slmProperty } from './slmProperty';
import { urgentGoalSummary } from './urgentGoalSummary';

const NOW = Date.parse('2026-03-03T12:00:00.000Z');

const goal = (over: Partial<GoalEvaluation>): GoalEvaluation => ({
  goal: 'resolution',
  name: 'Resolution time',
  internal: false,
  state: 'running',
  breached: false,
  targetMs: 28_800_000,
  elapsedMs: 7_200_000,
  remainingMs: 21_600_000,
  deadline: '2026-03-04T10:00:00.000Z',
  breachedAt: null,
  breachesAt: '2026-03-04T10:00:00.001Z',
  completedAt: null,
  warnings: [
    { fraction: 0.5, at: '2026-03-03T08:00:00.000Z', reached: true },
    { fraction: 0.75, at: '2026-03-03T14:00:00.000Z', reached: false },
  ],
  calendar: 'dk-office',
  cycles: [
    {
      start: '2026-03-02T08:00:00.000Z',
      stop: null,
      pausedMs: 0,
      elapsedMs: 7_200_000,
      targetMs: 28_800_000,
      breachedAt: null,
    },
  ],
  ...over,
});

const evaluation = (goals: GoalEvaluation[]): Evaluation => ({
  agreement: 'schultz-prod-gold',
  contractVersion: 3,
  priority: { id: '2', name: 'Priority 2', rank: 2, model: 'numeric' },
  goals,
  nextAction: null,
});

describe('slmProperty', () => {
  it('flattens what JQL indexes: next deadline, next check, breached, at risk, rank', () => {
    const property = slmProperty(
      evaluation([goal({})]),
      { customer: 'schultz', environment: 'schultz-prod' },
      NOW,
    );
    expect(property).toMatchObject({
      format: 'slm-issue/1',
      agreement: 'schultz-prod-gold',
      contractVersion: 3,
      customer: 'schultz',
      environment: 'schultz-prod',
      nextDeadline: '2026-03-04T10:00:00.000Z',
      nextCheck: '2026-03-03T14:00:00.000Z',
      nextCheckMs: Date.parse('2026-03-03T14:00:00.000Z'),
      breached: 'false',
      atRisk: 'true',
      urgency: 1,
      rank: 2,
    });
  });

  it('checks next just after the deadline once every warning is behind, and never for paused or breached goals', () => {
    const lastWarningPassed = goal({
      warnings: [{ fraction: 0.5, at: '2026-03-03T08:00:00.000Z', reached: true }],
    });
    expect(slmProperty(evaluation([lastWarningPassed]), {}, NOW).nextCheck).toBe(
      '2026-03-04T10:00:00.001Z',
    );
    const paused = goal({ state: 'paused' });
    expect(slmProperty(evaluation([paused]), {}, NOW).nextCheck).toBeNull();
    const breached = goal({
      breached: true,
      breachedAt: '2026-03-03T11:00:00.000Z',
      breachesAt: null,
      warnings: [],
    });
    const property = slmProperty(evaluation([breached]), {}, NOW);
    expect(property).toMatchObject({
      nextCheck: null,
      nextCheckMs: null,
      breached: 'true',
      atRisk: 'false',
      urgency: 0,
    });
  });

  it('keeps the value under 32 KB by dropping the oldest cycles, and says how many there were', () => {
    const cycles = Array.from({ length: 2_000 }, (_, i) => ({
      start: new Date(NOW - (2_000 - i) * 3_600_000).toISOString(),
      stop: new Date(NOW - (2_000 - i) * 3_600_000 + 60_000).toISOString(),
      pausedMs: 0,
      elapsedMs: 60_000,
      targetMs: 3_600_000,
      breachedAt: null,
    }));
    const busy = goal({ goal: 'status-update', cycles });
    const property = slmProperty(evaluation([busy, goal({}), goal({ goal: 'reaction' })]), {}, NOW);
    expect(new TextEncoder().encode(JSON.stringify(property)).length).toBeLessThanOrEqual(
      PROPERTY_LIMIT_BYTES,
    );
    expect(property.goals[0]!.cycleCount).toBe(2_000);
    expect(property.goals[0]!.cycles.at(-1)).toEqual(cycles.at(-1));
  });

  it('ranks urgency as a number JQL can sort: 0 breached, 1 at risk, 2 the rest', () => {
    const urgency = (goals: GoalEvaluation[]) => slmProperty(evaluation(goals), {}, NOW).urgency;
    expect(urgency([goal({ breached: true }), goal({})])).toBe(0);
    expect(urgency([goal({})])).toBe(1);
    expect(urgency([goal({ warnings: [] })])).toBe(2);
    expect(urgency([goal({ state: 'missed', breached: true })])).toBe(2);
    expect(urgency([])).toBe(2);
  });

  it('does not store explanations', () => {
    const explained = goal({
      explanation: [{ at: '2026-03-02T08:00:00.000Z', action: 'start', text: 'x' }],
    });
    expect(slmProperty(evaluation([explained]), {}, NOW).goals[0]).not.toHaveProperty(
      'explanation',
    );
  });
});

describe('urgentGoalSummary', () => {
  it.each([
    [[goal({})], 'Resolution time due 2026-03-04 10:00 UTC'],
    [
      [goal({ state: 'paused', remainingMs: 16_200_000 })],
      'Resolution time paused, 4h 30m of business time left',
    ],
    [
      [goal({ state: 'paused', remainingMs: 240 * 3_600_000 })],
      'Resolution time paused, 240h of business time left',
    ],
    [
      [
        goal({}),
        goal({ name: 'Reaction time', breached: true, breachedAt: '2026-03-03T09:15:00.000Z' }),
      ],
      'Reaction time breached since 2026-03-03 09:15 UTC',
    ],
    [[goal({ state: 'met', deadline: null })], 'SLA met'],
    [[goal({ state: 'missed', breached: true, deadline: null })], 'SLA missed'],
  ])('words %# as %j', (goals, text) => {
    expect(urgentGoalSummary(evaluation(goals))).toBe(text);
  });

  it('says when no SLA applies', () => {
    expect(urgentGoalSummary({ ...evaluation([]), agreement: null, reason: 'x' })).toBe('No SLA');
  });
});
