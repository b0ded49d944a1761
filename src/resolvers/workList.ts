import { formatInstant } from '../domain/instant';
import type { SlmProperty } from '../domain/state/slmProperty';
import { SLM_PROPERTY_KEY } from '../domain/state/slmProperty';
import { JiraError } from '../jira/jiraClient';
import { invalid, payloadObject, resolver, type ResolverDefinitions } from './resolverKit';
import type { WorkListFilters, WorkListPage, WorkListRow } from './views';

const PAGE_SIZE = 25;
const P = `issue.property[${SLM_PROPERTY_KEY}]`;

/** The teams the work list filters by: Jira groups of support staff. */
export const TEAMS = ['support-team', 'second-line', 'team-leads'];

/**
 * The JQL of the work list: issues with an open goal, in the engine's work-list order
 * (breached, at risk, then by internal rank and deadline; see `compareWorkList`), expressed on
 * the indexed `slm` property so Jira sorts and pages it, not the app. It sorts on number and
 * date values only, the ones Jira indexes for ordering. A team is a Jira group, resolved by
 * Jira in the same query (`membersOf`), so reading its members needs no admin scope.
 */
export function workListJql(filters: WorkListFilters): string {
  const clauses = [`${P}.nextDeadline IS NOT EMPTY`];
  if (filters.customer) clauses.push(`${P}.customer = ${quote(filters.customer)}`);
  if (filters.product) clauses.push(`${P}.product = ${quote(filters.product)}`);
  if (filters.mine) clauses.push('assignee = currentUser()');
  if (filters.team) clauses.push(`assignee IN membersOf(${quote(filters.team)})`);
  return `${clauses.join(' AND ')} ORDER BY ${P}.urgency ASC, ${P}.rank ASC, ${P}.nextDeadline ASC, key ASC`;
}

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

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

export const workListResolvers: ResolverDefinitions = {
  /** One page of the work list, searched as the viewer so Jira shows only what they may see. */
  getWorkList: resolver(async (payload, _call, ctx): Promise<WorkListPage> => {
    const input = payloadObject(payload);
    const filters = readFilters(input);
    const [page, me, model] = await Promise.all([
      ctx.jiraAsUser
        .searchPage({
          jql: workListJql(filters),
          fields: ['summary', 'status', 'priority', 'assignee'],
          properties: [SLM_PROPERTY_KEY],
          maxResults: PAGE_SIZE,
          ...(typeof input.pageToken === 'string' && { nextPageToken: input.pageToken }),
        })
        .catch((error: unknown) => {
          // Jira refuses `membersOf` a group the site does not have.
          if (filters.team && error instanceof JiraError && error.message.includes('membersOf')) {
            throw invalid([
              { path: '$.filters.team', message: `${filters.team} is not a group on this site` },
            ]);
          }
          throw error;
        }),
      ctx.jiraAsUser.myself(),
      ctx.contracts.model(),
    ]);
    const customers = model?.contract.customers ?? [];
    const rows = page.issues.map((issue): WorkListRow => {
      const slm = issue.properties?.[SLM_PROPERTY_KEY] as SlmProperty | undefined;
      const open = (slm?.goals ?? []).filter((g) => g.state === 'running' || g.state === 'paused');
      const urgent = [...open].sort(
        (a, b) =>
          Number(b.breached) - Number(a.breached) ||
          (a.deadline ?? '~').localeCompare(b.deadline ?? '~'),
      )[0];
      const customer = customers.find((c) => c.id === slm?.customer);
      return {
        key: issue.key,
        summary: issue.fields.summary ?? '',
        status: issue.fields.status?.name ?? '',
        assignee: issue.fields.assignee?.displayName ?? null,
        customer: customer ? { id: customer.id, name: customer.name } : null,
        jiraPriority: issue.fields.priority?.name ?? '',
        priority: slm?.priority
          ? { name: slm.priority.name, rank: slm.priority.rank, model: slm.priority.model }
          : null,
        nextAction: slm?.nextAction ?? null,
        urgent: urgent
          ? {
              goal: urgent.goal,
              name: urgent.name,
              state: urgent.state,
              breached: urgent.breached,
              deadline: urgent.deadline,
              remainingMs: urgent.remainingMs,
            }
          : null,
        tier: slm?.breached === 'true' ? 'breached' : slm?.atRisk === 'true' ? 'atRisk' : 'onTrack',
      };
    });
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
        teams: TEAMS,
      },
    };
  }),
};
