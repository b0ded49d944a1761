/**
 * The Quality page's Risk score tab: the monthly risk score per area and composite, the risk
 * settings (areas, weights, owners, where action plans go) and the risk register with its
 * approvals. Everyone with Jira access reads (`requireQualityReader`), Jira administrators change
 * (`requireQualityEditor`); each resolver checks, as a resolver can be invoked directly. Bad
 * input is refused with every problem and its JSON path, before anything is stored.
 */
import { randomUUID } from 'node:crypto';
import { readQualityMeasuresRequest } from '../domain/quality/qualityMeasuresRequest';
import { defaultMonths } from '../domain/reports/managementRequest';
import { periodKeyAt } from '../domain/reports/reportPeriod';
import { compositeScore } from '../domain/risk/compositeScore';
import { approvalDue, approverFor, mayApprove, RISK_APPROVERS } from '../domain/risk/riskApproval';
import { readRiskFields } from '../domain/risk/riskRecord';
import { readRiskScoreEntry } from '../domain/risk/riskScoreEntry';
import {
  DEFAULT_RISK_SETTINGS,
  validateRiskSettings,
  type RiskSettings,
} from '../domain/risk/riskSettings';
import type { RiskApprover } from '../domain/risk/riskTrend';
import { field, type ValidationError } from '../domain/validation';
import { readRiskRegister, readRiskTrends } from '../services/risk/riskTrends';
import { saveEnteredRiskScore } from '../services/risk/riskScoreSave';
import { riskDropClaims } from '../storage/risk/riskDropClaims';
import {
  appendRiskApproval,
  appendRiskRevision,
  riskApprovals,
  riskRevisions,
} from '../storage/risk/riskRegister';
import { riskScoreRevisions } from '../storage/risk/riskScores';
import {
  loadRiskSettings,
  loadSavedRiskSettings,
  saveRiskSettings,
} from '../storage/risk/riskSettings';
import { projectIssueTypeErrors } from './projectIssueTypeErrors';
import { requireQualityEditor, requireQualityReader } from './qualityPageAccess';
import {
  invalid,
  payloadObject,
  resolver,
  ResolverError,
  type ResolverDefinitions,
} from './resolverKit';
import type { RiskRegisterView, RiskScoresView, RiskSettingsView } from './riskViews';
import { saveSettingsRequest, settingsView } from './settingsSave';
import { userNames } from './userNames';

const extraFields = (input: Record<string, unknown>, known: readonly string[]): ValidationError[] =>
  Object.keys(input)
    .filter((key) => !known.includes(key))
    .map((key) => ({ path: field('$', key), message: 'is not a field of the request' }));

