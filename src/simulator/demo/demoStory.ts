import contract from '../../../examples/contract.json';
import type { Simulator } from '../simulator';
import { JiraActions } from './jiraActions';
import { contactAccountId, DEMO_TEAMS, DEMO_USERS, TEAM_FIELD_ID } from './site';
import { seededRandom } from '../../domain/seededRandom';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Where an issue comes from: a customer's environment, and the issue types and priorities it gets. */
interface Source {
  readonly customer: string;
  readonly environment: string;
  readonly product: string;
  readonly priorities: readonly string[];
  /** The team the desk routes the customer's issues to. */
  readonly team: string;
}

const customers = contract.customers;
const source = (
  customerId: string,
  environmentId: string,
  priorities: readonly string[],
): Source => {
  const customer = customers.find((c) => c.id === customerId)!;
  const environment = customer.environments.find((e) => e.id === environmentId)!;
  return {
    customer: customer.name,
    environment: environment.name,
    product: environment.product,
    priorities,
    team: customerId === 'gota' ? DEMO_TEAMS.keyAccounts.id : DEMO_TEAMS.firstLine.id,
  };
};

const NUMERIC = ['Highest', 'High', 'Medium', 'Medium', 'Low'];
const SOURCES: readonly Source[] = [
  source('schultz', 'schultz-prod', NUMERIC),
  source('schultz', 'schultz-prod', NUMERIC),
  source('schultz', 'schultz-uat', NUMERIC),
  source('schultz', 'schultz-mobile', NUMERIC),
  source('fjellheim', 'fjellheim-prod', NUMERIC),
  source('fjellheim', 'fjellheim-prod', NUMERIC),
  source('fjellheim', 'fjellheim-test', NUMERIC),
  source('gota', 'gota-prod', ['Red', 'Yellow', 'Green', 'Green']),
  source('gota', 'gota-prod', ['Red', 'Yellow', 'Green', 'Green']),
  source('gota', 'gota-uat', ['Yellow', 'Green']),
];

const SUMMARIES: Record<string, readonly string[]> = {
  Incident: [
    'Login page times out for all users',
    'Nightly export job failed',
    'Reports show last month\u2019s figures',
    'E-mail notifications are not sent',
    'Search returns no results after upgrade',
    'Mobile app crashes when opening a case',
    'Integration with the HR system stopped',
    'Slow response when saving a case',
  ],
  'Service request': [
    'Create accounts for three new employees',
    'Add a new category to the self-service portal',
    'Change the SLA report recipients',
    'Export all closed cases for the auditors',
  ],
  Problem: ['Recurring timeouts in the nightly batch', 'Memory leak in the integration service'],
};

/** How an issue's life goes in the demo. */
type Plot =
  | 'quick'
  | 'lateReply'
  | 'waiting'
  | 'escalated'
  | 'untouched'
  | 'reopened'
  | 'upgraded'
  | 'resolvedLate';
const PLOTS: readonly Plot[] = [
  'quick',
  'waiting',
  'lateReply',
  'escalated',
  'untouched',
  'reopened',
  'upgraded',
  'quick',
  'waiting',
  'resolvedLate',
];

interface Step {
  readonly at: number;
  readonly run: () => Promise<void>;
}

/**
 * Plays a few weeks of a support desk into the simulator, ending at `end`: customers report
 * issues, agents reply, wait for customers, escalate to 2nd line, resolve and reopen, and a
 * priority is raised. The clock moves from step to step, so the app's sweeps run on the way
 * and escalations fire as they would have. Issues created in the last days stay open, so the
 * work list shows running, at-risk and breached goals.
 */
