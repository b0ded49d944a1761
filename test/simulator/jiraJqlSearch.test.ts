/**
 * JQL evaluation over a small seeded site: every field and operator the simulator supports,
 * Jira's semantics for `!=` and EMPTY, precedence, ORDER BY, and the 400s for bad queries.
 */
import { adf, AGENT, AGENT_2, CUSTOMER, CUSTOMER_2, setup, T0 } from './jiraFixture';

const HOUR = 3_600_000;
let f: ReturnType<typeof setup>;

beforeAll(async () => {
  f = setup();
  f.jira.addVersion({ projectKey: 'SUP', name: '2026.1' });
  await f.create(
    {
      summary: 'Printer on fire',
      priority: { name: 'Highest' },
      assignee: { accountId: AGENT },
      reporter: { accountId: CUSTOMER },
      labels: ['vip', 'hardware'],
      customfield_10050: { value: 'Gold' },
      customfield_10051: 'Production EU',
      customfield_10052: 7,
      fixVersions: [{ name: '2026.1' }],
    },
    AGENT,
  );
  await f.call('PUT', '/issue/SUP-1/properties/slm', {
    nextCheck: '2026-03-02T09:00:00Z',
    breached: false,
    rank: 1,
    owner: AGENT,
    note: 'call back tomorrow',
  });
  f.advance(HOUR);
  await f.create({
    summary: 'Email not delivered',
    priority: { name: 'High' },
    assignee: { accountId: AGENT_2 },
    reporter: { accountId: CUSTOMER_2 },
    labels: ['email'],
    customfield_10050: { value: 'Silver' },
    customfield_10052: 2,
  });
  await f.call('POST', '/issue/SUP-2/transitions', { transition: { id: '11' } });
  await f.call('POST', '/issue/SUP-2/comment', { body: adf('The customer replied') });
  await f.call('PUT', '/issue/SUP-2/properties/slm', {
    nextCheck: '2026-03-02T11:00:00Z',
    breached: true,
    rank: 5,
  });
  f.advance(HOUR);
  await f.create({ summary: 'Printer jammed' });
  await f.call('POST', '/issue/SUP-3/transitions', { transition: { id: '41' } });
  await f.call('PUT', '/issue/SUP-3/properties/slm', {
    nextCheck: ['2026-03-02T08:00:00Z', '2026-03-03T08:00:00Z'],
  });
  f.advance(HOUR);
  await f.create({
    summary: 'VPN down',
    priority: { name: 'Low' },
    assignee: { accountId: AGENT },
    labels: ['vip'],
    customfield_10050: { value: 'Bronze' },
  });
  f.advance(HOUR);
  await f.call('POST', '/issue', {
    fields: {
      project: { key: 'DEV' },
      issuetype: { name: 'Bug' },
      summary: 'Crash on save',
      fixVersions: [{ name: '1.1' }],
    },
  });
  f.advance(HOUR);
});

/** The keys a query finds, in the query's order (as the agent unless told). */
const keys = (jql: string, accountId: string | null = AGENT) =>
  f.jira.explainSearch(jql, { accountId }).issueKeys;
const sorted = (jql: string, accountId: string | null = AGENT) => keys(jql, accountId).sort();

