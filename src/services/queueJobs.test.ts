import { evaluationQueue } from '../forge/evaluationQueue';
import { SimulatedAsyncEvents } from '../simulator/asyncEvents';
import type { AppContext } from './appContext';
import type { EvaluationJob } from './evaluationJob';
import { batchJobs, MAX_ISSUES_PER_BATCH, pushJobs } from './queueJobs';

const digest = 'f'.repeat(64);

describe('batch jobs', () => {
  it('take up to 1000 issues each, in order, with what their records say', () => {
    const issues = Array.from({ length: 2500 }, (_, n) => ({ issueKey: `SUP-${n + 1}` }));
    const jobs = batchJobs(issues, { reason: 'due' });
    expect(jobs.map((job) => job.issueKeys?.length)).toEqual([1000, 1000, 500]);
    expect(jobs.flatMap((job) => job.issueKeys)).toEqual(issues.map((i) => i.issueKey));
    expect(jobs[0]).not.toHaveProperty('records');
    const [recorded] = batchJobs([{ issueKey: 'SUP-1', recorded: { issueId: '10000', digest } }], {
      reason: 'due',
    });
    expect(recorded).toEqual({
      reason: 'due',
      issueKeys: ['SUP-1'],
      records: { 'SUP-1': { issueId: '10000', digest } },
    });
  });

  it('fit Forge’s limits on an event and a push, however long the keys', async () => {
    // Forge's own push checks (@forge/events) and the platform's 100 KB an event.
    const platform = new SimulatedAsyncEvents(
      () => 0,
      () => 900,
    );
    const ctx = { queue: evaluationQueue(platform.apiClient) } as unknown as AppContext;
    const issues = Array.from({ length: 20_000 }, (_, n) => ({
      issueKey: `SUPPORTDESK-${100_000 + n}`,
      recorded: { issueId: String(1_000_000 + n), digest },
    }));
    const jobs = batchJobs(issues, { reason: 'due' });
    expect(Math.max(...jobs.map((job) => job.issueKeys!.length))).toBeLessThan(
      MAX_ISSUES_PER_BATCH,
    );
    await pushJobs(ctx, jobs);
    const delivered: EvaluationJob[] = [];
    for (let event = platform.takeDue(); event; event = platform.takeDue()) {
      delivered.push(event.body as EvaluationJob);
    }
    expect(delivered.flatMap((job) => job.issueKeys)).toEqual(issues.map((i) => i.issueKey));
  });
});
