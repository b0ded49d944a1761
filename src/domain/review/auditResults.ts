import { isObjectOf, textOf } from '../fieldReaders';
import { field, index, jsonType, type ValidationError } from '../validation';
import type { ReviewPeriod } from './reviewPeriod';

/**
 * The audit results a management review takes into account (ISO 9001 §9.3.2 c 6): the internal
 * and external audits held in the period, as the person issuing the review enters them.
 */
export const AUDIT_KINDS = ['internal', 'external'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditRecord {
  readonly kind: AuditKind;
  /** What was audited, e.g. "ISO 9001 surveillance audit". */
  readonly title: string;
  /** The (first) day it was held, `YYYY-MM-DD`, within the review's period. */
  readonly heldOn: string;
  /** Who audited: the certification body or the internal auditor. */
  readonly auditor: string;
  readonly majorFindings: number;
  readonly minorFindings: number;
  readonly observations: number;
  /** The findings and conclusions in words. */
  readonly summary: string;
}

export interface AuditResults {
  readonly audits: readonly AuditRecord[];
  /** The issuer's overall conclusion on the audits (may be empty). */
  readonly conclusion: string;
}

export const NO_AUDIT_RESULTS: AuditResults = { audits: [], conclusion: '' };

export const MAX_AUDITS = 50;
const MAX_TITLE = 200;
const MAX_TEXT = 4000;
const MAX_FINDINGS = 999;
const AUDIT_FIELDS = [
  'kind',
  'title',
  'heldOn',
  'auditor',
  'majorFindings',
  'minorFindings',
  'observations',
  'summary',
] as const;

/** Whether `text` is a real calendar day `YYYY-MM-DD`. */
const isDay = (text: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
};

/**
 * Reads the audit results at `path` of a request: every problem with its JSON path, so the form
 * can show each next to its field. An audit must have been held within `period`.
 */
export function readAuditResults(
  value: unknown,
  period: ReviewPeriod,
  path = '$.auditResults',
): { readonly auditResults: AuditResults } | { readonly errors: ValidationError[] } {
  if (value === undefined) return { auditResults: NO_AUDIT_RESULTS };
  const errors: ValidationError[] = [];
  if (!isObjectOf(errors, value, path, ['audits', 'conclusion'], 'the audit results')) {
    return { errors };
  }
  const conclusion =
    textOf(errors, value.conclusion ?? '', field(path, 'conclusion'), MAX_TEXT, {
      optional: true,
    }) ?? '';
  const list = value.audits ?? [];
  const audits: AuditRecord[] = [];
  if (!Array.isArray(list)) {
    errors.push({ path: field(path, 'audits'), message: `must be a list, not ${jsonType(list)}` });
  } else if (list.length > MAX_AUDITS) {
    errors.push({ path: field(path, 'audits'), message: `must list at most ${MAX_AUDITS} audits` });
  } else {
    list.forEach((item, i) => {
      const audit = readAudit(item, period, index(field(path, 'audits'), i), errors);
      if (audit) audits.push(audit);
    });
  }
  return errors.length > 0 ? { errors } : { auditResults: { audits, conclusion } };
}

function readAudit(
  item: unknown,
  period: ReviewPeriod,
  path: string,
  errors: ValidationError[],
): AuditRecord | undefined {
  const before = errors.length;
  if (!isObjectOf(errors, item, path, AUDIT_FIELDS, 'an audit')) return undefined;
  const kind = item.kind;
  if (!(AUDIT_KINDS as readonly unknown[]).includes(kind))
    errors.push({ path: field(path, 'kind'), message: `must be one of ${AUDIT_KINDS.join(', ')}` });
  const title = textOf(errors, item.title, field(path, 'title'), MAX_TITLE) ?? '';
  const auditor = textOf(errors, item.auditor, field(path, 'auditor'), MAX_TITLE) ?? '';
  const summary =
    textOf(errors, item.summary ?? '', field(path, 'summary'), MAX_TEXT, { optional: true }) ?? '';
  const heldOn = item.heldOn;
  if (typeof heldOn !== 'string' || !isDay(heldOn)) {
    errors.push({ path: field(path, 'heldOn'), message: 'must be a day as YYYY-MM-DD' });
  } else if (heldOn.slice(0, 7) < period.from || heldOn.slice(0, 7) > period.to) {
    errors.push({
      path: field(path, 'heldOn'),
      message: `must be within the review's period, ${period.from} to ${period.to}`,
    });
  }
  const count = (name: 'majorFindings' | 'minorFindings' | 'observations'): number => {
    const n = item[name] ?? 0;
    if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_FINDINGS) return n;
    errors.push({
      path: field(path, name),
      message: `must be a whole number from 0 to ${MAX_FINDINGS}`,
    });
    return 0;
  };
  const majorFindings = count('majorFindings');
  const minorFindings = count('minorFindings');
  const observations = count('observations');
  if (errors.length > before) return undefined;
  return {
    kind: kind as AuditKind,
    title,
    heldOn: heldOn as string,
    auditor,
    majorFindings,
    minorFindings,
    observations,
    summary,
  };
}