describe('fields and operators', () => {
  it.each([
    ['project = SUP', ['SUP-1', 'SUP-2', 'SUP-3', 'SUP-4']],
    ['project in (SUP, Development)', ['DEV-1', 'SUP-1', 'SUP-2', 'SUP-3', 'SUP-4']],
    ['project != SUP', ['DEV-1']],
    ['status = Open', ['DEV-1', 'SUP-1', 'SUP-4']],
    ['status = "in progress"', ['SUP-2']],
    ['status in (Resolved, "In Progress")', ['SUP-2', 'SUP-3']],
    ['status not in (Open)', ['SUP-2', 'SUP-3']],
    ['statusCategory = Done', ['SUP-3']],
    ['statusCategory = indeterminate', ['SUP-2']],
    ['statusCategory != "To Do"', ['SUP-2', 'SUP-3']],
    ['priority = High', ['SUP-2']],
    ['priority > Medium', ['SUP-1', 'SUP-2']],
    ['priority <= Medium AND project = SUP', ['SUP-3', 'SUP-4']],
    ['priority in (Highest, Low)', ['SUP-1', 'SUP-4']],
    ['assignee = agent-1', ['SUP-1', 'SUP-4']],
    ['assignee = "alice@example.com"', ['SUP-1', 'SUP-4']],
    ['assignee = currentUser()', ['SUP-1', 'SUP-4']],
    ['assignee IS EMPTY', ['DEV-1', 'SUP-3']],
    ['assignee = EMPTY', ['DEV-1', 'SUP-3']],
    ['assignee != agent-1', ['SUP-2']],
    ['assignee in (agent-1, EMPTY)', ['DEV-1', 'SUP-1', 'SUP-3', 'SUP-4']],
    ['assignee not in (agent-2)', ['SUP-1', 'SUP-4']],
    ['assignee in membersOf("support-team")', ['SUP-1', 'SUP-2', 'SUP-4']],
    ['assignee in membersOf(Support-Team)', ['SUP-1', 'SUP-2', 'SUP-4']],
    ['assignee not in membersOf("team-leads")', ['SUP-1', 'SUP-2', 'SUP-4']],
    ['assignee in membersOf("team-leads")', []],
    ['reporter in (membersOf("support-team"), cust-1)', ['DEV-1', 'SUP-1', 'SUP-3', 'SUP-4']],
    ['reporter = cust-1', ['SUP-1']],
    ['reporter != cust-1 AND project = SUP', ['SUP-2', 'SUP-3', 'SUP-4']],
    ['resolution = Unresolved', ['DEV-1', 'SUP-1', 'SUP-2', 'SUP-4']],
    ['resolution IS NOT EMPTY', ['SUP-3']],
    ['resolution = Done', ['SUP-3']],
    ['issuetype = Incident', ['SUP-1', 'SUP-2', 'SUP-3', 'SUP-4']],
    ['type = Bug', ['DEV-1']],
    ['labels = vip', ['SUP-1', 'SUP-4']],
    ['labels in (email, hardware)', ['SUP-1', 'SUP-2']],
    ['labels not in (vip)', ['SUP-2']],
    ['labels is empty', ['DEV-1', 'SUP-3']],
    ['summary ~ printer', ['SUP-1', 'SUP-3']],
    ['summary ~ "FIRE printer"', ['SUP-1']],
    ['summary ~ "print*"', ['SUP-1', 'SUP-3']],
    ['summary !~ printer', ['DEV-1', 'SUP-2', 'SUP-4']],
    ['text ~ replied', ['SUP-2']],
    ['text ~ "production eu"', ['SUP-1']],
    ['comment ~ customer', ['SUP-2']],
    ['created >= "2026-03-02 10:30"', ['DEV-1', 'SUP-3', 'SUP-4']],
    ['created > "2026-03-02T10:30:00.000+0000"', ['DEV-1', 'SUP-4']],
    ['created < "2026/03/02 09:30"', ['SUP-1']],
    ['created = "2026-03-02 08:30"', ['SUP-1']],
    ['created < "2026-03-02"', []],
    ['created > -3h', ['DEV-1', 'SUP-4']],
    ['created <= now()', ['DEV-1', 'SUP-1', 'SUP-2', 'SUP-3', 'SUP-4']],
    ['updated > "2026-03-02 09:30"', ['DEV-1', 'SUP-3', 'SUP-4']],
    ['resolutiondate IS NOT EMPTY', ['SUP-3']],
    ['resolved >= "2026-03-02"', ['SUP-3']],
    ['fixVersion = 1.1', ['DEV-1']],
    ['fixVersion in (2026.1, "1.1")', ['DEV-1', 'SUP-1']],
    ['fixVersion is empty', ['SUP-2', 'SUP-3', 'SUP-4']],
    ['cf[10050] = Gold', ['SUP-1']],
    ['"Customer Tier" in (gold, Silver)', ['SUP-1', 'SUP-2']],
    ['"customer tier" is empty', ['DEV-1', 'SUP-3']],
    ['cf[10050] != Gold', ['SUP-2', 'SUP-4']],
    ['Environment ~ production', ['SUP-1']],
    ['"Impact score" > 3', ['SUP-1']],
    ['cf[10052] <= 7', ['SUP-1', 'SUP-2']],
    ['key = SUP-2', ['SUP-2']],
    ['issuekey in (SUP-1, sup-3)', ['SUP-1', 'SUP-3']],
    ['key > SUP-2', ['SUP-3', 'SUP-4']],
    ['id != SUP-1 AND project = SUP', ['SUP-2', 'SUP-3', 'SUP-4']],
  ])('%s', (jql, expected) => {
    expect(sorted(jql)).toEqual(expected);
  });
});

