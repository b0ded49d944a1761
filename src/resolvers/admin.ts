import { openingHoursPreview } from '../domain/calendar/openingHoursPreview';
import { parseIsoDate } from '../domain/calendar/civilDate';
import { localDateAt } from '../domain/calendar/timeZone';
import {
  compileValidContract,
  contractChanges,
  EMPTY_CONTRACT,
  validateContract,
  type Contract,
} from '../domain/contract';
import { textSizeError, valueSizeError } from '../domain/documentSize';
import { formatInstant } from '../domain/instant';
import { evaluateIssue } from '../domain/sla';
import type { ValidationError } from '../domain/validation';
import {
  countClosed,
  previewDraft,
  recalculateClosed,
  reevaluateAfterSave,
  reevaluationOf,
} from '../services/contractRuns';
import { readRun } from '../services/reevaluationRuns';
import {
  invalid,
  payloadObject,
  requireAdmin,
  resolver,
  ResolverError,
  type ResolverDefinitions,
} from './resolverKit';
import { staleSaveError, storing } from './saveRefusals';
import { settingsResolvers } from './settings';
import { readResolvedPeriod, readRunId } from './runRequests';
import { readSimulationRequest } from './simulationRequest';
import type {
  AdminConfig,
  CalendarPreview,
  ImportPreview,
  ReevaluationRunView,
  SaveOutcome,
  SimulationResult,
} from './views';

/**
 * The problems of a contract from the screen, each with its path under `path`: one over the
 * size limit is refused before it is validated.
 */
function contractProblems(value: unknown, path: string): ValidationError[] {
  const tooBig = valueSizeError(value, path);
  return tooBig ? [tooBig] : validateContract(value, path);
}

/** A contract from the screen, refused with its problems unless it is valid. */
function validContract(value: unknown, path = '$.contract'): Contract {
  const errors = contractProblems(value, path);
  if (errors.length > 0) throw invalid(errors);
  return value as Contract;
}

/**
 * The admin page's resolvers. Every one checks first that the caller is a Jira administrator;
 * nothing invalid is saved (the same validator as import and `slm validate`), and a save based
 * on an older version than the one in force is refused rather than overwriting it.
 */
