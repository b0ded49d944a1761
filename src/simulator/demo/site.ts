import contract from '../../../examples/contract.json';
import type { Contract } from '../../domain/contract';
import type { AppSettings } from '../../storage/appSettings';
import { loadSavedSettings, saveSettings } from '../../storage/settings';
import type { Simulator } from '../simulator';

/** The people of the demo site: agents, a team lead, an admin, and the customers' contacts. */
export const DEMO_USERS = {
  admin: 'acc-admin',
  lead: 'acc-lead',
  agents: ['acc-agent-1', 'acc-agent-2', 'acc-agent-3'],
  secondLine: 'acc-dev-1',
} as const;

export const SLA_FIELD_KEY = 'ari-demo-app__development__sla-time-left';

/** The demo's Team field (Atlassian Teams), at the id it has on most Jira Cloud sites. */
export const TEAM_FIELD_ID = 'customfield_10001';

/** The desk's teams, as Atlassian Teams: first line, key accounts (Göta), and 2nd line. */
export const DEMO_TEAMS = {
  firstLine: { id: '5c1e0d7a-3f52-4b8e-9a61-2d4f7b0c9e11', name: 'First line' },
  keyAccounts: { id: '8a2f4e19-6b3d-4c70-8e25-7f1a9d3b5c22', name: 'Key accounts' },
  secondLine: { id: 'c3d9b6f2-1e84-4a57-b0c3-6e2d8f4a7b33', name: 'Second line' },
} as const;

/** The demo service desk's workflow: the statuses the example contract's action models name. */
export const DEMO_WORKFLOW = {
  statuses: [
    { name: 'Open', category: 'new' as const },
    { name: 'In Progress', category: 'indeterminate' as const },
    { name: 'Waiting for customer', category: 'indeterminate' as const },
    { name: 'Waiting for vendor', category: 'indeterminate' as const },
    { name: 'Escalated', category: 'indeterminate' as const },
    { name: 'Resolved', category: 'done' as const },
    { name: 'Closed', category: 'done' as const },
  ],
  transitions: [
    { id: '11', name: 'Start progress', from: ['Open', 'Escalated'], to: 'In Progress' },
    {
      id: '21',
      name: 'Wait for customer',
      from: ['Open', 'In Progress', 'Escalated'],
      to: 'Waiting for customer',
    },
    {
      id: '22',
      name: 'Wait for vendor',
      from: ['In Progress', 'Escalated'],
      to: 'Waiting for vendor',
    },
    {
      id: '31',
      name: 'Back to in progress',
      from: ['Waiting for customer', 'Waiting for vendor'],
      to: 'In Progress',
    },
    { id: '35', name: 'Escalate to 2nd line', from: ['Open', 'In Progress'], to: 'Escalated' },
    {
      id: '41',
      name: 'Resolve',
      from: ['Open', 'In Progress', 'Waiting for customer', 'Waiting for vendor', 'Escalated'],
      to: 'Resolved',
    },
    { id: '51', name: 'Close', from: ['Resolved'], to: 'Closed' },
    { id: '61', name: 'Reopen', from: ['Resolved', 'Closed'], to: 'Open' },
  ],
};

/**
 * Sets up the demo site: users and groups, the customer/environment/product fields with the
 * example contract's values, the Team field and its teams, the app's SLA field, the SUP service desk, and, unless storage
 * already holds them, the app's settings and the example contract (saved through the app's own
 * repository, as the admin page would).
 */