describe('issue entity properties', () => {
  it.each([
    ['issue.property[slm].nextCheck <= "2026-03-02T10:00"', ['SUP-1', 'SUP-3']],
    ['issue.property[slm].nextCheck <= "2026-03-02 10:00"', ['SUP-1', 'SUP-3']],
    ['issue.property[slm].nextCheck < "2026-03-02T09:00:00Z"', ['SUP-3']],
    ['slmNextCheck > "2026-03-02 10:00"', ['SUP-2', 'SUP-3']],
    ['slmNextCheck = "2026-03-02 11:00"', ['SUP-2']],
    ['slmNextCheck <= now()', ['SUP-1', 'SUP-2', 'SUP-3']],
    ['slmNextCheck > -1h', ['SUP-3']],
    ['slmNextCheck IS EMPTY', ['DEV-1', 'SUP-4']],
    ['slmBreached = true', ['SUP-2']],
    ['slmBreached in (false, true)', ['SUP-1', 'SUP-2']],
    ['slmRank >= 2', ['SUP-2']],
    ['slmRank < 5', ['SUP-1']],
    ['slmRank = 5.0', ['SUP-2']],
    ['issue.property[slm].owner = currentUser()', ['SUP-1']],
    ['issue.property[slm].note ~ tomorrow', ['SUP-1']],
    ['issue.property[slm].undeclared = x', []],
    [
      'issue.property[slm].undeclared IS EMPTY AND project = SUP',
      ['SUP-1', 'SUP-2', 'SUP-3', 'SUP-4'],
    ],
  ])('%s', (jql, expected) => {
    expect(sorted(jql)).toEqual(expected);
  });
});

describe('AND, OR, NOT and parentheses', () => {
  it.each([
    ['project = SUP AND NOT labels = vip', ['SUP-2', 'SUP-3']],
    ['labels = vip OR priority = High AND assignee = agent-2', ['SUP-1', 'SUP-2', 'SUP-4']],
    ['(labels = vip OR priority = High) AND assignee = agent-2', ['SUP-2']],
    ['NOT (project = SUP OR type = Task)', ['DEV-1']],
    ['project = SUP && !(status = Open || status = Resolved)', ['SUP-2']],
  ])('%s', (jql, expected) => {
    expect(sorted(jql)).toEqual(expected);
  });
});

describe('ORDER BY', () => {
  it.each([
    ['project = SUP ORDER BY priority DESC', ['SUP-1', 'SUP-2', 'SUP-3', 'SUP-4']],
    ['project = SUP ORDER BY priority ASC', ['SUP-4', 'SUP-3', 'SUP-2', 'SUP-1']],
    ['project = SUP ORDER BY created DESC', ['SUP-4', 'SUP-3', 'SUP-2', 'SUP-1']],
    ['project = SUP ORDER BY key DESC', ['SUP-4', 'SUP-3', 'SUP-2', 'SUP-1']],
    ['project = SUP ORDER BY slmNextCheck ASC', ['SUP-3', 'SUP-1', 'SUP-2', 'SUP-4']],
    ['project = SUP ORDER BY slmRank DESC, key ASC', ['SUP-3', 'SUP-4', 'SUP-2', 'SUP-1']],
    [
      'project = SUP ORDER BY issue.property[slm].nextCheck DESC',
      ['SUP-4', 'SUP-2', 'SUP-1', 'SUP-3'],
    ],
    ['project = SUP ORDER BY assignee ASC, created DESC', ['SUP-4', 'SUP-1', 'SUP-2', 'SUP-3']],
    ['project = SUP ORDER BY "Customer Tier" ASC, key ASC', ['SUP-4', 'SUP-1', 'SUP-2', 'SUP-3']],
    ['project = SUP ORDER BY summary', ['SUP-2', 'SUP-3', 'SUP-1', 'SUP-4']],
    ['project = SUP', ['SUP-4', 'SUP-3', 'SUP-2', 'SUP-1']],
  ])('%s', (jql, expected) => {
    expect(keys(jql)).toEqual(expected);
  });
});

