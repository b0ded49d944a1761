import example from '../../../examples/contract.json';
import { compileContract, type Contract } from '../contract';
import type { Evaluation } from '../sla';
import type { DueEscalation } from './dueEscalations';
import type { EscalationAction } from './types';
import { planEscalation } from './plannedAction';

const model = compileContract(example as unknown as Contract);
const evaluation = { agreement: null, goals: [], nextAction: null } as unknown as Evaluation;
const breachOf = (
  goal: string,
  actions: readonly EscalationAction[] = [
    { type: 'comment', text: '{issue}: {goal} is breached.' },
  ],
): DueEscalation => ({
  key: `${goal}@2026-03-02T08:00:00.000Z@breach`,
  goal,
  cycleStart: '2026-03-02T08:00:00.000Z',
  at: 'breach',
  actions,
});
const assigned = { key: 'SUP-1', assigned: true };
const unassigned = { key: 'SUP-1', assigned: false };

describe('planEscalation', () => {
  it('comments on a customer-facing goal in public', () => {
    expect(planEscalation(model, assigned, evaluation, breachOf('reaction')).actions).toEqual([
      { type: 'comment', text: 'SUP-1: reaction is breached.', internal: false },
    ]);
  });

  it('comments on an internal goal (OLA) as an internal note the customer never sees', () => {
    expect(
      planEscalation(model, assigned, evaluation, breachOf('second-line-pickup')).actions,
    ).toEqual([
      { type: 'comment', text: 'SUP-1: second-line-pickup is breached.', internal: true },
    ]);
  });

  /** Jira refuses a notification to the assignee of an unassigned issue (its 400). */
  describe('notifies the assignee only when there is one', () => {
    const notice = (extra: Partial<Extract<EscalationAction, { type: 'notify' }>>) =>
      breachOf('reaction', [{ type: 'notify', assignee: true, text: 'Breached.', ...extra }]);
    const planned = {
      type: 'notify',
      subject: 'SLA: reaction on SUP-1',
      text: 'Breached.',
      users: [],
      groups: [],
      reporter: false,
    };

    it('on an assigned issue', () => {
      expect(planEscalation(model, assigned, evaluation, notice({}))).toEqual({
        actions: [{ ...planned, assignee: true }],
        skipped: [],
      });
    });

    it('leaving the assignee out of a notice that names other recipients', () => {
      expect(
        planEscalation(model, unassigned, evaluation, notice({ groups: ['team-leads'] })),
      ).toEqual({
        actions: [{ ...planned, groups: ['team-leads'], assignee: false }],
        skipped: [],
      });
    });

    it('skipping, and saying why, a notice left with nobody to notify', () => {
      expect(planEscalation(model, unassigned, evaluation, notice({}))).toEqual({
        actions: [],
        skipped: [{ type: 'notify', reason: 'the issue is unassigned' }],
      });
    });

    it('counting the assignee an earlier action of the same escalation sets', () => {
      const escalation = breachOf('reaction', [
        { type: 'assign', accountId: 'lead-1' },
        { type: 'notify', assignee: true, text: 'Breached.' },
      ]);
      expect(planEscalation(model, unassigned, evaluation, escalation).actions).toEqual([
        { type: 'assign', accountId: 'lead-1' },
        { ...planned, assignee: true },
      ]);
    });
  });
});
