import example from '../../../examples/contract.json';
import { compileContract, type Contract } from '../contract';
import type { Evaluation } from '../sla';
import type { DueEscalation } from './dueEscalations';
import { planEscalation } from './plannedAction';

const model = compileContract(example as unknown as Contract);
const evaluation = { agreement: null, goals: [], nextAction: null } as unknown as Evaluation;
const breachOf = (goal: string): DueEscalation => ({
  key: `${goal}@2026-03-02T08:00:00.000Z@breach`,
  goal,
  cycleStart: '2026-03-02T08:00:00.000Z',
  at: 'breach',
  actions: [{ type: 'comment', text: '{issue}: {goal} is breached.' }],
});

describe('planEscalation', () => {
  it('comments on a customer-facing goal in public', () => {
    expect(planEscalation(model, 'SUP-1', evaluation, breachOf('reaction'))).toEqual([
      { type: 'comment', text: 'SUP-1: reaction is breached.', internal: false },
    ]);
  });

  it('comments on an internal goal (OLA) as an internal note the customer never sees', () => {
    expect(planEscalation(model, 'SUP-1', evaluation, breachOf('second-line-pickup'))).toEqual([
      { type: 'comment', text: 'SUP-1: second-line-pickup is breached.', internal: true },
    ]);
  });
});
