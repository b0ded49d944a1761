import example from '../../../examples/contract.json';
import type { Contract } from '../contract/types';
import { goalMeasures } from './goalMeasures';

describe('which goals measure reaction and resolution', () => {
  it('reads it from the action model, not the goal name', () => {
    // reaction: created → first agent reply; resolution and critical-resolution: created →
    // resolved; status-update restarts on each reply; 2nd line pick-up starts on escalation.
    expect(goalMeasures(example as Contract)).toEqual({
      reaction: ['reaction'],
      resolution: ['resolution', 'critical-resolution'],
    });
  });

  it('does not take a clock reset by each reply for a reaction goal', () => {
    const contract = {
      ...(example as Contract),
      actionModels: [
        {
          id: 'm',
          name: 'm',
          start: [{ on: 'created' }],
          stop: [{ on: 'commentByAgent' }],
          reset: [{ on: 'commentByAgent' }],
        },
      ],
      goals: [{ id: 'g', name: 'Svartid', actionModel: 'm', calendar: 'c' }],
    } as Contract;
    expect(goalMeasures(contract)).toEqual({ reaction: [], resolution: [] });
  });
});
