import { isObjectOf } from '../fieldReaders';
import { parsePeriodKey } from '../reports/reportPeriod';
import { type ValidationError } from '../validation';
import type { RiskArea } from './riskSettings';

/** An area's score for a month, as an editor enters it. */
export interface RiskScoreEntry {
  readonly areaId: string;
  /** `YYYY-MM`. */
  readonly month: string;
  /** 0–100, whole. */
  readonly score: number;
  readonly note: string;
}

export const MAX_SCORE_NOTE = 1000;

/**
 * Reads a score entry, or every problem with its JSON path. Only areas whose source is
 * `entered` take entered scores: a register area's score is computed. A month after `currentMonth`
 * has not happened yet.
 */
export function readRiskScoreEntry(
  input: unknown,
  areas: readonly RiskArea[],
  currentMonth: string,
): { readonly entry: RiskScoreEntry } | { readonly errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const known = ['areaId', 'month', 'score', 'note'];
  if (!isObjectOf(errors, input, '$', known, 'the request')) return { errors };
  const { areaId, month, score, note = '' } = input;
  const area = areas.find((a) => a.id === areaId);
  if (!area) {
    errors.push({
      path: '$.areaId',
      message: `must be one of the risk areas: ${areas.map((a) => a.id).join(', ')}`,
    });
  } else if (area.source !== 'entered') {
    errors.push({
      path: '$.areaId',
      message: `${area.name}'s score is computed from the risk register, not entered`,
    });
  }
  if (typeof month !== 'string' || !parsePeriodKey(month)) {
    errors.push({ path: '$.month', message: 'must be a month, YYYY-MM' });
  } else if (month > currentMonth) {
    errors.push({
      path: '$.month',
      message: `must not be after the current month (${currentMonth})`,
    });
  }
  if (typeof score !== 'number' || !Number.isInteger(score) || score < 0 || score > 100) {
    errors.push({ path: '$.score', message: 'must be a whole number from 0 to 100' });
  }
  if (typeof note !== 'string' || note.length > MAX_SCORE_NOTE) {
    errors.push({
      path: '$.note',
      message: `must be text of at most ${MAX_SCORE_NOTE} characters`,
    });
  }
  if (errors.length > 0) return { errors };
  return {
    entry: {
      areaId: areaId as string,
      month: month as string,
      score: score as number,
      note: (note as string).trim(),
    },
  };
}
