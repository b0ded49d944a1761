/**
 * Sweep benchmark: the five-minute scheduled trigger on a site with many open issues, of which
 * a few have a warning or breach due. The sweep finds them through the index on `nextCheckMs` of
 * the app's own records and the consumer re-evaluates each, so its Jira requests and time follow
 * the due issues, not the open ones. The same sweep runs on 100,000 open issues with 1 % due
 * (the baseline), on twice as many open issues with the same due ones, and on the baseline
 * with twice the due ones; the ratios to the baseline are printed.
 */
import type { SlmProperty } from '../src/domain/state/slmProperty';
import { setUpDemoSite } from '../src/simulator/demo/site';
import { Simulator } from '../src/simulator/simulator';
import { issueSlaRecord, IssueSlaRecords } from '../src/storage/issueSlaRecords';
import { onSlaSweep } from '../src/triggers/slaSweep';

const START = Date.parse('2026-03-02T07:00:00Z');
const HOUR = 3_600_000;

interface SweepRun {
  readonly open: number;
  readonly due: number;
  readonly requests: number;
  readonly ms: number;
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
    await records.save(issueSlaRecord(issue, slm as SlmProperty));
  }
  return sim;
}

/** One sweep and the consumer work it queues: Jira requests made and wall time. */
async function sweepOnce(open: number, due: number): Promise<SweepRun> {
  const sim = await site(open, due);
  const before = sim.jira.requestLog.length;
  const started = process.hrtime.bigint();
  await onSlaSweep(sim.forge.context());
  await sim.forge.settle();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { open, due, requests: sim.jira.requestLog.length - before, ms };
}

export async function benchSweep(): Promise<object> {
  console.log('== Sweep: one five-minute run and the re-evaluations it queues ==');
  await sweepOnce(10_000, 1_000); // warm-up: the JIT, and the compiled contract's calendars
  const baseline = await sweepOnce(100_000, 1_000);
  const doubledOpen = await sweepOnce(200_000, 1_000);
  const doubledDue = await sweepOnce(100_000, 2_000);
  for (const run of [baseline, doubledOpen, doubledDue]) {
    console.log(
      `${run.open.toLocaleString('en').padStart(8)} open, ${run.due.toLocaleString('en').padStart(5)} due: ` +
        `${run.requests.toLocaleString('en').padStart(6)} Jira requests (${(run.requests / run.due).toFixed(1)} per due issue), ` +
        `${run.ms.toFixed(0)} ms`,
    );
  }
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  console.log(
    `doubling the open issues: ×${ratio(doubledOpen.requests, baseline.requests)} requests, ×${ratio(doubledOpen.ms, baseline.ms)} time; ` +
      `doubling the due issues: ×${ratio(doubledDue.requests, baseline.requests)} requests, ×${ratio(doubledDue.ms, baseline.ms)} time`,
  );
  return {
    sweep: {
      openIssues: baseline.open,
      dueIssues: baseline.due,
      requestsPerSweep: baseline.requests,
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
