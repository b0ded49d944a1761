/**
 * Sweep benchmark: the five-minute scheduled trigger on a site with many open issues, of which
 * a few have a warning or breach due. The sweep finds them through the index on `nextCheckMs` of
 * the app's own records and the consumer re-evaluates them in batches, reading and writing with
 * Jira's and Forge's bulk operations, so its requests and time follow the due issues, not the
 * open ones, and each due issue costs a small fraction of a request. Requests are Jira's and
 * storage's (KVS, Custom Entity Store and Forge SQL statements) alike. The same sweep runs on 100,000 open issues with
 * 1 % due (the baseline), on twice as many open issues with the same due ones, and on the
 * baseline with twice the due ones; the ratios to the baseline are printed, and the cost of
 * refreshing the same due issues one per job, as before batches, for comparison.
 */
import type { SlmProperty } from '../src/domain/state/slmProperty';
import { setUpDemoSite } from '../src/simulator/demo/site';
import { Simulator } from '../src/simulator/simulator';
import {
  issueSlaRecord,
  IssueSlaRecords,
  type IssueSlaRecord,
} from '../src/storage/issueSlaRecords';
import { onEvaluationEvent } from '../src/triggers/evaluationConsumer';
import { onSlaSweep } from '../src/triggers/slaSweep';

const START = Date.parse('2026-03-02T07:00:00Z');
const HOUR = 3_600_000;

interface SweepRun {
  readonly open: number;
  readonly due: number;
  /** Jira's requests and storage's (KVS, Custom Entity Store and SQL), together. */
  readonly requests: number;
  readonly jiraRequests: number;
  readonly ms: number;
}

/**
 * Every request the app has sent so far: to Jira, to KVS, to the Custom Entity Store and to
 * Forge SQL (one per statement).
 */
const requestCounts = (sim: Simulator) => ({
  jira: sim.jira.requestLog.length,
  all:
    sim.jira.requestLog.length +
    sim.forge.store.requests +
    sim.forge.entityStore.requests +
    sim.forge.sql.statements,
});

/** The requests made while `work` runs, and its wall time. */
async function measured(
  sim: Simulator,
  work: () => Promise<void>,
): Promise<{ requests: number; jiraRequests: number; ms: number }> {
  const before = requestCounts(sim);
  const started = process.hrtime.bigint();
  await work();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const after = requestCounts(sim);
  return { requests: after.all - before.all, jiraRequests: after.jira - before.jira, ms };
}

/** A site with `open` open incidents whose records (and `slm` property) say `due` are due now. */
async function site(open: number, due: number): Promise<Simulator> {
  const sim = new Simulator({ start: START });
  await setUpDemoSite(sim);
  const records = new IssueSlaRecords(sim.forge.entities);
  const every = Math.floor(open / due);
  for (let n = 0; n < open; n++) {
    const isDue = n % every === 0 && n / every < due;
    // Evaluated under the demo contract (version 1), so only the due ones need the sweep.
    const slm = {
      contractVersion: 1,
      // The goals measured then, one cycle each: the refresh rewrites their facts in place.
      goals: ['reaction', 'resolution', 'status-update'].map((goal) => ({ goal, cycleCount: 1 })),
      nextCheckMs: isDue ? START - (n % 60) * 60_000 : START + (1 + (n % 500)) * HOUR,
    };
    const issue = sim.jira.seedIssue({
      accountId: 'cust-mette-schultz',
      created: START - 2 * HOUR,
      fields: {
        project: { key: 'SUP' },
        issuetype: { name: 'Incident' },
        summary: `Open issue ${n}`,
        priority: { name: 'Medium' },
        customfield_10050: { value: 'Schultz A/S' },
        customfield_10051: { value: 'Production' },
      },
      properties: { slm },
    });
    await records.save(issueSlaRecord(issue, slm as unknown as SlmProperty));
  }
  return sim;
}

