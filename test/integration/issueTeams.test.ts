/**
 * The issue's team, from Jira's Team field (Atlassian Teams), end to end: the simulated Jira
 * holds the field and shows and takes its value as Jira does, the settings name it, the refresh
 * reads it into the facts, and the management report and the operational view group by it.
 */
import { appResolvers } from '../../src/handlers';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import { refreshIssues } from '../../src/services/refreshIssues';
import { DEMO_TEAMS, TEAM_FIELD_ID } from '../../src/simulator/demo/site';
import { demoSimulator, DEMO_USERS, HOUR, MINUTE } from '../support/simulator';

type Answer = { ok: true; data: unknown } | { ok: false; error: unknown };

/** The data of a resolver's answer, which must be a success. */
function data<T>(answer: Answer): T {
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer.error)}`);
  return answer.data as T;
}

async function teamDesk() {
  const desk = await demoSimulator();
  const { sim } = desk;
  const resolvers = (group: 'adminResolver' | 'workListResolver') => {
    const ctx: ResolverContext = {
      ...sim.forge.context(),
      jiraAsUser: sim.forge.jiraClient(DEMO_USERS.admin),
    };
    return (name: string, payload: unknown = {}) =>
      appResolvers[group][name]!(payload, { accountId: DEMO_USERS.admin }, ctx) as Promise<Answer>;
  };
  const editTeam = (key: string, value: unknown) =>
    sim.request({
      method: 'PUT',
      path: `/rest/api/3/issue/${key}`,
      accountId: DEMO_USERS.lead,
      body: { fields: { [TEAM_FIELD_ID]: value } },
    });
  const teamsInFacts = async () => {
    const db = sim.forge.sql.db;
    const issues = await db.selectFrom('issue_facts').select(['issue_key', 'team']).execute();
    const cycles = await db.selectFrom('goal_cycles').select(['issue_id', 'team']).execute();
    return {
      issues: Object.fromEntries(issues.map((r) => [r.issue_key, r.team])),
      cycleTeams: [...new Set(cycles.map((c) => c.team))].sort(),
    };
  };
  return {
    ...desk,
    admin: resolvers('adminResolver'),
    reports: resolvers('workListResolver'),
    editTeam,
    teamsInFacts,
  };
}

describe('the issue’s team', () => {
  it('is a Team field in the simulated Jira, shown and set as Jira does', async () => {
    const { sim, reportIncident, editTeam } = await teamDesk();
    const fields = await sim.call<{ id: string; schema?: Record<string, unknown> }[]>({
      method: 'GET',
      path: '/rest/api/3/field',
      accountId: DEMO_USERS.admin,
    });
    expect(fields.find((f) => f.id === TEAM_FIELD_ID)?.schema).toEqual({
      type: 'team',
      custom: 'com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team',
      customId: 10001,
    });

    const key = await reportIncident();
    const read = () =>
      sim.call<{ fields: Record<string, unknown> }>({
        method: 'GET',
        path: `/rest/api/3/issue/${key}?fields=${TEAM_FIELD_ID}`,
        accountId: DEMO_USERS.admin,
      });
    expect((await read()).fields[TEAM_FIELD_ID]).toBeNull();

    expect((await editTeam(key, DEMO_TEAMS.secondLine.id)).status).toBe(204);
    expect((await read()).fields[TEAM_FIELD_ID]).toEqual({
      id: DEMO_TEAMS.secondLine.id,
      name: 'Second line',
      avatarUrl: '',
      isVisible: true,
      title: 'Second line',
      isShared: true,
    });

    // Set by the team's id only: an object or an unknown id is a 400 naming the field.
    const asObject = await editTeam(key, { id: DEMO_TEAMS.firstLine.id });
    expect(asObject).toMatchObject({
      status: 400,
      body: { errors: { [TEAM_FIELD_ID]: 'Specify Team by its team id.' } },
    });
    const unknown = await editTeam(key, '00000000-0000-4000-8000-000000000000');
    expect(unknown).toMatchObject({
      status: 400,
      body: {
        errors: { [TEAM_FIELD_ID]: "Team '00000000-0000-4000-8000-000000000000' does not exist." },
      },
    });
    expect((await read()).fields[TEAM_FIELD_ID]).toMatchObject({ name: 'Second line' });

    // JQL finds issues by team id; an unknown team is a 400.
    const search = (jql: string) =>
      sim.request({
        method: 'POST',
        path: '/rest/api/3/search/jql',
        accountId: DEMO_USERS.admin,
        body: { jql, fields: ['key'] },
      });
    expect((await search(`Team = "${DEMO_TEAMS.secondLine.id}"`)).body).toMatchObject({
      issues: [{ key }],
    });
    expect((await search(`cf[10001] = "${DEMO_TEAMS.firstLine.id}"`)).body).toMatchObject({
      issues: [],
    });
    expect(await search('Team = "no-such-team"')).toMatchObject({
      status: 400,
      body: { errorMessages: ["The value 'no-such-team' does not exist for the field 'Team'."] },
    });
  });

  it('is offered in the settings among the site’s Team fields only', async () => {
    const { admin } = await teamDesk();
    const view = await admin('getSettings');
    expect(view).toMatchObject({
      ok: true,
      data: {
        settings: { fields: { team: TEAM_FIELD_ID } },
        teamFields: [{ id: TEAM_FIELD_ID, name: 'Team' }],
      },
    });
    const custom = data<{ customFields: { id: string }[] }>(view).customFields;
    expect(custom.map((f) => f.id)).not.toContain(TEAM_FIELD_ID);
  });

  it('goes into the facts by name, on one issue and on a batch, and follows a change of team', async () => {
    const { sim, reportIncident, editTeam, teamsInFacts } = await teamDesk();
    const routed = await reportIncident('High', 'Nightly export failed');
    const unrouted = await reportIncident('Medium', 'Slow search');
    expect((await editTeam(routed, DEMO_TEAMS.firstLine.id)).status).toBe(204);
    await sim.advanceBy(MINUTE);
    expect(await teamsInFacts()).toEqual({
      issues: { [routed]: 'First line', [unrouted]: null },
      cycleTeams: ['First line', null],
    });

    expect((await editTeam(routed, DEMO_TEAMS.secondLine.id)).status).toBe(204);
    expect((await editTeam(unrouted, DEMO_TEAMS.keyAccounts.id)).status).toBe(204);
    // Both at once, through the bulk fetch, with the facts the edits' own refreshes wrote wiped.
    await sim.forge.sql.db.updateTable('issue_facts').set({ team: null }).execute();
    await sim.forge.sql.db.updateTable('goal_cycles').set({ team: null }).execute();
    await refreshIssues(sim.forge.context(), [{ issueKey: routed }, { issueKey: unrouted }]);
    expect(await teamsInFacts()).toEqual({
      issues: { [routed]: 'Second line', [unrouted]: 'Key accounts' },
      cycleTeams: ['Key accounts', 'Second line'],
    });
  });

  it('groups the management report and the operational view', async () => {
    const { sim, reportIncident, editTeam, reports } = await teamDesk();
    const first = await reportIncident('Highest', 'Login page times out');
    const second = await reportIncident('Highest', 'E-mail notifications are not sent');
    await reportIncident('Highest', 'Reports show old figures');
    await editTeam(first, DEMO_TEAMS.firstLine.id);
    await editTeam(second, DEMO_TEAMS.secondLine.id);
    // Untouched for a working day: every reaction goal breached, still running.
    await sim.advanceBy(8 * HOUR);

    const { rows } = data<{ rows: { group: string | null; received: number }[] }>(
      await reports('getManagementReport', { grouping: 'team' }),
    );
    expect(rows.map((r) => [r.group, r.received])).toEqual([
      ['First line', 1],
      ['Second line', 1],
      [null, 1],
    ]);

    const { teams } = data<{ teams: { team: string | null; breached: number }[] }>(
      await reports('getOperationalView'),
    );
    expect(teams.map((t) => t.team)).toEqual(['First line', 'Second line', null]);
    expect(teams.every((t) => t.breached > 0)).toBe(true);
  });
});
