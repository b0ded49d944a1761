import {
  FISHBONE_CATEGORIES,
  type ActionKind,
  type CapaCommand,
  type ObservationWindowDays,
} from '../domain/quality/capa';
import { field, isRecord, jsonType, type ValidationError } from '../domain/validation';

/**
 * The CAPA panel's commands, read strictly: every field of the right JSON type, no unknown
 * fields, lists and texts bounded. Whether a command may run now (its step's guards) is the
 * domain's answer (`applyCapa`), not this reader's. `actionStatus` and `recurred` are the app's
 * own commands (synced from Jira, found by the re-check) and are refused here.
 */

/** A new action issue the panel creates in Jira, then adds as an action. */
export interface CreateActionCommand {
  readonly type: 'createAction';
  readonly action: {
    readonly kind: ActionKind;
    readonly summary: string;
    readonly owner: string;
    readonly dueDate: string;
  };
}

export type PanelCommand =
  Exclude<CapaCommand, { type: 'actionStatus' } | { type: 'recurred' }> | CreateActionCommand;

const MAX_TEXT = 4_000;
const MAX_LIST = 20;

const SHAPES: Record<
  PanelCommand['type'],
  Record<string, 'string' | 'boolean' | 'number' | 'list' | 'object'>
> = {
  contain: { containment: 'string', correction: 'string' },
  decideCause: { actionNeeded: 'boolean', reason: 'string' },
  analyseRootCause: { whys: 'list', fishbone: 'object', rootCause: 'string' },
  addAction: { action: 'object' },
  createAction: { action: 'object' },
  completeCorrective: {},
  completePreventive: { observationDays: 'number', noPreventiveReason: 'string' },
  checkEffectiveness: { effective: 'boolean', evidence: 'string' },
};
const OPTIONAL = new Set(['completePreventive.noPreventiveReason']);

export function readPanelCommand(
  input: unknown,
): { command: PanelCommand } | { errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  if (!isRecord(input)) return { errors: [{ path: '$.command', message: 'must be an object' }] };
  const type = input.type;
  if (typeof type !== 'string' || !(type in SHAPES)) {
    return {
      errors: [
        {
          path: '$.command.type',
          message: `must be one of ${Object.keys(SHAPES).join(', ')}`,
        },
      ],
    };
  }
  const shape = SHAPES[type as PanelCommand['type']];
  for (const name of Object.keys(input)) {
    if (name !== 'type' && !(name in shape)) {
      errors.push({ path: field('$.command', name), message: 'is not a field of this command' });
    }
  }
  for (const [name, kind] of Object.entries(shape)) {
    const path = field('$.command', name);
    const value = input[name];
    if (value === undefined) {
      if (!OPTIONAL.has(`${type}.${name}`)) errors.push({ path, message: 'is required' });
      continue;
    }
    errors.push(...checkValue(path, value, kind));
  }
  if (type === 'addAction' || type === 'createAction') {
    if (isRecord(input.action)) errors.push(...checkAction(input.action, type));
  }
  if (type === 'analyseRootCause' && isRecord(input.fishbone)) {
    for (const [category, causes] of Object.entries(input.fishbone)) {
      const path = field('$.command.fishbone', category);
      if (!(FISHBONE_CATEGORIES as readonly string[]).includes(category)) {
        errors.push({ path, message: `is not a category: ${FISHBONE_CATEGORIES.join(', ')}` });
      } else errors.push(...checkValue(path, causes, 'list'));
    }
  }
  if (
    type === 'completePreventive' &&
    typeof input.observationDays === 'number' &&
    ![30, 60, 90].includes(input.observationDays)
  ) {
    errors.push({ path: '$.command.observationDays', message: 'must be 30, 60 or 90' });
  }
  if (errors.length > 0) return { errors };
  return { command: input as unknown as PanelCommand };
}

function checkValue(
  path: string,
  value: unknown,
  kind: 'string' | 'boolean' | 'number' | 'list' | 'object',
): ValidationError[] {
  switch (kind) {
    case 'string':
      if (typeof value !== 'string')
        return [{ path, message: `must be a string, not ${jsonType(value)}` }];
      if (value.length > MAX_TEXT)
        return [{ path, message: `must be at most ${MAX_TEXT} characters` }];
      return [];
    case 'boolean':
      return typeof value === 'boolean'
        ? []
        : [{ path, message: `must be true or false, not ${jsonType(value)}` }];
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? []
        : [{ path, message: `must be a number, not ${jsonType(value)}` }];
    case 'object':
      return isRecord(value)
        ? []
        : [{ path, message: `must be an object, not ${jsonType(value)}` }];
    case 'list': {
      if (!Array.isArray(value))
        return [{ path, message: `must be a list, not ${jsonType(value)}` }];
      if (value.length > MAX_LIST)
        return [{ path, message: `must hold at most ${MAX_LIST} entries` }];
      return value.flatMap((v, i) => checkValue(`${path}[${i}]`, v, 'string'));
    }
  }
}

function checkAction(
  action: Record<string, unknown>,
  type: 'addAction' | 'createAction',
): ValidationError[] {
  const errors: ValidationError[] = [];
  const fields =
    type === 'addAction'
      ? ['kind', 'issueKey', 'owner', 'dueDate']
      : ['kind', 'summary', 'owner', 'dueDate'];
  for (const name of Object.keys(action)) {
    if (!fields.includes(name)) {
      errors.push({
        path: field('$.command.action', name),
        message: 'is not a field of an action',
      });
    }
  }
  for (const name of fields) {
    const path = field('$.command.action', name);
    if (action[name] === undefined) errors.push({ path, message: 'is required' });
    else errors.push(...checkValue(path, action[name], 'string'));
  }
  if (typeof action.kind === 'string' && !['corrective', 'preventive'].includes(action.kind)) {
    errors.push({ path: '$.command.action.kind', message: 'must be corrective or preventive' });
  }
  if (type === 'createAction' && typeof action.summary === 'string') {
    if (action.summary.trim() === '') {
      errors.push({ path: '$.command.action.summary', message: 'is required' });
    } else if (action.summary.length > 255) {
      errors.push({ path: '$.command.action.summary', message: 'must be at most 255 characters' });
    }
  }
  return errors;
}

export type { ObservationWindowDays };