/** One sweep and the consumer work it queues: requests made and wall time. */
async function sweepOnce(open: number, due: number): Promise<SweepRun> {
  const sim = await site(open, due);
  const run = await measured(sim, async () => {
    await onSlaSweep(sim.forge.context());
    await sim.forge.settle();
  });
  return { open, due, ...run };
}

/**
 * The same due issues refreshed one per job, the way every issue was before batches: requests
 * per issue. The consumer runs each job itself, as Forge would deliver it.
 */
async function oneByOne(open: number, due: number): Promise<number> {
  const sim = await site(open, due);
  const records: IssueSlaRecord[] = [];
  for await (const record of new IssueSlaRecords(sim.forge.entities).due(sim.now())) {
    records.push(record);
  }
  const run = await measured(sim, async () => {
    for (const { issueKey, issueId } of records) {
      await onEvaluationEvent({ body: { issueKey, issueId, reason: 'due' } }, sim.forge.context());
    }
  });
  return run.requests / records.length;
}

export async function benchSweep(): Promise<object> {
  console.log('== Sweep: one five-minute run and the re-evaluations it queues ==');
  await sweepOnce(10_000, 1_000); // warm-up: the JIT, and the compiled contract's calendars
  const baseline = await sweepOnce(100_000, 1_000);
  const doubledOpen = await sweepOnce(200_000, 1_000);
  const doubledDue = await sweepOnce(100_000, 2_000);
  const perIssueAlone = await oneByOne(10_000, 100);
  const perDueIssue = (run: SweepRun) => run.requests / run.due;
  for (const run of [baseline, doubledOpen, doubledDue]) {
    console.log(
      `${run.open.toLocaleString('en').padStart(8)} open, ${run.due.toLocaleString('en').padStart(5)} due: ` +
        `${run.requests.toLocaleString('en').padStart(6)} requests (${perDueIssue(run).toFixed(3)} per due issue; ` +
        `${run.jiraRequests} to Jira, ${run.requests - run.jiraRequests} to storage), ` +
        `${run.ms.toFixed(0)} ms`,
    );
  }
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  const worst = Math.max(perDueIssue(baseline), perDueIssue(doubledDue));
  console.log(
    `one due issue per job, as before batches: ${perIssueAlone.toFixed(1)} requests per due issue ` +
      `(×${Math.round(perIssueAlone / worst)} the batched sweep's)`,
  );
  console.log(
    `doubling the open issues: ×${ratio(doubledOpen.requests, baseline.requests)} requests, ×${ratio(doubledOpen.ms, baseline.ms)} time; ` +
      `doubling the due issues: ×${ratio(doubledDue.requests, baseline.requests)} requests, ×${ratio(doubledDue.ms, baseline.ms)} time`,
  );
  return {
    sweep: {
      openIssues: baseline.open,
      dueIssues: baseline.due,
      requestsPerSweep: baseline.requests,
      /** Jira and storage requests per due issue: the worse of 1,000 and 2,000 due issues. */
      requestsPerDueIssue: Number(worst.toFixed(4)),
      requestsPerDueIssueByDue: {
        [baseline.due]: Number(perDueIssue(baseline).toFixed(4)),
        [doubledDue.due]: Number(perDueIssue(doubledDue).toFixed(4)),
      },
      oneIssuePerJob: {
        requestsPerDueIssue: Number(perIssueAlone.toFixed(2)),
        timesTheBatchedSweep: Math.round(perIssueAlone / worst),
      },
      msPerSweep: Math.round(baseline.ms),
      ratios: {
        doubledOpen: {
          requests: ratio(doubledOpen.requests, baseline.requests),
          time: ratio(doubledOpen.ms, baseline.ms),
        },
        doubledDue: {
          requests: ratio(doubledDue.requests, baseline.requests),
          time: ratio(doubledDue.ms, baseline.ms),
        },
      },
    },
  };
}
