/**
 * Refreshing issues in a batch (bulk reads and writes) against refreshing them one by one: the
 * same properties and field values on any site, a cost in Jira requests that does not grow
 * with the batch, and one failing issue that fails alone.
 */
import fc from 'fast-check';
import example from '../../examples/contract.json';
import type { SlmProperty } from '../../src/domain/state/slmProperty';
import { JiraClient } from '../../src/jira/jiraClient';
import type { JiraTransport } from '../../src/jira/transport';
import { refreshIssues, type RefreshRequest } from '../../src/services/refreshIssues';
import type { Simulator } from '../../src/simulator/simulator';
import { IssueSlaRecords } from '../../src/storage/issueSlaRecords';
import { EVALUATION_RETRIES } from '../../src/storage/storageKeys';
import { onEvaluationEvent } from '../../src/triggers/evaluationConsumer';
import { demoSimulator, DEMO_USERS, MINUTE } from '../support/simulator';

const CUSTOMERS = [
  { customer: 'Schultz A/S', environment: 'Production', contact: 'cust-mette-schultz' },
  { customer: 'Schultz A/S', environment: 'UAT', contact: 'cust-jonas-holm' },
  { customer: 'Fjellheim Drift AS', environment: 'Production', contact: 'cust-ingrid-bakke' },
  { customer: 'Göta Kommun', environment: 'UAT', contact: 'cust-karin-lindqvist' },
];
const STATUSES = ['In Progress', 'Waiting for customer', 'Escalated', 'Resolved', 'Open'];
const PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Red'];

type Step =
  | { kind: 'comment'; by: 'customer' | 'agent' | 'internal' }
  | { kind: 'transition'; to: string }
  | { kind: 'priority'; to: string }
  | { kind: 'assign'; agent: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('comment' as const),
    by: fc.constantFrom('customer' as const, 'agent' as const, 'internal' as const),
  }),
  fc.record({ kind: fc.constant('transition' as const), to: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('priority' as const), to: fc.constantFrom(...PRIORITIES) }),
  fc.record({ kind: fc.constant('assign' as const), agent: fc.integer({ min: 0, max: 2 }) }),
);

const issueArb = fc.record({
  who: fc.integer({ min: 0, max: CUSTOMERS.length - 1 }),
  type: fc.constantFrom('Incident', 'Service request'),
  priority: fc.constantFrom(...PRIORITIES),
  steps: fc.array(fc.record({ minutes: fc.integer({ min: 0, max: 180 }), step: stepArb }), {
    maxLength: 6,
  }),
});

type IssuePlan = typeof issueArb extends fc.Arbitrary<infer T> ? T : never;

/**
 * Plays a site's issues through Jira, as people would: the app evaluates each change. One more
 * issue gets more comments than an issue's `comment` field carries (so a bulk read pages them):
 * 100 internal notes, then the first reply the customer sees. Then a new contract version
 * changes targets, and the clock moves on.
 */