describe('visibility', () => {
  it('shows customers only the issues they reported', () => {
    expect(sorted('project in (SUP, DEV)', CUSTOMER)).toEqual(['SUP-1']);
    expect(sorted('project = SUP', CUSTOMER_2)).toEqual(['SUP-2']);
    expect(sorted('project = SUP', null)).toHaveLength(4);
  });
});

describe('bad queries are a 400 with a clear message', () => {
  it.each([
    ['foo = bar', "Field 'foo' does not exist or you do not have permission to view it."],
    ['cf[99999] = x', "Field 'cf[99999]' does not exist"],
    ['status = Bogus', "The value 'Bogus' does not exist for the field 'status'."],
    ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
    ['priority = Urgent', "The value 'Urgent' does not exist for the field 'priority'."],
    ['cf[10050] = Platinum', "The option 'Platinum' for field 'cf[10050]' does not exist."],
    ['key = SUP-99', "An issue with key 'SUP-99' does not exist for field 'key'."],
    ['key = nonsense', "The issue key 'nonsense' for field 'key' is invalid."],
    ['summary = printer', "The operator '=' is not supported by the 'summary' field."],
    ['status ~ Open', "The operator '~' is not supported by the 'status' field."],
    ['status > Open', "The operator '>' is not supported by the 'status' field."],
    ['created > yesterday', "Date value 'yesterday' for field 'created' is invalid."],
    ['slmNextCheck < "2026-13-01"', "Date value '2026-13-01' for field 'slmNextCheck' is invalid."],
    ['slmRank > many', "The value 'many' for field 'slmRank' is not a valid number."],
    [
      'assignee in membersOf(x)',
      "Function 'membersOf' can not generate a list of usernames for group 'x'; the group does not exist.",
    ],
    ['assignee in membersOf()', "Function 'membersOf' expected '1' arguments but received '0'."],
    [
      'assignee = lastLogin()',
      "The function 'lastLogin' is not supported by the field 'assignee' or does not exist.",
    ],
    ['project = SUP ORDER BY text', "Field 'text' does not support sorting."],
    // Jira indexes only number and date property values for ordering (jira:entityProperty).
    ['project = SUP ORDER BY slmBreached DESC', "Field 'slmBreached' does not support sorting."],
    [
      'project = SUP ORDER BY issue.property[slm].agreement',
      "Field 'issue.property[slm].agreement' does not support sorting.",
    ],
    [
      'project = SUP ORDER BY issue.property[slm].owner',
      "Field 'issue.property[slm].owner' does not support sorting.",
    ],
    [
      'project = SUP ORDER BY issue.property[slm].note',
      "Field 'issue.property[slm].note' does not support sorting.",
    ],
    ['ORDER BY created DESC', 'Unbounded JQL queries are not allowed here.'],
    ['', 'Unbounded JQL queries are not allowed here.'],
    [
      'project = SUP AND',
      'Error in the JQL Query: Expecting a field name at the end of the query.',
    ],
  ])('%j', async (jql, message) => {
    const response = await f.call('POST', '/search/jql', { jql });
    expect(response.status).toBe(400);
    const body = response.body as { errorMessages: string[]; errors: object };
    expect(body.errors).toEqual({});
    expect(body.errorMessages).toHaveLength(1);
    expect(body.errorMessages[0]).toContain(message);
  });
});

it('reads dates without an offset in UTC and now() from the simulated clock', () => {
  expect(f.now()).toBe(T0 + 5 * HOUR);
  expect(sorted('created >= -2h')).toEqual(['DEV-1', 'SUP-4']);
});
