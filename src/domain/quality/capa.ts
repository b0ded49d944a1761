/**
 * The CAPA of a non-conformity (ISO 9001 §10.2) as a state machine: containment and
 * correction → is action on the cause needed → root cause → corrective actions → preventive
 * actions → effectiveness check after an observation window → closed, or reopened at the root
 * cause when the problem recurred. `applyCapa` is the only way a CAPA changes: it checks the
 * step's guards and answers the new state with the audit entries that record the change.
 */

export const CAPA_STEPS = [
  'containment',
  'causeDecision',
  'rootCause',
  'correctiveActions',
  'preventiveActions',
  'effectivenessCheck',
  'closed',
] as const;
export type CapaStep = (typeof CAPA_STEPS)[number];

/** The 6 Ms of an Ishikawa (fishbone) diagram. */
export const FISHBONE_CATEGORIES = [
  'people',
  'process',
  'tools',
  'materials',
  'environment',
  'measurement',
] as const;
export type FishboneCategory = (typeof FISHBONE_CATEGORIES)[number];

export const OBSERVATION_WINDOWS_DAYS = [30, 60, 90] as const;
export type ObservationWindowDays = (typeof OBSERVATION_WINDOWS_DAYS)[number];

export type ActionKind = 'corrective' | 'preventive';

/** A corrective or preventive action: a Jira issue with an owner and a due date. */
export interface CapaAction {
  readonly kind: ActionKind;
  readonly issueKey: string;
  /** Account id of the owner. */
  readonly owner: string;
  /** `YYYY-MM-DD`. */
  readonly dueDate: string;
  /** Whether the action's issue is done (read from Jira). */
  readonly done: boolean;
}

export interface Capa {
  readonly step: CapaStep;
  /** 1, then one more each time an effectiveness check reopens the CAPA. */
  readonly round: number;
  readonly containment: string | null;
  readonly correction: string | null;
  readonly causeActionNeeded: boolean | null;
  readonly causeDecisionReason: string | null;
  /** The answers of the 5 Whys, in order. */
  readonly whys: readonly string[];
  readonly fishbone: { readonly [C in FishboneCategory]?: readonly string[] };
  readonly rootCause: string | null;
  readonly actions: readonly CapaAction[];
  /** Why no preventive action is needed, when none is taken. */
  readonly noPreventiveReason: string | null;
  readonly observationDays: ObservationWindowDays | null;
  /** When the effectiveness check falls due, epoch ms. */
  readonly checkDueAt: number | null;
  readonly checkEvidence: string | null;
  readonly closedAt: number | null;
}

export const NEW_CAPA: Capa = {
  step: 'containment',
  round: 1,
  containment: null,
  correction: null,
  causeActionNeeded: null,
  causeDecisionReason: null,
  whys: [],
  fishbone: {},
  rootCause: null,
  actions: [],
  noPreventiveReason: null,
  observationDays: null,
  checkDueAt: null,
  checkEvidence: null,
  closedAt: null,
};

export type CapaCommand =
  | { readonly type: 'contain'; readonly containment: string; readonly correction: string }
  | { readonly type: 'decideCause'; readonly actionNeeded: boolean; readonly reason: string }
  | {
      readonly type: 'analyseRootCause';
      readonly whys: readonly string[];
      readonly fishbone: { readonly [C in FishboneCategory]?: readonly string[] };
      readonly rootCause: string;
    }
  | { readonly type: 'addAction'; readonly action: Omit<CapaAction, 'done'> }
  | { readonly type: 'actionStatus'; readonly issueKey: string; readonly done: boolean }
  | { readonly type: 'completeCorrective' }
  | {
      readonly type: 'completePreventive';
      readonly observationDays: ObservationWindowDays;
      /** Required when no preventive action was added. */
      readonly noPreventiveReason?: string;
    }
  | { readonly type: 'checkEffectiveness'; readonly effective: boolean; readonly evidence: string }
  | { readonly type: 'recurred'; readonly evidence: string };

