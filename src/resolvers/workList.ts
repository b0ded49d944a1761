import { formatInstant } from '../domain/instant';
import { compareWorkList, type WorkListEntry } from '../domain/sla';
import { actionTexts, customerFacing } from '../domain/sla/customerFacing';
import { SLM_PROPERTY_KEY, type SlmProperty } from '../domain/state/slmProperty';
import { JiraError } from '../jira/jiraClient';
import type { JiraIssue } from '../jira/types';
import { queuePropertyRepair } from '../services/foreignProperty';
import { jqlString } from '../services/jqlString';
import { isAppWritten, IssueSlaRecords } from '../storage/issueSlaRecords';
import { invalid, payloadObject, resolver, type ResolverDefinitions } from './resolverKit';
import { audienceOf, customersShownTo } from './viewerAudience';
import type { WorkListFilters, WorkListPage } from './views';
import { workListRow } from './workListRow';

const PAGE_SIZE = 25;
const P = `issue.property[${SLM_PROPERTY_KEY}]`;

/** The teams the work list filters by: Jira groups of support staff. */
export const TEAMS = ['support-team', 'second-line', 'team-leads'];

/**
 * The JQL of the work list: issues with an open goal, in the engine's work-list order
 * (breached, at risk, then by internal rank and deadline; see `compareWorkList`), expressed on
 * the indexed `slm` property so Jira sorts and pages it, not the app. It sorts on number and
 * date values only, the ones Jira indexes for ordering. A team is a Jira group, resolved by
 * Jira in the same query (`membersOf`), so reading its members needs no admin scope. Anyone who
 * may edit an issue can rewrite its property, so each page's rows are then checked against the
 * app's own records, which decide what they show and their order (`getWorkList`).
 */
export function workListJql(filters: WorkListFilters): string {
  const clauses = [`${P}.nextDeadline IS NOT EMPTY`];
  if (filters.customer) clauses.push(`${P}.customer = ${jqlString(filters.customer)}`);
  if (filters.product) clauses.push(`${P}.product = ${jqlString(filters.product)}`);
  if (filters.mine) clauses.push('assignee = currentUser()');
  if (filters.team) clauses.push(`assignee IN membersOf(${jqlString(filters.team)})`);
  return `${clauses.join(' AND ')} ORDER BY ${P}.urgency ASC, ${P}.rank ASC, ${P}.nextDeadline ASC, key ASC`;
}

function readFilters(input: Record<string, unknown>): WorkListFilters {
  const raw = input.filters ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw invalid([{ path: '$.filters', message: 'must be an object' }]);
  }
  const filters = raw as Record<string, unknown>;
  const errors = [];
  for (const name of ['customer', 'product', 'team'] as const) {
    const value = filters[name];
    if (value !== undefined && value !== '' && (typeof value !== 'string' || value.length > 100)) {
      errors.push({
        path: `$.filters.${name}`,
        message: 'must be a text of at most 100 characters',
      });
    }
  }
  if (typeof filters.team === 'string' && filters.team !== '' && !TEAMS.includes(filters.team)) {
    errors.push({ path: '$.filters.team', message: `must be one of ${TEAMS.join(', ')}` });
  }
  if (filters.mine !== undefined && typeof filters.mine !== 'boolean') {
    errors.push({ path: '$.filters.mine', message: 'must be true or false' });
  }
  if (
    input.pageToken !== undefined &&
    input.pageToken !== null &&
    typeof input.pageToken !== 'string'
  ) {
    errors.push({ path: '$.pageToken', message: 'must be the token of the previous page' });
  }
  if (errors.length > 0) throw invalid(errors);
  const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);
  return {
    ...(text(filters.customer) && { customer: text(filters.customer) }),
    ...(text(filters.product) && { product: text(filters.product) }),
    ...(text(filters.team) && { team: text(filters.team) }),
    ...(filters.mine === true && { mine: true }),
  };
}