async function play(issues: readonly IssuePlan[]) {
  const demo = await demoSimulator();
  const { sim, act } = demo;
  const keys: string[] = [await demo.reportIncident('Medium', 'Many notes')];
  for (let c = 0; c <= 100; c++) {
    sim.clock.moveTo(sim.now() + MINUTE);
    await sim.jira.handle({
      method: 'POST',
      path: `/rest/api/3/issue/${keys[0]}/comment`,
      accountId: DEMO_USERS.agents[1],
      body: {
        body: { type: 'doc', version: 1, content: [] },
        ...(c < 100 && { visibility: { type: 'role', value: 'Service Desk Team' } }),
      },
    });
  }
  sim.forge.dropPendingEvents();
  for (const [n, issue] of issues.entries()) {
    const who = CUSTOMERS[issue.who]!;
    const key = await act.createIssue(who.contact, {
      issuetype: { name: issue.type },
      summary: `Issue ${n}`,
      priority: { name: issue.priority },
      customfield_10050: { value: who.customer },
      customfield_10051: { value: who.environment },
    });
    keys.push(key);
    for (const { minutes, step } of issue.steps) {
      sim.clock.moveTo(sim.now() + minutes * MINUTE);
      const agent = DEMO_USERS.agents[0];
      if (step.kind === 'comment') {
        await act.comment(
          step.by === 'customer' ? who.contact : agent,
          key,
          'Noted',
          step.by === 'internal',
        );
      } else if (step.kind === 'transition') {
        await act.transition(agent, key, step.to).catch(() => undefined); // not from every status
      } else if (step.kind === 'priority') {
        await act.setPriority(agent, key, step.to);
      } else {
        await act.assign(agent, key, DEMO_USERS.agents[step.agent]!);
      }
    }
  }
  // A new version changes the targets: open issues move to it, resolved ones keep theirs.
  const slower = JSON.parse(JSON.stringify(example).replace(/"PT30M"/g, '"PT45M"'));
  await sim.forge.contracts.save(slower, {
    savedBy: DEMO_USERS.admin,
    savedAt: new Date(sim.now()).toISOString(),
  });
  sim.clock.moveTo(sim.now() + 7 * 60 * MINUTE);
  return { sim, keys };
}

/** What the app wrote to each issue: its property, and its field as Jira shows it. */
async function written(sim: Simulator, keys: readonly string[]) {
  const state: Record<string, unknown> = {};
  for (const key of keys) {
    const issue = await sim.jira.handle({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      query: { fields: 'customfield_10060', properties: 'slm' },
      accountId: null,
    });
    const body = issue.body as { fields: unknown; properties: { slm: SlmProperty } };
    state[key] = { field: body.fields, slm: body.properties.slm };
  }
  return state;
}

/** The ids of issues, as Jira gives them. */
async function issueIds(sim: Simulator, keys: readonly string[]): Promise<string[]> {
  const ids = [];
  for (const key of keys) {
    const issue = await sim.jira.handle({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      query: { fields: 'id' },
      accountId: null,
    });
    ids.push((issue.body as { id: string }).id);
  }
  return ids;
}

