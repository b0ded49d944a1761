import { isObjectOf } from '../fieldReaders';
import { type ValidationError } from '../validation';
import { RISK_LEVELS } from './riskApproval';
import type { RiskLevel } from './riskTrend';

export type RiskStatus = 'open' | 'closed';

/** What an editor states about a risk: each save is a new revision of it. */
export interface RiskFields {
  readonly title: string;
  readonly description: string;
  /** A risk area's id (`RiskSettings.areas`). */
  readonly area: string;
  readonly owner: string | null;
  readonly level: RiskLevel;
  /** Mandatory: a risk is not registered without a plan to mitigate it. */
  readonly mitigation: string;
  readonly status: RiskStatus;
}

export const RISK_LIMITS = { title: 255, description: 10_000, mitigation: 10_000 } as const;

const FIELDS = ['title', 'description', 'area', 'owner', 'level', 'mitigation', 'status'];

/**
 * Reads a risk's fields at `path`, or every problem with its JSON path. `areaIds` are the areas
 * of the settings in force: a risk belongs to one of them.
 */
export function readRiskFields(
  input: unknown,
  areaIds: readonly string[],
  path = '$.risk',
): { readonly risk: RiskFields } | { readonly errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  if (!isObjectOf(errors, input, path, FIELDS, 'a risk')) return { errors };
  const text = (name: 'title' | 'description' | 'mitigation', max: number, required: boolean) => {
    const value = input[name] ?? (required ? undefined : '');
    if (typeof value !== 'string' || (required && value.trim() === '') || value.length > max) {
      errors.push({
        path: `${path}.${name}`,
        message:
          name === 'mitigation'
            ? `a mitigation plan is required (1–${max} characters)`
            : `must be ${required ? '1' : '0'}–${max} characters`,
      });
      return '';
    }
    return value.trim();
  };
  const title = text('title', RISK_LIMITS.title, true);
  const description = text('description', RISK_LIMITS.description, false);
  const mitigation = text('mitigation', RISK_LIMITS.mitigation, true);
  const { area, owner = null, level, status = 'open' } = input;
  if (typeof area !== 'string' || !areaIds.includes(area)) {
    errors.push({
      path: `${path}.area`,
      message: `must be one of the risk areas: ${areaIds.join(', ')}`,
    });
  }
  if (owner !== null && (typeof owner !== 'string' || owner.trim() === '' || owner.length > 128)) {
    errors.push({ path: `${path}.owner`, message: 'must be an Atlassian account id, or null' });
  }
  if (!RISK_LEVELS.includes(level as RiskLevel)) {
    errors.push({ path: `${path}.level`, message: `must be one of ${RISK_LEVELS.join(', ')}` });
  }
  if (status !== 'open' && status !== 'closed') {
    errors.push({ path: `${path}.status`, message: 'must be "open" or "closed"' });
  }
  if (errors.length > 0) return { errors };
  return {
    risk: {
      title,
      description,
      area: area as string,
      owner: owner as string | null,
      level: level as RiskLevel,
      mitigation,
      status: status as RiskStatus,
    },
  };
}
