import { openingHoursPreview } from '../domain/calendar/openingHoursPreview';
import {
  compileContract,
  contractChanges,
  EMPTY_CONTRACT,
  validateContract,
  type Contract,
} from '../domain/contract';
import { formatInstant } from '../domain/instant';
import { evaluateIssue, validateScenario, type HistoryEntry } from '../domain/sla';
import {
  invalid,
  payloadObject,
  requireAdmin,
  resolver,
  ResolverError,
  type ResolverDefinitions,
} from './resolverKit';
import { settingsResolvers } from './settings';
import type {
  AdminConfig,
  CalendarPreview,
  ImportPreview,
  SaveOutcome,
  SimulationResult,
} from './views';

/** Validates a contract from the screen; every error comes back with its path under `$`. */
function validContract(value: unknown, path = '$.contract'): Contract {
  const errors = validateContract(value, path);
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
    const [latest, history] = await Promise.all([ctx.contracts.latest(), ctx.contracts.history()]);
    return {
      contract: latest?.contract ?? EMPTY_CONTRACT,
      version: latest?.version ?? null,
      history,
    };
  }),

  validate: resolver(async (payload, _call, ctx) => {
    await requireAdmin(ctx);
    return { errors: validateContract(payloadObject(payload).contract, '$.contract') };
  }),

  saveContract: resolver(async (payload, call, ctx): Promise<SaveOutcome> => {
    await requireAdmin(ctx);
    const input = payloadObject(payload);
    const contract = validContract(input.contract);
    const latest = await ctx.contracts.latest();
    const base = input.baseVersion ?? null;
    if (base !== null && typeof base !== 'number') {
      throw invalid([
        { path: '$.baseVersion', message: 'must be the version the edit started from, or null' },
      ]);
    }
    if ((latest?.version ?? null) !== base) {
      throw new ResolverError(
        'conflict',
        `Someone saved version ${latest?.version} since you started editing version ${base ?? 'none'}: reload to see it.`,
      );
    }
    const result = await ctx.contracts.save(contract, call.accountId, formatInstant(ctx.now()));
    if ('errors' in result) throw invalid(result.errors);
    if (!result.saved) return { saved: false, unchanged: true, version: result.version.version };
    return { saved: true, version: result.version.version, changes: result.version.changes };
  }),

  previewImport: resolver(async (payload, _call, ctx): Promise<ImportPreview> => {
    await requireAdmin(ctx);
    const { json } = payloadObject(payload);
    if (typeof json !== 'string')
      throw invalid([
        { path: '$.json', message: 'must be the text of an slm-contract/1 document' },
      ]);
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
    const calendar = contract.calendars.find((c) => c.id === input.calendar);
    if (!calendar)
      throw invalid([
        { path: '$.calendar', message: `no calendar "${String(input.calendar)}" in the contract` },
      ]);
    const from =
      typeof input.from === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.from)
        ? input.from
        : formatInstant(ctx.now()).slice(0, 10);
    const days =
      typeof input.days === 'number' && input.days >= 1 && input.days <= 62
        ? Math.floor(input.days)
        : 14;
    return openingHoursPreview(calendar, contract.holidaySets, from, days);
  }),

  simulate: resolver(async (payload, _call, ctx): Promise<SimulationResult> => {
    await requireAdmin(ctx);
    const input = payloadObject(payload);
    const contract = validContract(input.contract);
    const agreement = contract.agreements.find((a) => a.id === input.agreement);
    const errors = [];
    if (!agreement)
      errors.push({ path: '$.agreement', message: 'pick an agreement of the contract' });
    if (typeof input.issueType !== 'string' || input.issueType === '')
      errors.push({ path: '$.issueType', message: 'pick an issue type' });
    if (typeof input.priority !== 'string' || input.priority === '')
      errors.push({ path: '$.priority', message: 'pick a priority' });
    if (typeof input.created !== 'string' || Number.isNaN(Date.parse(input.created))) {
      errors.push({ path: '$.created', message: 'must be a date and time' });
    }
    const pauses = Array.isArray(input.pauses)
      ? (input.pauses as { status?: unknown; from?: unknown; to?: unknown }[])
      : [];
    const history: HistoryEntry[] = [];
    pauses.forEach((pause, i) => {
      const from = typeof pause.from === 'string' ? Date.parse(pause.from) : NaN;
      const to = typeof pause.to === 'string' ? Date.parse(pause.to) : NaN;
      if (typeof pause.status !== 'string' || pause.status === '')
        errors.push({
          path: `$.pauses[${i}].status`,
          message: 'pick the status the issue waits in',
        });
      if (Number.isNaN(from))
        errors.push({ path: `$.pauses[${i}].from`, message: 'must be a date and time' });
      if (Number.isNaN(to) || to <= from)
        errors.push({ path: `$.pauses[${i}].to`, message: 'must be after the start of the pause' });
      if (typeof pause.status === 'string' && !Number.isNaN(from) && to > from) {
        history.push({
          at: formatInstant(from),
          type: 'status',
          from: 'In Progress',
          to: pause.status,
        });
        history.push({
          at: formatInstant(to),
          type: 'status',
          from: pause.status,
          to: 'In Progress',
        });
      }
    });
    if (errors.length > 0) throw invalid(errors);
    history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    const environment =
      agreement!.environments?.[0] ??
      contract.customers
        .find((c) => c.id === agreement!.customer)
        ?.environments.find((e) => e.product === agreement!.product)?.id;
    const created = formatInstant(Date.parse(input.created as string));
    const issue = {
      key: 'SIM-1',
      issueType: input.issueType as string,
      priority: input.priority as string,
      status: 'In Progress',
      customer: agreement!.customer,
      environment: environment ?? null,
      product: agreement!.product,
      created,
      history:
        history.length > 0
          ? [{ at: created, type: 'status' as const, from: 'Open', to: 'In Progress' }, ...history]
          : [],
    };
    const scenarioErrors = validateScenario({
      format: 'slm-scenario/1',
      contract,
      issue,
      now: created,
    });
    if (scenarioErrors.length > 0) throw invalid(scenarioErrors);
    // Evaluated at the end of the last pause, so deadlines are projected from there.
    const now = Math.max(Date.parse(created), ...history.map((h) => Date.parse(h.at)));
    const evaluation = evaluateIssue(compileContract(contract), issue, now);
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
