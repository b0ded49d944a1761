/**
 * The simulated Jira Service Management's service desks, request types and customer requests,
 * on JSM's REST paths, shapes, scopes and error shape; a customer reaches only the desks they
 * are a customer of, and sees only their own requests.
 */
import { SERVICE_DESK_ROUTE_TABLE } from '../../src/simulator/jira/router';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

const METTE = 'cust-mette-schultz';
const INGRID = 'cust-ingrid-bakke';

async function setUp() {
  const env = await demoSimulator();
  const { sim } = env;
  // A second desk that only Ingrid is a customer of.
  sim.jira.addProject({ key: 'OPS', name: 'Operations desk', issueTypes: ['Incident'] });
  const ops = sim.jira.addServiceDesk({
    projectKey: 'OPS',
    requestTypes: [{ name: 'Report an outage', issueType: 'Incident' }],
    customers: [INGRID],
  });
  const get = (accountId: string | null, path: string, scopes?: string[]) =>
    sim.request({ method: 'GET', path, accountId, ...(scopes && { scopes }) });
  const post = (accountId: string | null, path: string, body: unknown, scopes?: string[]) =>
    sim.request({ method: 'POST', path, accountId, body, ...(scopes && { scopes }) });
  return { ...env, ops, get, post };
}

describe('JSM request types', () => {
  it('lists the request types of the desks the caller may use, paged as JSM pages', async () => {
    const { get, ops } = await setUp();
    const agent = await get(DEMO_USERS.agents[0], '/rest/servicedeskapi/requesttype');
    expect(agent.status).toBe(200);
    const page = agent.body as {
      size: number;
      start: number;
      limit: number;
      isLastPage: boolean;
      values: Record<string, unknown>[];
    };
    expect(page).toMatchObject({ size: 4, start: 0, limit: 50, isLastPage: true });
    expect(page.values[0]).toEqual({
      _links: expect.any(Object),
      id: '1',
      name: 'Report an incident',
      description: expect.any(String),
      helpText: '',
      issueTypeId: expect.any(String),
      serviceDeskId: '1',
      portalId: '1',
      groupIds: ['1'],
    });

    // Mette is a customer of SUP's desk only; Ingrid of both.
    const mette = (await get(METTE, '/rest/servicedeskapi/requesttype')).body as typeof page;
    expect(mette.values.map((v) => v.name)).toEqual([
      'Report an incident',
      'Ask a question',
      'Report a recurring problem',
    ]);
    const ingrid = (await get(INGRID, '/rest/servicedeskapi/requesttype')).body as typeof page;
    expect(ingrid.values.map((v) => v.serviceDeskId)).toContain(ops.serviceDeskId);

    const second = (
      await get(DEMO_USERS.agents[0], '/rest/servicedeskapi/requesttype?start=1&limit=2')
    ).body as typeof page;
    expect(second).toMatchObject({ size: 2, start: 1, limit: 2, isLastPage: false });
    const filtered = (
      await get(
        DEMO_USERS.agents[0],
        '/rest/servicedeskapi/requesttype?serviceDeskId=1&searchQuery=question',
      )
    ).body as typeof page;
    expect(filtered.values.map((v) => v.name)).toEqual(['Ask a question']);
  });

  it('refuses bad paging in JSM’s error shape', async () => {
    const { get } = await setUp();
    const answer = await get(METTE, '/rest/servicedeskapi/requesttype?limit=0');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errorMessage: 'limit must be a positive integer.',
      i18nErrorMessage: { i18nKey: 'sd.paging.error.invalid', parameters: [] },
    });
  });

  it('answers one request type of a desk, 404 for a desk the customer is not of', async () => {
    const { get, ops } = await setUp();
    const one = await get(METTE, '/rest/servicedeskapi/servicedesk/1/requesttype/2');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: '2', name: 'Ask a question', serviceDeskId: '1' });
    // By project key, as JSM allows.
    expect((await get(METTE, '/rest/servicedeskapi/servicedesk/SUP/requesttype/2')).status).toBe(
      200,
    );
    const other = await get(
      METTE,
      `/rest/servicedeskapi/servicedesk/${ops.serviceDeskId}/requesttype/${ops.requestTypes[0]!.id}`,
    );
    expect(other.status).toBe(404);
    expect(other.body).toMatchObject({
      i18nErrorMessage: { i18nKey: 'sd.servicedesk.error.not.found' },
    });
    // A request type of another desk is not one of this desk's.
    const mismatch = await get(
      INGRID,
      `/rest/servicedeskapi/servicedesk/1/requesttype/${ops.requestTypes[0]!.id}`,
    );
    expect(mismatch.status).toBe(404);
  });
});