/** Whether the app's record puts an issue on the list the filters ask for. */
function isListed(property: SlmProperty, filters: WorkListFilters): boolean {
  return (
    property.nextDeadline !== null &&
    (!filters.customer || property.customer === filters.customer) &&
    (!filters.product || property.product === filters.product)
  );
}

const orderOf = ({ issue, state }: { issue: JiraIssue; state: SlmProperty }): WorkListEntry => ({
  key: issue.key,
  rank: state.priority?.rank ?? null,
  goals: state.goals,
});

export const workListResolvers: ResolverDefinitions = {
  /**
   * One page of the work list, searched as the viewer so Jira shows only what they may see,
   * each row as the app's record of the issue has it; a customer sees their own issues with the
   * goals promised to them only, and no staff teams or other customers to filter by.
   */
  getWorkList: resolver(async (payload, _call, ctx): Promise<WorkListPage> => {
    const input = payloadObject(payload);
    const filters = readFilters(input);
    const pageToken = typeof input.pageToken === 'string' ? input.pageToken : undefined;
    const [page, me, model] = await Promise.all([
      ctx.jiraAsUser
        .searchPage({
          jql: workListJql(filters),
          fields: ['summary', 'status', 'priority', 'assignee'],
          properties: [SLM_PROPERTY_KEY],
          maxResults: PAGE_SIZE,
          ...(pageToken !== undefined && { nextPageToken: pageToken }),
        })
        .catch((error: unknown) => {
          // Jira refuses `membersOf` a group the site does not have.
          if (filters.team && error instanceof JiraError && error.message.includes('membersOf')) {
            throw invalid([
              { path: '$.filters.team', message: `${filters.team} is not a group on this site` },
            ]);
          }
          // The JQL is the app's own, from checked filters: a 400 to a page of it is the token,
          // malformed, or from another query (the filters changed since that page).
          if (pageToken !== undefined && error instanceof JiraError && error.status === 400) {
            throw invalid([
              { path: '$.pageToken', message: 'is not a page of this list: load the list again' },
            ]);
          }
          throw error;
        }),
      ctx.jiraAsUser.myself(),
      ctx.contracts.model(),
    ]);
    // The app's own records decide what each row shows and where it goes: a property someone
    // else wrote is not believed, and is sent to be rewritten.
    const records = new IssueSlaRecords(ctx.entities);
    const checked = await Promise.all(
      page.issues.map(async (issue) => ({ issue, record: await records.get(issue.id) })),
    );
    await queuePropertyRepair(
      ctx,
      checked
        .filter(({ issue, record }) => !isAppWritten(record, issue.properties?.[SLM_PROPERTY_KEY]))
        .map(({ issue }) => issue.key),
      'work list',
    );
    const contract = model?.contract;
    const audience = audienceOf(me, contract);
    const texts = actionTexts(contract?.goals ?? []);
    const customers = customersShownTo(me, audience, contract);
    const rows = checked
      .flatMap(({ issue, record }) =>
        record && isListed(record.property, filters) ? [{ issue, state: record.property }] : [],
      )
      .sort((a, b) => compareWorkList(orderOf(a), orderOf(b)))
      .map(({ issue, state }) =>
        workListRow(
          issue,
          audience === 'customer' ? customerFacing(state, texts) : state,
          contract?.customers ?? [],
        ),
      )
      // A customer's issue whose only open goals are internal has nothing for them to see.
      .filter((row) => audience === 'agent' || row.urgent !== null);
    return {
      now: formatInstant(ctx.now()),
      timeZone: me.timeZone ?? 'UTC',
      rows,
      nextPageToken: page.nextPageToken ?? null,
      options: {
        customers: customers.map((c) => ({ id: c.id, name: c.name })),
        products: [
          ...new Set(customers.flatMap((c) => c.environments.map((e) => e.product))),
        ].sort(),
        teams: audience === 'agent' ? TEAMS : [],
      },
    };
  }),
};