export const riskResolvers: ResolverDefinitions = {
  /**
   * Payload `{ from?, to? }` (`YYYY-MM`, both or neither, at most 24 months; the last 12 in the
   * viewer's time zone without them): the trend, the months missing an area's score, the
   * drops with their action-plan issues, and every score revision (who, when).
   */
  getRiskScores: resolver(async (payload, _call, ctx): Promise<RiskScoresView> => {
    const { timeZone, canEdit } = await requireQualityReader(ctx);
    const read = readQualityMeasuresRequest(payloadObject(payload));
    if ('errors' in read) throw invalid(read.errors);
    const { from, to } =
      read.request.from && read.request.to
        ? { from: read.request.from, to: read.request.to }
        : defaultMonths(ctx.now(), timeZone);
    const [trend, settings, claims, revisions] = await Promise.all([
      readRiskTrends(ctx, { from, to }),
      loadRiskSettings(ctx.store),
      riskDropClaims(ctx.sql, { from, to }),
      riskScoreRevisions(ctx.sql, { from, to }),
    ]);
    const missing = trend.composite.map((c, i) => ({
      month: c.month,
      areas: compositeScore(
        trend.areas.map((a) => ({ id: a.name, weight: a.weight, score: a.months[i]!.score })),
      ).missing,
    }));
    const names = await userNames(ctx, [
      ...trend.areas.map((a) => a.owner),
      ...revisions.map((r) => r.scoredBy),
    ]);
    return {
      from,
      to,
      currentMonth: periodKeyAt(ctx.now(), timeZone),
      canEdit,
      trend,
      sources: Object.fromEntries(settings.areas.map((a) => [a.id, a.source])),
      missing,
      drops: claims.map((c) => ({
        areaId: c.areaId,
        month: c.month,
        from: c.from,
        to: c.to,
        issueKey: c.issueKey,
        refused: c.refused,
      })),
      revisions,
      names,
    };
  }),

  /** Payload `{ areaId, month, score, note? }`: a new revision of the area's score for the month. */
  saveRiskScore: resolver(async (payload, call, ctx) => {
    await requireQualityEditor(ctx, 'enter risk scores');
    const { timeZone } = await requireQualityReader(ctx);
    const settings = await loadRiskSettings(ctx.store);
    const read = readRiskScoreEntry(
      payloadObject(payload),
      settings.areas,
      periodKeyAt(ctx.now(), timeZone),
    );
    if ('errors' in read) throw invalid(read.errors);
    return saveEnteredRiskScore(ctx, read.entry, call.accountId);
  }),

  getRiskSettings: resolver(async (_payload, _call, ctx): Promise<RiskSettingsView> => {
    await requireQualityReader(ctx);
    const view = settingsView(await loadSavedRiskSettings(ctx.store), DEFAULT_RISK_SETTINGS);
    const names = await userNames(ctx, [view.savedBy, ...view.settings.areas.map((a) => a.owner)]);
    return { ...view, names };
  }),

  /** Payload `{ settings: RiskSettings, baseVersion: number | null }`. */
  saveRiskSettings: resolver(async (payload, call, ctx) => {
    await requireQualityEditor(ctx, 'change the risk settings');
    return saveSettingsRequest<RiskSettings>(payload, call, ctx, {
      name: 'risk settings',
      validate: validateRiskSettings,
      jiraErrors: (settings) =>
        settings.actionPlan.projectKey === null
          ? Promise.resolve([])
          : projectIssueTypeErrors(ctx.jira, [
              {
                projectKey: settings.actionPlan.projectKey,
                issueType: settings.actionPlan.issueType,
                projectPath: '$.settings.actionPlan.projectKey',
                issueTypePath: '$.settings.actionPlan.issueType',
              },
            ]),
      save: saveRiskSettings,
    });
  }),

  /** The register as it stands, each risk's revisions and approvals (its history). */
  getRiskRegister: resolver(async (_payload, _call, ctx): Promise<RiskRegisterView> => {
    await requireQualityReader(ctx);
    const [entries, revisions, approvals] = await Promise.all([
      readRiskRegister(ctx),
      riskRevisions(ctx.sql),
      riskApprovals(ctx.sql),
    ]);
    const names = await userNames(ctx, [
      ...entries.flatMap((e) => [e.owner, e.approvedBy]),
      ...revisions.flatMap((r) => [r.owner, r.changedBy]),
      ...approvals.map((a) => a.approvedBy),
    ]);
    return {
      names,
      risks: entries.map((entry) => {
        const own = revisions.filter((r) => r.riskId === entry.id);
        const newest = own.at(-1)!;
        const ownApprovals = approvals.filter((a) => a.riskId === entry.id);
        return {
          ...entry,
          description: newest.description,
          status: newest.status,
          revision: newest.revision,
          approvalDue: approvalDue(entry.level, ownApprovals),
          history: own,
          approvals: ownApprovals,
        };
      }),
    };
  }),

  /**
   * Payload `{ riskId: string | null, baseRevision: number | null, risk: RiskFields }`: a new
   * risk (`riskId` null), or a new revision of one, refused when another save came between.
   */
  saveRisk: resolver(async (payload, call, ctx) => {
    await requireQualityEditor(ctx, 'change the risk register');
    const input = payloadObject(payload);
    const { riskId = null, baseRevision = null, risk } = input;
    const errors = extraFields(input, ['riskId', 'baseRevision', 'risk']);
    if (
      riskId !== null &&
      (typeof riskId !== 'string' || riskId.length === 0 || riskId.length > 64)
    ) {
      errors.push({ path: '$.riskId', message: 'must be the id of a risk, or null for a new one' });
    }
    if (
      baseRevision !== null &&
      (!Number.isSafeInteger(baseRevision) || (baseRevision as number) < 1)
    ) {
      errors.push({
        path: '$.baseRevision',
        message: 'must be the revision the risk was loaded at, or null',
      });
    }
    if (riskId === null && baseRevision !== null) {
      errors.push({ path: '$.baseRevision', message: 'must be null for a new risk' });
    }
    const settings = await loadRiskSettings(ctx.store);
    const read = readRiskFields(
      risk,
      settings.areas.map((a) => a.id),
    );
    if ('errors' in read) errors.push(...read.errors);
    if (errors.length > 0 || 'errors' in read) throw invalid(errors);
    if (riskId !== null && (await riskRevisions(ctx.sql, riskId as string)).length === 0) {
      throw new ResolverError('notFound', `There is no risk ${riskId as string}.`);
    }
    const result = await appendRiskRevision(
      ctx.sql,
      (riskId as string | null) ?? randomUUID(),
      baseRevision as number | null,
      read.risk,
      { changedBy: call.accountId, changedAt: ctx.now() },
    );
    if (!result.saved) {
      throw new ResolverError(
        'conflict',
        `Revision ${result.newest} of this risk was saved since you loaded it: reload to see it.`,
      );
    }
    return result.revision;
  }),

  /**
   * Payload `{ riskId, revision, body: 'board' | 'group-management', note? }`: records that the
   * body approved the risk as it stands at `revision` (its level then).
   */
  approveRisk: resolver(async (payload, call, ctx) => {
    await requireQualityEditor(ctx, 'record risk approvals');
    const input = payloadObject(payload);
    const { riskId, revision, body, note = '' } = input;
    const errors = extraFields(input, ['riskId', 'revision', 'body', 'note']);
    if (typeof riskId !== 'string' || riskId.length === 0 || riskId.length > 64) {
      errors.push({ path: '$.riskId', message: 'must be the id of a risk' });
    }
    if (!Number.isSafeInteger(revision)) {
      errors.push({
        path: '$.revision',
        message: 'must be the revision of the risk being approved',
      });
    }
    if (!RISK_APPROVERS.includes(body as RiskApprover) || body === 'none') {
      errors.push({ path: '$.body', message: 'must be "board" or "group-management"' });
    }
    if (typeof note !== 'string' || note.length > 1000) {
      errors.push({ path: '$.note', message: 'must be text of at most 1000 characters' });
    }
    if (errors.length > 0) throw invalid(errors);
    const revisions = await riskRevisions(ctx.sql, riskId as string);
    const newest = revisions.at(-1);
    if (!newest) throw new ResolverError('notFound', `There is no risk ${riskId as string}.`);
    if (newest.revision !== revision) {
      throw new ResolverError(
        'conflict',
        `Revision ${newest.revision} of this risk was saved since you loaded it: reload, and approve the risk as it stands.`,
      );
    }
    const required = approverFor(newest.level);
    if (required === 'none') {
      throw invalid([{ path: '$.riskId', message: 'a low risk needs no approval' }]);
    }
    if (!mayApprove(body as RiskApprover, newest.level)) {
      throw invalid([
        { path: '$.body', message: `a ${newest.level} risk must be approved by ${required}` },
      ]);
    }
    const approval = {
      approvalId: randomUUID(),
      riskId: newest.riskId,
      revision: newest.revision,
      level: newest.level,
      body: body as RiskApprover,
      approvedBy: call.accountId,
      approvedAt: ctx.now(),
      note: (note as string).trim() || null,
    };
    await appendRiskApproval(ctx.sql, approval);
    return approval;
  }),
};