describe('issue types on the platform API', () => {
  it('shows a customer the issue types of the desks they may use, and 404 for others', async () => {
    const { get, ops } = await setUp();
    const incident = ops.requestTypes[0]!.issueTypeId; // Incident: SUP's and OPS's
    const question = (
      (await get(null, '/rest/servicedeskapi/servicedesk/1/requesttype/2')).body as {
        issueTypeId: string;
      }
    ).issueTypeId;
    const nonConformity = (
      (await get(null, '/rest/api/3/project/QM')).body as {
        issueTypes: { id: string; name: string }[];
      }
    ).issueTypes.find((t) => t.name === 'Non-conformity')!.id;
    expect((await get(METTE, `/rest/api/3/issuetype/${question}`)).body).toMatchObject({
      id: question,
      name: 'Service request',
    });
    expect((await get(METTE, `/rest/api/3/issuetype/${incident}`)).status).toBe(200);
    const hidden = await get(METTE, `/rest/api/3/issuetype/${nonConformity}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual({
      errorMessages: [`The issue type with id '${nonConformity}' does not exist.`],
      errors: {},
    });
    expect((await get(DEMO_USERS.agents[0], `/rest/api/3/issuetype/${nonConformity}`)).status).toBe(
      200,
    );
    expect((await get(null, '/rest/api/3/issuetype/999999')).status).toBe(404);
  });
});

describe('JSM customer requests', () => {
  it('creates a request as the customer, with the created-issue event, and shows it to them only', async () => {
    const { post, get } = await setUp();
    const created = await post(METTE, '/rest/servicedeskapi/request', {
      serviceDeskId: '1',
      requestTypeId: '1',
      requestFieldValues: { summary: 'Printer on fire', description: 'Smoke everywhere.' },
    });
    expect(created.status).toBe(201);
    const body = created.body as Record<string, unknown>;
    expect(body).toMatchObject({
      issueKey: expect.stringMatching(/^SUP-\d+$/),
      requestTypeId: '1',
      serviceDeskId: '1',
      reporter: { accountId: METTE },
      // The name customers see (the request type renames the workflow's "Open").
      currentStatus: {
        status: 'Waiting for support',
        statusCategory: 'NEW',
        statusDate: expect.objectContaining({ epochMillis: expect.any(Number) }),
      },
      requestFieldValues: [
        { fieldId: 'summary', label: 'Summary', value: 'Printer on fire' },
        { fieldId: 'description', label: 'Description', value: 'Smoke everywhere.' },
      ],
    });
    const key = body.issueKey as string;
    // The same issue on the platform API, of the request type's issue type, reported by Mette.
    const issue = (await get(null, `/rest/api/3/issue/${key}?fields=issuetype,reporter`)).body as {
      fields: { issuetype: { name: string }; reporter: { accountId: string } };
    };
    expect(issue.fields.issuetype.name).toBe('Incident');
    expect(issue.fields.reporter.accountId).toBe(METTE);
    // The app heard of it as of any created issue: it evaluated the request.
    expect((await get(null, `/rest/api/3/issue/${key}/properties/slm`)).status).toBe(200);

    const seen = await get(METTE, `/rest/servicedeskapi/request/${key}`);
    expect(seen.status).toBe(200);
    // JSM's CustomerRequestStatusDTO, nothing more: never the workflow's own name.
    const status = (seen.body as { currentStatus: Record<string, unknown> }).currentStatus;
    expect(Object.keys(status).sort()).toEqual(['status', 'statusCategory', 'statusDate']);
    expect(status.status).toBe('Waiting for support');
    // An internal step reads as work in progress; a status not renamed keeps its name.
    const move = async (transitionId: string) =>
      expect(
        (
          await post(DEMO_USERS.agents[0], `/rest/api/3/issue/${key}/transitions`, {
            transition: { id: transitionId },
          })
        ).status,
      ).toBe(204);
    const statusNow = async () =>
      (
        (await get(METTE, `/rest/servicedeskapi/request/${key}`)).body as {
          currentStatus: { status: string; statusCategory: string };
        }
      ).currentStatus;
    await move('35'); // Escalate to 2nd line
    expect(await statusNow()).toMatchObject({
      status: 'In progress',
      statusCategory: 'INDETERMINATE',
    });
    await move('21'); // Wait for customer
    expect((await statusNow()).status).toBe('Waiting for customer');
    const hidden = await get(INGRID, `/rest/servicedeskapi/request/${key}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toMatchObject({
      i18nErrorMessage: { i18nKey: 'sd.request.error.not.found' },
    });
  });

  it('refuses bad requests in JSM’s shape, naming the field, and creates nothing', async () => {
    const { sim, post, ops } = await setUp();
    const count = async () =>
      (
        (await sim.call({
          method: 'POST',
          path: '/rest/api/3/search/jql',
          accountId: null,
          body: { jql: 'project = SUP', maxResults: 100 },
        })) as { issues: unknown[] }
      ).issues.length;
    const issues = await count();
    const cases: [unknown, number, string][] = [
      [
        { serviceDeskId: '1', requestTypeId: '1', requestFieldValues: {} },
        400,
        'requestFieldValues.summary',
      ],
      [{ requestTypeId: '1', requestFieldValues: { summary: 'x' } }, 400, 'serviceDeskId'],
      [{ serviceDeskId: '1', requestFieldValues: { summary: 'x' } }, 400, 'requestTypeId'],
      [
        { serviceDeskId: '1', requestTypeId: '99', requestFieldValues: { summary: 'x' } },
        404,
        'request type',
      ],
      [
        {
          serviceDeskId: ops.serviceDeskId,
          requestTypeId: ops.requestTypes[0]!.id,
          requestFieldValues: { summary: 'x' },
        },
        404,
        'service desk',
      ],
      [
        {
          serviceDeskId: '1',
          requestTypeId: '1',
          requestFieldValues: { summary: 'x', description: 3 },
        },
        400,
        'requestFieldValues.description',
      ],
      [
        {
          serviceDeskId: '1',
          requestTypeId: '1',
          requestFieldValues: { summary: 'x' },
          raiseOnBehalfOf: INGRID,
        },
        403,
        'on behalf',
      ],
      [
        {
          serviceDeskId: '1',
          requestTypeId: '1',
          requestFieldValues: { summary: 'x', priority: { name: 'Nope' } },
        },
        400,
        'requestFieldValues.priority',
      ],
    ];
    for (const [body, status, named] of cases) {
      const answer = await post(METTE, '/rest/servicedeskapi/request', body);
      expect({ body, status: answer.status }).toEqual({ body, status });
      const error = answer.body as { errorMessage: string; i18nErrorMessage: { i18nKey: string } };
      expect(error.errorMessage).toContain(named);
      expect(error.i18nErrorMessage.i18nKey).toMatch(/^sd\./);
    }
    expect(await count()).toBe(issues);
  });

  it('takes only the request type’s fields: a customer cannot set the Customer field', async () => {
    const { sim, post } = await setUp();
    const count = async () =>
      (
        (await sim.call({
          method: 'POST',
          path: '/rest/api/3/search/jql',
          accountId: null,
          body: { jql: 'project = SUP', maxResults: 100 },
        })) as { issues: unknown[] }
      ).issues.length;
    const before = await count();
    for (const [field, value] of [
      ['customfield_10050', { value: 'Fjellheim Drift AS' }],
      ['customfield_10051', { value: 'Production' }],
      ['reporter', { accountId: INGRID }],
    ] as const) {
      const answer = await post(METTE, '/rest/servicedeskapi/request', {
        serviceDeskId: '1',
        requestTypeId: '1',
        requestFieldValues: { summary: 'Printer on fire', [field]: value },
      });
      expect(answer.status).toBe(400);
      expect(answer.body).toEqual({
        errorMessage: expect.stringContaining(`requestFieldValues.${field}:`),
        i18nErrorMessage: {
          i18nKey: 'sd.request.create.error.field.not.on.requesttype',
          parameters: [],
        },
      });
    }
    // Nothing was created.
    expect(await count()).toBe(before);

    // A request type with the field on its form takes it.
    sim.jira.addProject({ key: 'ENV', name: 'Environments desk', issueTypes: ['Incident'] });
    const env = sim.jira.addServiceDesk({
      projectKey: 'ENV',
      requestTypes: [
        {
          name: 'Report an incident',
          issueType: 'Incident',
          fieldIds: ['summary', 'description', 'customfield_10051'],
        },
      ],
      customers: [METTE],
    });
    const taken = await post(METTE, '/rest/servicedeskapi/request', {
      serviceDeskId: env.serviceDeskId,
      requestTypeId: env.requestTypes[0]!.id,
      requestFieldValues: { summary: 'Test env down', customfield_10051: { value: 'Test' } },
    });
    expect(taken.status).toBe(201);
  });

  it('carries JSM’s scopes: Forge refuses an app call its manifest does not grant', async () => {
    const { post, get } = await setUp();
    const scopes = Object.fromEntries(
      SERVICE_DESK_ROUTE_TABLE.map((r) => [`${r.method} ${r.path}`, r.scopes]),
    );
    expect(scopes['GET /rest/servicedeskapi/requesttype']).toEqual({
      classic: ['read:servicedesk-request'],
      granular: ['read:requesttype:jira-service-management'],
    });
    expect(scopes['POST /rest/servicedeskapi/request']!.classic).toEqual([
      'write:servicedesk-request',
    ]);
    const request = {
      serviceDeskId: '1',
      requestTypeId: '1',
      requestFieldValues: { summary: 'x' },
    };
    const refused = await post(null, '/rest/servicedeskapi/request', request, [
      'read:servicedesk-request',
    ]);
    expect(refused.status).toBe(403);
    expect(
      (await post(null, '/rest/servicedeskapi/request', request, ['write:servicedesk-request']))
        .status,
    ).toBe(201);
    expect(
      (await get(null, '/rest/servicedeskapi/requesttype', ['read:servicedesk-request'])).status,
    ).toBe(200);
    expect((await get(null, '/rest/servicedeskapi/requesttype', ['read:jira-work'])).status).toBe(
      403,
    );
  });
});