describe('a batch refresh', () => {
  it('writes what refreshing each issue alone writes, on any site', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(issueArb, { minLength: 1, maxLength: 6 }), async (issues) => {
        const alone = await play(issues);
        const batched = await play(issues);
        for (const key of alone.keys) {
          await refreshIssues(alone.sim.forge.context(), [{ issueKey: key }]);
        }
        // The batch as the sweep sends it: with what the records say, where there is one.
        const records = [
          ...(
            await new IssueSlaRecords(batched.sim.forge.entities).getMany(
              await issueIds(batched.sim, batched.keys),
            )
          ).values(),
        ];
        const requests: RefreshRequest[] = batched.keys.map((issueKey) => {
          const record = records.find((r) => r.issueKey === issueKey);
          return record
            ? { issueKey, issueId: record.issueId, digest: record.digest }
            : { issueKey };
        });
        const outcome = await refreshIssues(batched.sim.forge.context(), requests);
        expect(outcome.failures).toEqual([]);
        expect(await written(batched.sim, batched.keys)).toEqual(
          await written(alone.sim, alone.keys),
        );
      }),
      { numRuns: 12 },
    );
  });

  /** A site with `n` open incidents that Jira holds but the app has not evaluated yet. */
  async function seeded(n: number) {
    const { sim } = await demoSimulator();
    const keys = [];
    for (let i = 0; i < n; i++) {
      const issue = sim.jira.seedIssue({
        accountId: 'cust-mette-schultz',
        fields: {
          project: { key: 'SUP' },
          issuetype: { name: 'Incident' },
          summary: `Issue ${i}`,
          priority: { name: 'High' },
          customfield_10050: { value: 'Schultz A/S' },
          customfield_10051: { value: 'Production' },
        },
      });
      await sim.jira.handle({
        method: 'POST',
        path: `/rest/api/3/issue/${issue.key}/comment`,
        accountId: 'cust-mette-schultz',
        body: { body: { type: 'doc', version: 1, content: [] } },
      });
      keys.push(issue.key);
    }
    sim.forge.dropPendingEvents();
    sim.clock.moveTo(sim.now() + 10 * MINUTE);
    return { sim, keys };
  }

  it('costs the same few Jira requests for 2, 50 or 100 issues', async () => {
    const cost = async (n: number) => {
      const { sim, keys } = await seeded(n);
      const before = sim.jira.requestLog.length;
      const outcome = await refreshIssues(
        sim.forge.context(),
        keys.map((issueKey) => ({ issueKey })),
      );
      expect(outcome.results).toHaveLength(n);
      return sim.jira.requestLog.slice(before).map((r) => `${r.method} ${r.path}`);
    };
    const hundred = await cost(100);
    // Who the app is, the issues with their comments, their changelogs, the properties, the field.
    expect(hundred).toEqual([
      'GET /rest/api/3/myself',
      'POST /rest/api/3/issue/bulkfetch',
      'POST /rest/api/3/changelog/bulkfetch',
      'POST /rest/api/3/issue/properties/multi',
      'POST /rest/api/3/app/field/value',
    ]);
    expect(await cost(50)).toEqual(hundred);
    expect(await cost(2)).toEqual(hundred);
  });

  it('refreshes the others when one issue fails, and retries only that one', async () => {
    const { sim, keys } = await seeded(5);
    const failing = keys[2]!;
    // Jira cannot read one issue of the bulk fetch for now (`issueErrors`).
    const transport: JiraTransport = async (request) => {
      const response = await sim.jira.handle({
        ...request,
        accountId: null,
        scopes: sim.forge.modules.scopes,
      });
      if (!request.path.endsWith('/issue/bulkfetch')) {
        return { status: response.status, headers: response.headers ?? {}, body: response.body };
      }
      const body = response.body as { issues: { id: string; key: string }[] };
      const failed = body.issues.find((issue) => issue.key === failing)!;
      return {
        status: 200,
        headers: {},
        body: {
          issues: body.issues.filter((issue) => issue !== failed),
          issueErrors: [{ id: failed.id, errorMessage: 'Try again later.' }],
        },
      };
    };
    const ctx = { ...sim.forge.context(), jira: new JiraClient(transport) };
    const records = await new IssueSlaRecords(sim.forge.entities).getMany(
      await issueIds(sim, keys),
    );
    expect(records.size).toBe(0);
    const answer = await onEvaluationEvent({ body: { issueKeys: keys, reason: 'due' } }, ctx);
    expect(answer).toBeUndefined();
    const evaluated = [
      ...(
        await new IssueSlaRecords(sim.forge.entities).getMany(await issueIds(sim, keys))
      ).values(),
    ].map((r) => r.issueKey);
    expect(evaluated.sort()).toEqual(keys.filter((k) => k !== failing).sort());
    expect(sim.forge.log.filter((l) => l.message === 'evaluation failed')).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ issueKey: failing }) }),
    ]);
    expect(
      Object.keys(sim.forge.store.content()).filter((k) => k.startsWith(EVALUATION_RETRIES)),
    ).toEqual([`${EVALUATION_RETRIES}${failing}`]);

    // The retry schedule brings back that issue alone (5 minutes on), and it is evaluated.
    const runs = sim.forge.invocations.length;
    await sim.advanceBy(5 * MINUTE);
    const retried = sim.forge.invocations
      .slice(runs)
      .map((run) => (run.payload as { body?: { retrying?: boolean } }).body)
      .filter((job) => job?.retrying);
    expect(retried).toEqual([expect.objectContaining({ issueKey: failing })]);
    expect(
      (await new IssueSlaRecords(sim.forge.entities).getMany(await issueIds(sim, keys))).size,
    ).toBe(5);
  });
});