/** One audit entry: who changed what, when, with the values before and after. */
export interface CapaAuditEntry {
  readonly at: number;
  readonly actor: string;
  readonly action: CapaCommand['type'];
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export type CapaResult =
  | { readonly ok: true; readonly capa: Capa; readonly audit: readonly CapaAuditEntry[] }
  | { readonly ok: false; readonly errors: readonly { path: string; message: string }[] };

const DAY_MS = 86_400_000;
const MAX_TEXT = 4_000;

const STEP_OF: { readonly [T in CapaCommand['type']]: readonly CapaStep[] } = {
  contain: ['containment'],
  decideCause: ['causeDecision'],
  analyseRootCause: ['rootCause'],
  addAction: ['correctiveActions', 'preventiveActions'],
  actionStatus: ['correctiveActions', 'preventiveActions', 'effectivenessCheck', 'closed'],
  completeCorrective: ['correctiveActions'],
  completePreventive: ['preventiveActions'],
  checkEffectiveness: ['effectivenessCheck'],
  recurred: ['effectivenessCheck'],
};

const STEP_NAMES: { readonly [S in CapaStep]: string } = {
  containment: 'containment and correction',
  causeDecision: 'the decision on action on the cause',
  rootCause: 'root cause analysis',
  correctiveActions: 'corrective actions',
  preventiveActions: 'preventive actions',
  effectivenessCheck: 'the effectiveness check',
  closed: 'closed',
};

/** Applies `command` by `actor` at `at`, or answers why it cannot be applied now. */
export function applyCapa(capa: Capa, command: CapaCommand, actor: string, at: number): CapaResult {
  if (!STEP_OF[command.type].includes(capa.step)) {
    return refuse('$.type', `cannot ${command.type} during ${STEP_NAMES[capa.step]}`);
  }
  const errors: { path: string; message: string }[] = [];
  const text = (path: string, value: string): string => {
    const trimmed = value.trim();
    if (trimmed === '') errors.push({ path, message: 'is required' });
    else if (trimmed.length > MAX_TEXT) {
      errors.push({ path, message: `must be at most ${MAX_TEXT} characters` });
    }
    return trimmed;
  };
  let next: Capa;
  switch (command.type) {
    case 'contain':
      next = {
        ...capa,
        containment: text('$.containment', command.containment),
        correction: text('$.correction', command.correction),
        step: 'causeDecision',
      };
      break;
    case 'decideCause': {
      const reason = text('$.reason', command.reason);
      next = command.actionNeeded
        ? { ...capa, causeActionNeeded: true, causeDecisionReason: reason, step: 'rootCause' }
        : {
            ...capa,
            causeActionNeeded: false,
            causeDecisionReason: reason,
            step: 'closed',
            closedAt: at,
          };
      break;
    }
    case 'analyseRootCause': {
      const whys = command.whys.map((why, i) => text(`$.whys[${i}]`, why));
      if (whys.length === 0 || whys.length > 5) {
        errors.push({ path: '$.whys', message: 'must hold 1 to 5 answers to "why?"' });
      }
      const fishbone: Record<string, string[]> = {};
      for (const [category, causes] of Object.entries(command.fishbone)) {
        if (!(FISHBONE_CATEGORIES as readonly string[]).includes(category)) {
          errors.push({
            path: `$.fishbone.${category}`,
            message: `is not a category: ${FISHBONE_CATEGORIES.join(', ')}`,
          });
          continue;
        }
        const listed = (causes ?? []).map((c, i) => text(`$.fishbone.${category}[${i}]`, c));
        if (listed.length > 0) fishbone[category] = listed;
      }
      next = {
        ...capa,
        whys,
        fishbone,
        rootCause: text('$.rootCause', command.rootCause),
        step: 'correctiveActions',
      };
      break;
    }
    case 'addAction': {
      const { action } = command;
      const expected: ActionKind = capa.step === 'correctiveActions' ? 'corrective' : 'preventive';
      if (action.kind !== expected) {
        errors.push({
          path: '$.action.kind',
          message: `must be ${expected} during ${STEP_NAMES[capa.step]}`,
        });
      }
      if (!/^[A-Z][A-Z0-9_]+-\d+$/.test(action.issueKey)) {
        errors.push({ path: '$.action.issueKey', message: 'must be an issue key such as QM-12' });
      } else if (capa.actions.some((a) => a.issueKey === action.issueKey)) {
        errors.push({ path: '$.action.issueKey', message: 'is already an action of this CAPA' });
      }
      text('$.action.owner', action.owner);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(action.dueDate) || Number.isNaN(Date.parse(action.dueDate))) {
        errors.push({ path: '$.action.dueDate', message: 'must be a date as YYYY-MM-DD' });
      }
      next = { ...capa, actions: [...capa.actions, { ...action, done: false }] };
      break;
    }
    case 'actionStatus': {
      if (!capa.actions.some((a) => a.issueKey === command.issueKey)) {
        errors.push({ path: '$.issueKey', message: 'is not an action of this CAPA' });
      }
      next = {
        ...capa,
        actions: capa.actions.map((a) =>
          a.issueKey === command.issueKey ? { ...a, done: command.done } : a,
        ),
      };
      break;
    }
    case 'completeCorrective': {
      const corrective = capa.actions.filter((a) => a.kind === 'corrective');
      if (corrective.length === 0) {
        errors.push({ path: '$.actions', message: 'needs at least one corrective action' });
      }
      for (const open of corrective.filter((a) => !a.done)) {
        errors.push({ path: '$.actions', message: `${open.issueKey} is still open` });
      }
      next = { ...capa, step: 'preventiveActions' };
      break;
    }
    case 'completePreventive': {
      const preventive = capa.actions.filter((a) => a.kind === 'preventive');
      const reason =
        preventive.length === 0
          ? text('$.noPreventiveReason', command.noPreventiveReason ?? '')
          : null;
      for (const open of preventive.filter((a) => !a.done)) {
        errors.push({ path: '$.actions', message: `${open.issueKey} is still open` });
      }
      if (!(OBSERVATION_WINDOWS_DAYS as readonly number[]).includes(command.observationDays)) {
        errors.push({ path: '$.observationDays', message: 'must be 30, 60 or 90' });
      }
      next = {
        ...capa,
        noPreventiveReason: reason,
        observationDays: command.observationDays,
        checkDueAt: at + command.observationDays * DAY_MS,
        step: 'effectivenessCheck',
      };
      break;
    }
    case 'checkEffectiveness': {
      if (capa.checkDueAt !== null && at < capa.checkDueAt) {
        errors.push({
          path: '$.effective',
          message: `the observation window ends ${new Date(capa.checkDueAt).toISOString().slice(0, 10)}`,
        });
      }
      const evidence = text('$.evidence', command.evidence);
      next = command.effective
        ? { ...capa, checkEvidence: evidence, step: 'closed', closedAt: at }
        : reopened(capa, evidence);
      break;
    }
    case 'recurred':
      next = reopened(capa, text('$.evidence', command.evidence));
      break;
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, capa: next, audit: changes(capa, next, command.type, actor, at) };
}

/** Not effective: back to the root cause for another round; the earlier rounds stay in the audit. */
const reopened = (capa: Capa, evidence: string): Capa => ({
  ...capa,
  checkEvidence: evidence,
  step: 'rootCause',
  round: capa.round + 1,
  observationDays: null,
  checkDueAt: null,
});

function refuse(path: string, message: string): CapaResult {
  return { ok: false, errors: [{ path, message }] };
}

/** One audit entry per field whose value changed. */
function changes(
  before: Capa,
  after: Capa,
  action: CapaCommand['type'],
  actor: string,
  at: number,
): CapaAuditEntry[] {
  return (Object.keys(after) as (keyof Capa)[])
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((field) => ({ at, actor, action, field, before: before[field], after: after[field] }));
}

/** Whether the CAPA's effectiveness check is due and not yet done (for the sweep). */
export const checkIsDue = (capa: Capa, now: number): boolean =>
  capa.step === 'effectivenessCheck' && capa.checkDueAt !== null && now >= capa.checkDueAt;
