/**
 * What a team lead records when a follow-up is done: whether the customer was reached, the
 * outcome from a fixed list, and a note. Checked here, before anything is stored.
 */
import { isRecord, jsonType, type ValidationError } from '../validation';

/** The outcomes a lead can record, with what each means on screen. */
export const FOLLOW_UP_OUTCOMES = {
  resolved: 'The problem is solved now',
  explained: 'Explained what happened; nothing more to do',
  compensated: 'Offered a compensation or goodwill gesture',
  escalated: 'Handed to another team or management',
  noResponse: 'Could not reach the customer',
} as const;

export type FollowUpOutcomeId = keyof typeof FOLLOW_UP_OUTCOMES;

export const MAX_NOTE = 4_000;

export interface FollowUpRecordRequest {
  readonly feedbackId: string;
  readonly customerContacted: boolean;
  readonly outcome: FollowUpOutcomeId;
  readonly note: string;
}

const FIELDS = ['feedbackId', 'customerContacted', 'outcome', 'note'];

/** Reads `{ feedbackId, customerContacted, outcome, note }`, naming every wrong field. */
export function readFollowUpRecord(
  input: unknown,
): { request: FollowUpRecordRequest } | { errors: ValidationError[] } {
  if (!isRecord(input)) {
    return { errors: [{ path: '$', message: `must be an object, not ${jsonType(input)}` }] };
  }
  const errors: ValidationError[] = [];
  for (const name of Object.keys(input)) {
    if (!FIELDS.includes(name)) errors.push({ path: `$.${name}`, message: 'is not a field' });
  }
  const { feedbackId, customerContacted, outcome, note = '' } = input;
  if (typeof feedbackId !== 'string' || feedbackId.trim() === '' || feedbackId.length > 64) {
    errors.push({ path: '$.feedbackId', message: 'must be the id of a feedback' });
  }
  if (typeof customerContacted !== 'boolean') {
    errors.push({ path: '$.customerContacted', message: 'must be true or false' });
  }
  if (typeof outcome !== 'string' || !Object.hasOwn(FOLLOW_UP_OUTCOMES, outcome)) {
    errors.push({
      path: '$.outcome',
      message: `must be one of ${Object.keys(FOLLOW_UP_OUTCOMES).join(', ')}`,
    });
  } else if (outcome === 'noResponse' && customerContacted === true) {
    errors.push({
      path: '$.outcome',
      message: 'cannot be noResponse when the customer was contacted',
    });
  }
  if (typeof note !== 'string') {
    errors.push({ path: '$.note', message: `must be text, not ${jsonType(note)}` });
  } else if (note.length > MAX_NOTE) {
    errors.push({ path: '$.note', message: `must be at most ${MAX_NOTE} characters` });
  }
  if (errors.length > 0) return { errors };
  return {
    request: {
      feedbackId: feedbackId as string,
      customerContacted: customerContacted as boolean,
      outcome: outcome as FollowUpOutcomeId,
      note: (note as string).trim(),
    },
  };
}
