/**
 * The Reports page's Quality section: CSAT %, NPS, follow-ups in time, non-conformities, CAPA
 * cycle time and overdue actions per team and month (`qualityMeasures.ts`). Like the management
 * report, for Jira administrators and team leads only (`requireReportReader`), checked on every
 * call, in the viewer's time zone.
 */
import type { QualityMeasures } from '../domain/quality/qualityMeasures';
import { readQualityMeasuresRequest } from '../domain/quality/qualityMeasuresRequest';
import { defaultMonths } from '../domain/reports/managementRequest';
import { reportMonths } from '../domain/reports/reportMonths';
import {
  qualityMeasuresQuery,
  TooManyNonConformitiesError,
} from '../services/reports/qualityMeasuresQuery';
import { requireReportReader } from './reports';
import { invalid, payloadObject, resolver, type ResolverDefinitions } from './resolverKit';

export const qualityMeasuresResolvers: ResolverDefinitions = {
  /**
   * Months `from`–`to` in the viewer's time zone (the last 12 by the app's clock when not given);
   * payload `QualityMeasuresRequest`.
   */
  getQualityMeasures: resolver(async (payload, _call, ctx): Promise<QualityMeasures> => {
    const read = readQualityMeasuresRequest(payloadObject(payload));
    const { timeZone } = await requireReportReader(ctx);
    if ('errors' in read) throw invalid(read.errors);
    const now = ctx.now();
    const { from, to } =
      read.request.from && read.request.to
        ? { from: read.request.from, to: read.request.to }
        : defaultMonths(now, timeZone);
    const months = reportMonths(from, to, timeZone);
    try {
      return await qualityMeasuresQuery(ctx.sql, { months, now, timeZone });
    } catch (error) {
      if (!(error instanceof TooManyNonConformitiesError)) throw error;
      throw invalid([{ path: '$.from', message: error.message }]);
    }
  }),
};