export const adminResolvers: ResolverDefinitions = {
  ...settingsResolvers,
  getConfig: resolver(async (_payload, _call, ctx): Promise<AdminConfig> => {
    await requireAdmin(ctx);
    const [latest, history, recalculations] = await Promise.all([
      ctx.contracts.latest(),
      ctx.contracts.history(),
      ctx.contracts.recalculations(),
    ]);
    const version = latest?.version ?? null;
    return {
      contract: latest?.contract ?? EMPTY_CONTRACT,
      version,
      history,
      recalculations: await Promise.all(
        recalculations.map(async (entry) => ({
          ...entry,
          run: (await readRun(ctx, entry.runId)) ?? null,
        })),
      ),
      reevaluation: version === null ? null : await reevaluationOf(ctx, version),
    };
  }),

  validate: resolver(async (payload, _call, ctx) => {
    await requireAdmin(ctx);
    return { errors: contractProblems(payloadObject(payload).contract, '$.contract') };
  }),

  saveContract: resolver(async (payload, call, ctx): Promise<SaveOutcome> => {
    await requireAdmin(ctx);
    const input = payloadObject(payload);
    const baseVersion = input.baseVersion ?? null;
    if (baseVersion !== null && !Number.isSafeInteger(baseVersion)) {
      throw invalid([
        { path: '$.baseVersion', message: 'must be the version the edit started from, or null' },
      ]);
    }
    const tooBig = valueSizeError(input.contract, '$.contract');
    if (tooBig) throw invalid([tooBig]);
    // Validated once, here, with its errors under `$.contract`; the version check and the write
    // are one atomic step in the repository, so of two admins saving at once only one wins.
    const result = await storing('contract', () =>
      ctx.contracts.save(input.contract, {
        savedBy: call.accountId,
        savedAt: formatInstant(ctx.now()),
        baseVersion: baseVersion as number | null,
        path: '$.contract',
      }),
    );
    if ('errors' in result) throw invalid(result.errors);
    if ('conflict' in result) throw staleSaveError('contract', result.conflict);
    if (!result.saved) return { saved: false, unchanged: true, version: result.version.version };
    // The open issues the version can affect are measured again under it, batch by batch.
    const previous = await ctx.contracts.version(result.version.version - 1);
    const run = await reevaluateAfterSave(ctx, result.version, previous?.contract ?? null);
    return {
      saved: true,
      version: result.version.version,
      changes: result.version.changes,
      run,
    };
  }),

  /**
   * Starts measuring the open issues the draft can affect, under the draft and under the version
   * in force, on the queue (a site's open issues do not fit a resolver's 25 s); the page polls
   * `getRun` for the result. Nothing is saved but the draft the run reads.
   */
  previewChange: resolver(async (payload, call, ctx): Promise<ReevaluationRunView | null> => {
    await requireAdmin(ctx);
    const contract = validContract(payloadObject(payload).contract);
    return previewDraft(ctx, contract, call.accountId);
  }),

  /** A run (re-evaluation, recalculation or preview) and how far it has got. */
  getRun: resolver(async (payload, _call, ctx): Promise<ReevaluationRunView> => {
    await requireAdmin(ctx);
    const id = readRunId(payloadObject(payload));
    const run = await readRun(ctx, id);
    if (!run) throw new ResolverError('notFound', `There is no run ${id}.`);
    return run;
  }),

  /** How many closed issues a recalculation of the period would measure again. */
  countClosedIssues: resolver(async (payload, _call, ctx) => {
    await requireAdmin(ctx);
    return countClosed(ctx, readResolvedPeriod(payloadObject(payload)));
  }),

  /**
   * Measures the closed issues resolved in the period again under the version in force, on
   * purpose: closed issues otherwise keep the version they were measured under. Recorded in the
   * contract's history with who, when and which version; the run counts what changed.
   */
  recalculateClosedIssues: resolver(async (payload, call, ctx): Promise<ReevaluationRunView> => {
    await requireAdmin(ctx);
    const period = readResolvedPeriod(payloadObject(payload));
    const version = (await ctx.contracts.model())?.version;
    if (version === undefined || version === null) {
      throw new ResolverError('invalid', 'No contract is saved yet: nothing to recalculate.');
    }
    return recalculateClosed(ctx, period, version, call.accountId);
  }),

  previewImport: resolver(async (payload, _call, ctx): Promise<ImportPreview> => {
    await requireAdmin(ctx);
    const { json } = payloadObject(payload);
    if (typeof json !== 'string')
      throw invalid([
        { path: '$.json', message: 'must be the text of an slm-contract/1 document' },
      ]);
    const tooBig = textSizeError(json, '$.json');
    if (tooBig) throw invalid([tooBig]);
    let document: unknown;
    try {
      document = JSON.parse(json);
    } catch (error) {
      throw invalid([{ path: '$', message: `not JSON: ${(error as Error).message}` }]);
    }
    const errors = validateContract(document);
    if (errors.length > 0) throw invalid(errors);
    const latest = await ctx.contracts.latest();
    return {
      changes: contractChanges(latest?.contract ?? null, document as Contract),
      contract: document as Contract,
    };
  }),

  previewCalendar: resolver(async (payload, _call, ctx): Promise<CalendarPreview> => {
    await requireAdmin(ctx);
    const input = payloadObject(payload);
    const contract = validContract(input.contract);
    const errors: ValidationError[] = [];
    const calendar = contract.calendars.find((c) => c.id === input.calendar);
    if (!calendar) errors.push({ path: '$.calendar', message: 'pick a calendar of the contract' });
    // Today by the app's clock (the simulator's in the simulator), where the calendar is.
    const from = input.from ?? (calendar ? localDateAt(calendar.timeZone, ctx.now()) : undefined);
    if (typeof from !== 'string' || parseIsoDate(from) === undefined) {
      errors.push({ path: '$.from', message: 'must be a date YYYY-MM-DD' });
    }
    const days = input.days ?? 14;
    if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 62) {
      errors.push({ path: '$.days', message: 'must be a whole number of days, 1 to 62' });
    }
    if (errors.length > 0 || !calendar) throw invalid(errors);
    return openingHoursPreview(calendar, contract.holidaySets, from as string, days as number);
  }),

  simulate: resolver(async (payload, _call, ctx): Promise<SimulationResult> => {
    await requireAdmin(ctx);
    const input = payloadObject(payload);
    const contract = validContract(input.contract);
    const { issue, now } = readSimulationRequest(input, contract);
    const evaluation = evaluateIssue(compileValidContract(contract), issue, now);
    if (!evaluation.agreement)
      throw new ResolverError('invalid', evaluation.reason ?? 'no agreement applies', [
        { path: '$.agreement', message: evaluation.reason ?? 'no agreement applies' },
      ]);
    return {
      goals: evaluation.goals.map((g) => ({
        goal: g.goal,
        name: g.name,
        targetMs: g.targetMs,
        calendar: g.calendar,
        deadline: g.deadline ?? g.breachedAt ?? g.completedAt,
        state: g.state,
      })),
    };
  }),
};
