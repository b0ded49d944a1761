import type { Customer } from '../domain/contract';
import { actionTexts, customerFacing } from '../domain/sla/customerFacing';
import type { PropertyGoal, SlmProperty } from '../domain/state/slmProperty';
import type { JiraIssue } from '../jira/types';
import { workListRow } from './workListRow';

const goal = (over: Partial<PropertyGoal>): PropertyGoal => ({
  goal: 'status-update',
  name: 'Status update interval',
  internal: false,
  state: 'running',
  breached: false,
  targetMs: 14_400_000,
  elapsedMs: 0,
  remainingMs: 14_400_000,
  deadline: '2026-03-02T11:05:00.000Z',
  breachedAt: null,
  breachesAt: null,
  completedAt: null,
  warnings: [],
  calendar: 'dk-office',
  cycles: [],
  cycleCount: 1,
  ...over,
});

const ola = goal({
  goal: 'second-line-pickup',
  name: '2nd line pick-up (OLA)',
  internal: true,
  breached: true,
  deadline: '2026-03-02T08:10:00.000Z',
});

const state = {
  customer: 'schultz',
  priority: { id: '2', name: 'Priority 2', rank: 2, model: 'numeric' },
  goals: [goal({}), ola],
  nextAction: { goal: ola.goal, action: '2nd line: take the escalated issue', due: ola.deadline! },
} as Pick<SlmProperty, 'goals' | 'nextAction' | 'priority' | 'customer'>;

const issue: JiraIssue = {
  id: '10000',
  key: 'SUP-1',
  fields: { summary: 'Login page times out', status: { id: '1', name: 'Escalated' } },
};

const customers = [{ id: 'schultz', name: 'Schultz A/S', environments: [] }] as Customer[];

describe('workListRow', () => {
  it('shows staff the most urgent goal, internal ones included', () => {
    expect(workListRow(issue, state, customers)).toMatchObject({
      key: 'SUP-1',
      customer: { id: 'schultz', name: 'Schultz A/S' },
      urgent: { goal: 'second-line-pickup', breached: true },
      nextAction: { goal: 'second-line-pickup' },
      tier: 'breached',
    });
  });

  it('shows a customer neither an internal goal nor a tier or next action made of one', () => {
    const texts = actionTexts([
      {
        id: 'status-update',
        name: 'Status update interval',
        actionModel: 'status-update',
        calendar: 'dk-office',
        nextAction: 'Post a public status update',
      },
    ]);
    const row = workListRow(issue, customerFacing(state, texts), customers);
    expect(row).toMatchObject({
      urgent: { goal: 'status-update', breached: false },
      nextAction: { goal: 'status-update', action: 'Post a public status update' },
      tier: 'onTrack',
    });
    expect(JSON.stringify(row)).not.toMatch(/second-line|OLA|08:10/);
  });
});