export async function playDemoStory(sim: Simulator, end: number, issues = 36): Promise<void> {
  const act = new JiraActions(sim);
  const next = seededRandom(20261123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const start = sim.now();
  const steps: Step[] = [];
  const agent = () => pick(DEMO_USERS.agents);
  const keys: string[] = [];

  for (let n = 0; n < issues; n++) {
    const from = SOURCES[n % SOURCES.length]!;
    const type = n % 7 === 3 ? 'Service request' : n % 11 === 5 ? 'Problem' : 'Incident';
    const plot = PLOTS[n % PLOTS.length]!;
    const span = end - start;
    // Most issues arrive in the last week, so the desk is busy now.
    const created =
      Math.floor((start + span * (1 - next() ** 2 * 0.95)) / MINUTE) * MINUTE -
      (issues - n) * 7 * MINUTE;
    const reporter = contactAccountId(
      pick(customers.find((c) => c.name === from.customer)!.contacts!).email,
    );
    const priority = pick(from.priorities);
    const who = agent();
    const later = (ms: number) => created + Math.round(ms);
    steps.push({
      at: created,
      run: async () => {
        keys[n] = await act.createIssue(reporter, {
          issuetype: { name: type },
          summary: pick(SUMMARIES[type]!),
          priority: { name: priority },
          customfield_10050: { value: from.customer },
          customfield_10051: { value: from.environment },
          customfield_10052: { value: from.product },
          [TEAM_FIELD_ID]: from.team,
        });
      },
    });
    const key = () => keys[n]!;
    const reply = (at: number, text: string) =>
      steps.push({ at, run: () => act.comment(who, key(), text) });
    const move = (at: number, status: string, as = who) =>
      steps.push({ at, run: () => act.transition(as, key(), status) });
    // The reporter rates the resolved request in Jira Service Management (CSAT, 1–5).
    const rate = (at: number, rating: number, comment: string) =>
      steps.push({
        at,
        run: async () =>
          void (await sim.call({
            method: 'POST',
            path: `/rest/servicedeskapi/request/${key()}/feedback`,
            body: { type: 'csat', rating, comment: { body: comment } },
            accountId: reporter,
          })),
      });

    switch (plot) {
      case 'quick':
        steps.push({ at: later(10 * MINUTE), run: () => act.assign(who, key(), who) });
        reply(later(12 * MINUTE), 'Thank you, we are looking into it.');
        move(later(15 * MINUTE), 'In Progress');
        move(later(3 * HOUR), 'Resolved');
        rate(later(5 * HOUR), 5, 'Fixed the same morning, thank you.');
        break;
      case 'waiting':
        reply(later(20 * MINUTE), 'Could you send us a screenshot of the error?');
        move(later(21 * MINUTE), 'Waiting for customer');
        steps.push({
          at: later(1.2 * DAY),
          run: () => act.comment(reporter, key(), 'Screenshot attached.'),
        });
        move(later(1.2 * DAY + 30 * MINUTE), 'In Progress');
        break;
      case 'lateReply':
        reply(later(5 * HOUR), 'Sorry for the wait: we have started on it.');
        move(later(5 * HOUR + MINUTE), 'In Progress');
        break;
      case 'escalated':
        reply(later(15 * MINUTE), 'We have passed this on to our 2nd line specialists.');
        move(later(16 * MINUTE), 'Escalated');
        steps.push({
          at: later(2 * HOUR),
          run: () => act.assign(DEMO_USERS.lead, key(), DEMO_USERS.secondLine),
        });
        steps.push({
          at: later(2 * HOUR + MINUTE),
          run: () => act.setTeam(DEMO_USERS.lead, key(), TEAM_FIELD_ID, DEMO_TEAMS.secondLine.id),
        });
        steps.push({
          at: later(2.5 * HOUR),
          run: () =>
            act.comment(
              DEMO_USERS.secondLine,
              key(),
              'Root cause found in the batch scheduler.',
              true,
            ),
        });
        break;
      case 'untouched':
        break;
      case 'reopened':
        reply(later(25 * MINUTE), 'A fix has been applied.');
        move(later(30 * MINUTE), 'Resolved');
        rate(later(2 * HOUR), 1, 'The fix did not hold.');
        steps.push({
          at: later(1 * DAY),
          run: () => act.comment(reporter, key(), 'It happens again.'),
        });
        move(later(1 * DAY + 5 * MINUTE), 'Open', who);
        break;
      case 'upgraded':
        reply(later(40 * MINUTE), 'We are investigating.');
        steps.push({
          at: later(2 * HOUR),
          run: () =>
            act.setPriority(
              DEMO_USERS.lead,
              key(),
              priority === 'Red' || priority === 'Yellow' || priority === 'Green'
                ? 'Red'
                : 'Highest',
            ),
        });
        break;
      case 'resolvedLate':
        reply(later(30 * MINUTE), 'We will look at it.');
        move(later(4 * DAY), 'Resolved');
        rate(later(4 * DAY + 2 * HOUR), 2, 'It took four days and nobody told us why.');
        break;
    }
  }

  steps.sort((a, b) => a.at - b.at);
  for (const step of steps) {
    if (step.at > end) break;
    await sim.advanceTo(Math.max(step.at, sim.now()));
    await step.run();
  }
  await sim.advanceTo(end);
}
