/**
 * The Reports page's resolvers: the management report (and the OLA report: the same with
 * internal goals only), the operational view, and the issued customer reports.
 *
 * Who may see the management and operational reports: Jira administrators and members of the
 * `team-leads` group. The figures cover every customer and team, so agents and customers get
 * `forbidden`; each call checks, since a resolver can be invoked directly, not only from the
 * page. Issued customer reports are for administrators only (`customerReports.ts`).
 */
import { goalMeasures } from '../domain/reports/goalMeasures';
import type { ManagementReport } from '../domain/reports/managementReport';
import { defaultMonths, readManagementRequest } from '../domain/reports/managementRequest';
import {
  operationalView,
  endOfLocalDay,
  type OperationalView,
} from '../domain/reports/operationalView';
import { reportMonths } from '../domain/reports/reportMonths';
import { managementReportQuery } from '../services/reports/managementReportQuery';
import { openGoals } from '../services/reports/openGoals';
import { customerReportResolvers } from './customerReports';
import {
  invalid,
  payloadObject,
  resolver,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';
import { requireTeamLead, type TeamLead } from './teamLeads';

/** The caller must be a Jira administrator or a team lead; answers their time zone. */
export const requireReportReader = (ctx: ResolverContext): Promise<TeamLead> =>
  requireTeamLead(ctx, 'see the SLA reports');

export const reportResolvers: ResolverDefinitions = {
  /** Issued customer reports: list, open, issue, download (Jira administrators only). */
  ...customerReportResolvers,

  /**
   * Months `from`–`to` in the viewer's time zone (the last 12 when not given: the app's clock
   * decides, not the browser's), grouped; payload `ManagementRequest`.
   */
  getManagementReport: resolver(async (payload, _call, ctx): Promise<ManagementReport> => {
    const read = readManagementRequest(payloadObject(payload));
    const { timeZone } = await requireReportReader(ctx);
    if ('errors' in read) throw invalid(read.errors);
    const { grouping, goals } = read.request;
    const now = ctx.now();
    const { from, to } =
      read.request.from && read.request.to
        ? { from: read.request.from, to: read.request.to }
        : defaultMonths(now, timeZone);
    const latest = await ctx.contracts.latest();
    return managementReportQuery(
      ctx.sql,
      {
        months: reportMonths(from, to, timeZone),
        grouping,
        goals,
        measures: latest ? goalMeasures(latest.contract) : { reaction: [], resolution: [] },
      },
      now,
    );
  }),

  /** Breached, breaching within the hour and later today, per team; no payload. */
  getOperationalView: resolver(async (payload, _call, ctx): Promise<OperationalView> => {
    const input = payloadObject(payload);
    const { timeZone } = await requireReportReader(ctx);
    const extra = Object.keys(input);
    if (extra.length > 0)
      throw invalid(
        extra.map((key) => ({ path: `$.${key}`, message: 'is not a field of the request' })),
      );
    const now = ctx.now();
    return operationalView(await openGoals(ctx, now, endOfLocalDay(now, timeZone)), now, timeZone);
  }),
};