export async function setUpDemoSite(sim: Simulator): Promise<void> {
  const { jira } = sim;
  const example = contract as unknown as Contract;
  jira.addUser({
    accountId: DEMO_USERS.admin,
    displayName: 'Astrid Admin',
    emailAddress: 'astrid@nordicsupport.example',
    groups: ['jira-administrators', 'site-admins', 'support-team'],
    timeZone: 'Europe/Copenhagen',
  });
  jira.addUser({
    accountId: DEMO_USERS.lead,
    displayName: 'Lars Lead',
    emailAddress: 'lars@nordicsupport.example',
    groups: ['support-team', 'team-leads'],
    timeZone: 'Europe/Copenhagen',
  });
  const agentNames = ['Anna Agent', 'Bo Berg', 'Cecilie Dahl'];
  DEMO_USERS.agents.forEach((accountId, i) =>
    jira.addUser({
      accountId,
      displayName: agentNames[i]!,
      emailAddress: `${accountId}@nordicsupport.example`,
      groups: ['support-team'],
      timeZone: 'Europe/Oslo',
    }),
  );
  jira.addUser({
    accountId: DEMO_USERS.secondLine,
    displayName: 'Dag Developer',
    emailAddress: 'dag@nordicsupport.example',
    groups: ['second-line'],
    timeZone: 'Europe/Stockholm',
  });
  for (const customer of example.customers) {
    for (const contact of customer.contacts ?? []) {
      if (!contact.email) continue;
      jira.addUser({
        accountId: contactAccountId(contact.email),
        displayName: contact.name,
        emailAddress: contact.email,
        accountType: 'customer',
        // Without a zone the portal would show them their deadlines in UTC.
        timeZone: customerTimeZone(customer.id),
      });
    }
  }

  jira.addCustomField({
    id: 'customfield_10050',
    name: 'Customer',
    type: 'option',
    options: example.customers.map((c) => c.name),
  });
  const environments = [
    ...new Set(example.customers.flatMap((c) => c.environments.map((e) => e.name))),
  ];
  jira.addCustomField({
    id: 'customfield_10051',
    name: 'Environment',
    type: 'option',
    options: environments,
  });
  jira.addCustomField({
    id: 'customfield_10052',
    name: 'Product',
    type: 'option',
    options: [...new Set(example.customers.flatMap((c) => c.environments.map((e) => e.product)))],
  });
  for (const team of Object.values(DEMO_TEAMS)) jira.addTeam(team);
  jira.addCustomField({ id: TEAM_FIELD_ID, name: 'Team', type: 'team' });
  jira.addCustomField({
    id: 'customfield_10060',
    name: 'SLA',
    type: 'string',
    key: SLA_FIELD_KEY,
    ownedByApp: true,
    description: 'The most urgent SLA goal (Service Level & Quality)',
  });
  for (const name of ['Red', 'Yellow', 'Green']) jira.addPriority({ name });

  jira.addProject({
    key: 'SUP',
    name: 'Nordic Support',
    // Complaint: what the relationship register's settings recognise as a complaint.
    issueTypes: ['Incident', 'Service request', 'Problem', 'Complaint'],
    workflow: DEMO_WORKFLOW,
    leadAccountId: DEMO_USERS.lead,
  });
  // The SUP desk's customer portal (portal 1): what customers raise, and who may. Every contact
  // of the example contract's customers is a customer of the desk.
  jira.addServiceDesk({
    projectKey: 'SUP',
    requestTypes: DEMO_REQUEST_TYPES.map((t) => ({
      ...t,
      customerStatusNames: { ...DEMO_CUSTOMER_STATUS_NAMES },
    })),
    customers: example.customers.flatMap((c) =>
      (c.contacts ?? []).flatMap((contact) =>
        contact.email ? [contactAccountId(contact.email)] : [],
      ),
    ),
  });
  // Where the quality loop raises non-conformities and their CAPA actions (quality settings).
  jira.addProject({
    key: 'QM',
    name: 'Quality Management',
    issueTypes: ['Non-conformity', 'Task'],
    workflow: DEMO_WORKFLOW,
    leadAccountId: DEMO_USERS.lead,
  });

  // A contract or settings kept from an earlier run (admin edits) win over the examples.
  if (!(await loadSavedSettings(sim.forge.store))) {
    const settings: AppSettings = {
      fields: {
        customer: 'customfield_10050',
        environment: 'customfield_10051',
        product: 'customfield_10052',
        team: TEAM_FIELD_ID,
      },
      timeLeftField: SLA_FIELD_KEY,
    };
    await saveSettings(sim.forge.store, settings, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(sim.now()).toISOString(),
      baseVersion: null,
    });
  }
  if (!(await sim.forge.contracts.latest())) {
    const saved = await sim.forge.contracts.save(example, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(sim.now()).toISOString(),
    });
    if (!saved.saved && 'errors' in saved) {
      throw new Error(`examples/contract.json is invalid: ${JSON.stringify(saved.errors)}`);
    }
  }
}

/**
 * The request types of the SUP desk's portal (ids 1, 2, 3 in this order), each raising one of
 * the issue types the example contract's obligations name.
 */
export const DEMO_REQUEST_TYPES = [
  {
    name: 'Report an incident',
    description: 'Something is broken or does not work as it should.',
    issueType: 'Incident',
  },
  {
    name: 'Ask a question',
    description: 'Ask us how something works, or for a small service.',
    issueType: 'Service request',
  },
  {
    name: 'Report a recurring problem',
    description: 'The same fault keeps coming back and needs a lasting fix.',
    issueType: 'Problem',
  },
] as const;

/**
 * What the portal calls the demo workflow's statuses, as JSM's request types rename them for
 * customers: internal steps (escalation, waiting for a vendor) read as work in progress.
 */
export const DEMO_CUSTOMER_STATUS_NAMES: Readonly<Record<string, string>> = {
  Open: 'Waiting for support',
  'In Progress': 'In progress',
  'Waiting for vendor': 'In progress',
  Escalated: 'In progress',
};

/** The SUP desk's service desk and portal id. */
export const DEMO_PORTAL_ID = 1;

/**
 * Where each example customer sits, for their contacts' profiles: the contract has no time zone
 * for a customer (only calendars have one), and the demo's customers not named here are Danish.
 */
const CUSTOMER_TIME_ZONES: Readonly<Record<string, string>> = {
  fjellheim: 'Europe/Oslo',
  gota: 'Europe/Stockholm',
};
const customerTimeZone = (customerId: string): string =>
  CUSTOMER_TIME_ZONES[customerId] ?? 'Europe/Copenhagen';

/** The demo account id of a customer contact. */
export const contactAccountId = (email: string): string =>
  `cust-${email.split('@')[0]!.replace(/\W/g, '-')}`;
