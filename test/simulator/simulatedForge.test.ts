import { Simulator } from '../../src/simulator/simulator';
import { MONDAY_0800_CPH } from '../support/simulator';

describe('the simulated Forge runtime', () => {
  it('logs a function that throws as `forge logs` shows it: at ERROR level, with the stack', async () => {
    const sim = new Simulator({ start: MONDAY_0800_CPH });
    await sim.forge.invoke('productEventTrigger', null);
    expect(sim.forge.log).toEqual([
      {
        at: '2026-03-02T07:00:00.000Z',
        level: 'error',
        message: 'function productEventTrigger failed',
        details: {
          error: expect.stringContaining('TypeError'),
          stack: expect.stringContaining('onProductEvent'),
        },
      },
    ]);
    expect(sim.forge.invocations.map((run) => run.outcome)).toEqual(['failed']);
  });
});
