/**
 * A seeded simulated Jira for the simulator's tests: a support project SUP with the default
 * workflow, agents, a team lead, an admin, two customers, custom fields, two versions, the `slm`
 * property index of the manifest plus a `nextCheck` path, and a clock the test moves.
 */
import { SimulatedJira } from '../../src/simulator/jira';
import type {
  IndexedPropertyDefinition,
  JiraResponse,
  ProductEvent,
} from '../../src/simulator/jira';

export const T0 = Date.UTC(2026, 2, 2, 8, 30);

export const SLM_PROPERTIES: IndexedPropertyDefinition[] = [
  { propertyKey: 'slm', path: 'nextCheck', type: 'date', searchAlias: 'slmNextCheck' },
  { propertyKey: 'slm', path: 'nextDeadline', type: 'date', searchAlias: 'slmNextDeadline' },
  { propertyKey: 'slm', path: 'breached', type: 'string', searchAlias: 'slmBreached' },
  { propertyKey: 'slm', path: 'agreement', type: 'string', searchAlias: 'slmAgreement' },
  { propertyKey: 'slm', path: 'rank', type: 'number', searchAlias: 'slmRank' },
  { propertyKey: 'slm', path: 'owner', type: 'user' },
  { propertyKey: 'slm', path: 'note', type: 'text' },
];

export const AGENT = 'agent-1';
export const AGENT_2 = 'agent-2';
export const LEAD = 'lead-1';
export const ADMIN = 'admin-1';
export const CUSTOMER = 'cust-1';
export const CUSTOMER_2 = 'cust-2';
export const APP = null;

/** An Atlassian Document with one paragraph. */
export function adf(text: string) {
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  };
}

export function setup() {
  let now = T0;
  const events: ProductEvent[] = [];
  const jira = new SimulatedJira({
    now: () => now,
    onEvent: (event) => events.push(event),
    entityProperties: SLM_PROPERTIES,
  });
  jira.addUser({
    accountId: AGENT,
    displayName: 'Alice Agent',
    emailAddress: 'alice@example.com',
    emailVisibility: 'anyone',
    groups: ['support-team'],
  });
  jira.addUser({
    accountId: AGENT_2,
    displayName: 'Bob Agent',
    emailAddress: 'bob@example.com',
    groups: ['support-team'],
  });
  jira.addUser({
    accountId: LEAD,
    displayName: 'Lena Lead',
    groups: ['support-team', 'team-leads'],
  });
  jira.addUser({ accountId: ADMIN, displayName: 'Adam Admin', groups: ['jira-administrators'] });
  jira.addUser({
    accountId: CUSTOMER,
    displayName: 'Carl Customer',
    emailAddress: 'carl@customer.example',
    accountType: 'customer',
  });
  jira.addUser({ accountId: CUSTOMER_2, displayName: 'Cora Customer', accountType: 'customer' });
  jira.addProject({ key: 'SUP', name: 'Support', leadAccountId: LEAD });
  jira.addProject({
    key: 'DEV',
    name: 'Development',
    projectTypeKey: 'software',
    issueTypes: ['Bug', 'Task'],
  });
  jira.addCustomField({
    id: 'customfield_10050',
    name: 'Customer Tier',
    type: 'option',
    options: ['Gold', 'Silver', 'Bronze'],
  });
  jira.addCustomField({ id: 'customfield_10051', name: 'Environment', type: 'string' });
  jira.addCustomField({ id: 'customfield_10052', name: 'Impact score', type: 'number' });
  jira.addCustomField({
    id: 'customfield_10060',
    name: 'SLA state',
    type: 'object',
    ownedByApp: true,
    key: 'app__dev__sla-state',
  });
  jira.addVersion({ projectKey: 'DEV', name: '1.0', released: true, releaseDate: '2026-01-15' });
  jira.addVersion({ projectKey: 'DEV', name: '1.1' });

  const call = async (
    method: string,
    path: string,
    body?: unknown,
    accountId: string | null = AGENT,
  ): Promise<JiraResponse> =>
    jira.handle({
      method,
      path: `/rest/api/3${path}`,
      accountId,
      ...(body !== undefined ? { body } : {}),
    });

  /** Creates an issue in SUP as `accountId` and returns its key. */
  const create = async (
    fields: Record<string, unknown> = {},
    accountId: string | null = AGENT,
  ): Promise<{ id: string; key: string }> => {
    const response = await call(
      'POST',
      '/issue',
      {
        fields: {
          project: { key: 'SUP' },
          issuetype: { name: 'Incident' },
          summary: 'Printer on fire',
          ...fields,
        },
      },
      accountId,
    );
    if (response.status !== 201) throw new Error(JSON.stringify(response.body));
    return response.body as { id: string; key: string };
  };

  return {
    jira,
    events,
    call,
    create,
    /** Moves the clock on. */
    advance: (ms: number) => {
      now += ms;
    },
    now: () => now,
  };
}

export type Fixture = ReturnType<typeof setup>;
