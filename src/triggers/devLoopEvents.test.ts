import type { AppContext } from '../services/appContext';
import { onEnvironmentUpgraded, onFixRecorded } from '../services/devloop/closeFixedCases';
import { onDevLoopEvent } from './devLoopEvents';

jest.mock('../services/devloop/closeFixedCases', () => ({
  onEnvironmentUpgraded: jest.fn(async () => undefined),
  onFixRecorded: jest.fn(async () => undefined),
}));

const logs: unknown[] = [];
const ctx = { log: (...args: unknown[]) => logs.push(args) } as unknown as AppContext;

describe('the dev-loop-events consumer', () => {
  beforeEach(() => {
    jest.mocked(onEnvironmentUpgraded).mockClear();
    jest.mocked(onFixRecorded).mockClear();
    logs.length = 0;
  });

  it('hands an upgrade to onEnvironmentUpgraded', async () => {
    await onDevLoopEvent({ body: { reportId: 'r1', environment: 'schultz-prod' } }, ctx);
    expect(onEnvironmentUpgraded).toHaveBeenCalledWith(ctx, {
      reportId: 'r1',
      environment: 'schultz-prod',
    });
    expect(onFixRecorded).not.toHaveBeenCalled();
  });

  it('hands a recorded fix to onFixRecorded', async () => {
    await onDevLoopEvent({ body: { caseId: '10001' } }, ctx);
    expect(onFixRecorded).toHaveBeenCalledWith(ctx, { caseId: '10001' });
    expect(onEnvironmentUpgraded).not.toHaveBeenCalled();
  });

  it('drops a body that is neither, logging it', async () => {
    for (const body of [
      {},
      { reportId: '', environment: 'x' },
      { reportId: 'r1' },
      { caseId: 7 },
    ]) {
      await onDevLoopEvent({ body }, ctx);
    }
    expect(onEnvironmentUpgraded).not.toHaveBeenCalled();
    expect(onFixRecorded).not.toHaveBeenCalled();
    expect(logs).toHaveLength(4);
  });
});
