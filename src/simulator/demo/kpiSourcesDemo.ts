/**
 * Demo data for the KPI sources the app computes from Jira and its facts: a release project,
 * APP, whose versions were released over the last months with bugs and stories fixed in them
 * (defect density), and two overlapping business-impacting outages of Fjellheim's production
 * (uptime), reported and resolved in Jira so the app's own evaluation records them. Unless an
 * admin saved a KPI catalogue already, the catalogue is saved with APP as its release project.
 */
import { DEFAULT_KPI_CATALOGUE } from '../../domain/kpi/kpiCatalogue';
import { loadSavedKpiCatalogue, saveKpiCatalogue } from '../../storage/kpiCatalogue';
import type { Simulator } from '../simulator';
import { JiraActions } from './jiraActions';
import { contactAccountId, DEMO_TEAMS, DEMO_USERS, DEMO_WORKFLOW, TEAM_FIELD_ID } from './site';

export const DEMO_RELEASE_PROJECT = 'APP';

const HOUR = 3_600_000;

/** Bugs and stories fixed in each release, oldest first: the density falls, then rises. */
const RELEASES: readonly { readonly bugs: number; readonly stories: number }[] = [
  { bugs: 3, stories: 6 },
  { bugs: 2, stories: 7 },
  { bugs: 1, stories: 8 },
  { bugs: 4, stories: 5 },
];

/** The UTC calendar date `months` months before the instant's month, on `day`. */
function dateMonthsBefore(t: number, months: number, day: number): string {
  const d = new Date(t);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  return `${first.toISOString().slice(0, 7)}-${String(day).padStart(2, '0')}`;
}

export async function setUpKpiSourcesDemo(sim: Simulator): Promise<void> {
  await releasesWithDefects(sim);
  await productionOutages(sim);
  if (!(await loadSavedKpiCatalogue(sim.forge.store))) {
    const sources = DEFAULT_KPI_CATALOGUE.sources;
    await saveKpiCatalogue(
      sim.forge.store,
      {
        ...DEFAULT_KPI_CATALOGUE,
        sources: {
          ...sources,
          defectDensity: { ...sources.defectDensity, releaseProjects: [DEMO_RELEASE_PROJECT] },
        },
      },
      { savedBy: DEMO_USERS.admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
    );
  }
}

/** Versions released in each of the last four months (this one included), and the next one. */
async function releasesWithDefects(sim: Simulator): Promise<void> {
  const { id: projectId } = sim.jira.addProject({
    key: DEMO_RELEASE_PROJECT,
    name: 'Product releases',
    issueTypes: ['Bug', 'Story'],
    workflow: DEMO_WORKFLOW,
    leadAccountId: DEMO_USERS.secondLine,
  });
  const now = sim.now();
  const today = new Date(now).toISOString().slice(0, 10);
  const as = DEMO_USERS.admin;
  for (const [i, release] of RELEASES.entries()) {
    const monthsBack = RELEASES.length - 1 - i;
    // This month's release went out today at the latest.
    const planned = dateMonthsBefore(now, monthsBack, 12);
    const version = await sim.call<{ id: string }>({
      method: 'POST',
      path: '/rest/api/3/version',
      accountId: as,
      body: {
        projectId,
        name: `5.${i}`,
        released: true,
        releaseDate: planned < today ? planned : today,
      },
    });
    const fixed = [
      ...Array.from({ length: release.bugs }, (_, n) => ['Bug', `Defect ${n + 1} fixed in 5.${i}`]),
      ...Array.from({ length: release.stories }, (_, n) => ['Story', `Feature ${n + 1} of 5.${i}`]),
    ];
    for (const [type, summary] of fixed)
      await sim.call({
        method: 'POST',
        path: '/rest/api/3/issue',
        accountId: as,
        body: {
          fields: {
            project: { key: DEMO_RELEASE_PROJECT },
            issuetype: { name: type },
            summary,
            fixVersions: [{ id: version.id }],
          },
        },
      });
  }
  await sim.call({
    method: 'POST',
    path: '/rest/api/3/version',
    accountId: as,
    body: { projectId, name: `5.${RELEASES.length}`, released: false },
  });
}

/**
 * Two Priority 1 incidents of Fjellheim's production an hour apart, down together for two hours:
 * three hours of downtime, counted once where they overlap.
 */
async function productionOutages(sim: Simulator): Promise<void> {
  const act = new JiraActions(sim);
  const reporter = contactAccountId('ingrid.bakke@fjellheim.example');
  const outage = (summary: string) =>
    act.createIssue(reporter, {
      issuetype: { name: 'Incident' },
      summary,
      priority: { name: 'Highest' },
      customfield_10050: { value: 'Fjellheim Drift AS' },
      customfield_10051: { value: 'Production' },
      customfield_10052: { value: 'ihlp' },
      [TEAM_FIELD_ID]: DEMO_TEAMS.firstLine.id,
    });
  const agent = DEMO_USERS.agents[1];
  const first = await outage('Production is down: no user can log in');
  await sim.advanceBy(HOUR);
  const second = await outage('Nightly integration cannot reach production');
  await sim.advanceBy(HOUR);
  await act.comment(agent, first, 'The database server is restarting; we follow it closely.');
  await act.transition(agent, first, 'Resolved');
  await sim.advanceBy(HOUR);
  await act.transition(agent, second, 'Resolved');
}
