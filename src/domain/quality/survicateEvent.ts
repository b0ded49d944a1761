import { field, isRecord, jsonType, type ValidationError } from '../validation';
import type { FeedbackScale } from './feedbackScale';
import { isScoreOn } from './feedbackScale';

/**
 * Reads a Survicate webhook event (https://developers.survicate.com/webhooks/events/ and
 * /answer-types/). A `questionAnswered` event carries one answer: `survey {id, name}`,
 * `timestamp`, `respondent {id, uuid, attributes}`, `question {id, body}` and `choice {id, body,
 * comment}`. An NPS answer's value (0–10) is `choice.id`; a rating or smiley-scale answer's value
 * (1–5) is `choice.body`. Other question types (text, choice…) carry no score and are ignored.
 */

/** Which respondent attributes name the case and the customer (configurable on the admin page). */
export interface SurvicateAttributeNames {
  readonly issueKey: string;
  readonly customer: string;
}

/** One scored answer, as the intake records it. */
export interface SurvicateAnswer {
  /** Survicate's id of the webhook message: the same answer delivered again has the same one. */
  readonly messageId: string;
  readonly scale: FeedbackScale;
  readonly score: number;
  readonly comment: string | null;
  readonly issueKey: string | null;
  readonly customer: string | null;
  /** When the respondent answered, epoch ms. */
  readonly answeredAt: number;
  readonly survey: { readonly id: string; readonly name: string | null };
  readonly question: { readonly id: string; readonly body: string | null };
}

export type SurvicateReading =
  | { readonly kind: 'answer'; readonly answer: SurvicateAnswer }
  /** A well-formed event the intake does not record (a text question, a survey completion). */
  | { readonly kind: 'ignored'; readonly messageId: string; readonly reason: string }
  /** The body is not a Survicate event: every wrong field with its JSON path. */
  | { readonly kind: 'invalid'; readonly errors: readonly ValidationError[] }
  /** A well-formed rating answer whose value is no score on its scale. */
  | { readonly kind: 'unscorable'; readonly errors: readonly ValidationError[] };

/** The longest source id and texts the feedback table keeps (`qualityMigrations.ts`). */
export const SURVICATE_LIMITS = { messageId: 255, comment: 4000, customer: 255 } as const;

/** A Jira issue key: project key, hyphen, number. */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}$/;

type QuestionKind = 'nps' | 'rating' | 'other';

/**
 * The question types Survicate sends a score for. Its documentation names the types in words
 * ("Net Promoter Score", "Rating", "Smiley scale"), not their `type` strings, so the match is
 * on the words, in any case and separator.
 */
function questionKind(type: string): QuestionKind {
  const word = type.toLowerCase().replace(/[^a-z]/g, '');
  if (word === 'nps' || word.startsWith('netpromoter')) return 'nps';
  if (word.includes('rating') || word.includes('smiley')) return 'rating';
  return 'other';
}

/** Reads a parsed webhook body; `names` says which respondent attributes to read. */
export function readSurvicateEvent(
  body: unknown,
  names: SurvicateAttributeNames,
): SurvicateReading {
  const errors: ValidationError[] = [];
  const wrong = (path: string, message: string) => errors.push({ path, message });
  if (!isRecord(body)) return invalid('$', `must be a JSON object, not ${jsonType(body)}`);

  const messageId = body.messageId;
  if (typeof messageId !== 'string' || messageId.trim() === '') {
    wrong('$.messageId', 'must be a non-empty string');
  } else if (messageId.length > SURVICATE_LIMITS.messageId) {
    wrong('$.messageId', `must be at most ${SURVICATE_LIMITS.messageId} characters`);
  }
  const tries = body.deliveryTries;
  if (tries !== undefined && !(Number.isInteger(tries) && (tries as number) >= 0)) {
    wrong('$.deliveryTries', 'must be a whole number of at least 0');
  }
  const event = body.event;
  if (!isRecord(event)) {
    wrong('$.event', `must be an object, not ${jsonType(event)}`);
    return { kind: 'invalid', errors };
  }
  const answered = event.questionAnswered;
  if (answered === undefined) {
    if (errors.length > 0) return { kind: 'invalid', errors };
    const reason =
      event.surveyCompleted !== undefined
        ? 'ignored: survey completions are not recorded; enable Question answered events'
        : `ignored: unknown event ${Object.keys(event).join(', ') || '(none)'}; enable Question answered events`;
    return { kind: 'ignored', messageId: messageId as string, reason };
  }
  const at = '$.event.questionAnswered';
  if (!isRecord(answered)) {
    wrong(at, `must be an object, not ${jsonType(answered)}`);
    return { kind: 'invalid', errors };
  }

  const type = answered.type;
  if (typeof type !== 'string' || type.trim() === '') wrong(`${at}.type`, 'must be a string');
  const timestamp = answered.timestamp;
  const answeredAt = typeof timestamp === 'string' ? Date.parse(timestamp) : NaN;
  if (Number.isNaN(answeredAt)) wrong(`${at}.timestamp`, 'must be an ISO 8601 date and time');

  const survey = answered.survey;
  if (!isRecord(survey)) wrong(`${at}.survey`, `must be an object, not ${jsonType(survey)}`);
  else if (!isId(survey.id)) wrong(`${at}.survey.id`, 'must be a string or a number');
  const question = answered.question;
  if (!isRecord(question)) wrong(`${at}.question`, `must be an object, not ${jsonType(question)}`);
  else if (!isId(question.id)) wrong(`${at}.question.id`, 'must be a string or a number');

  const attributes = readAttributes(answered.respondent, `${at}.respondent`, wrong);
  const issueKey = attributeText(attributes, names.issueKey);
  const issuePath = field(`${at}.respondent.attributes`, names.issueKey);
  if (issueKey !== null && !ISSUE_KEY.test(issueKey)) {
    wrong(issuePath, `must be a Jira issue key such as SUP-12, not ${JSON.stringify(issueKey)}`);
  }
  const customer = attributeText(attributes, names.customer);
  if (customer !== null && customer.length > SURVICATE_LIMITS.customer) {
    wrong(
      field(`${at}.respondent.attributes`, names.customer),
      `must be at most ${SURVICATE_LIMITS.customer} characters`,
    );
  }

  const kind = typeof type === 'string' ? questionKind(type) : 'other';
  const choice = answered.choice;
  let comment: string | null = null;
  if (kind !== 'other' || choice !== undefined) {
    if (!isRecord(choice)) {
      wrong(`${at}.choice`, `must be an object, not ${jsonType(choice)}`);
    } else {
      if (choice.comment !== undefined && choice.comment !== null) {
        if (typeof choice.comment !== 'string') {
          wrong(`${at}.choice.comment`, 'must be a string or null');
        } else if (choice.comment.length > SURVICATE_LIMITS.comment) {
          wrong(`${at}.choice.comment`, `must be at most ${SURVICATE_LIMITS.comment} characters`);
        } else if (choice.comment.trim() !== '') {
          comment = choice.comment;
        }
      }
      if (kind === 'nps' && !isId(choice.id)) {
        wrong(`${at}.choice.id`, 'must be the NPS value, 0 to 10');
      }
      if (kind === 'rating' && typeof choice.body !== 'string' && typeof choice.body !== 'number') {
        wrong(`${at}.choice.body`, `must be the rating as a string, not ${jsonType(choice.body)}`);
      }
    }
  }
  if (errors.length > 0) return { kind: 'invalid', errors };
  if (kind === 'other') {
    return {
      kind: 'ignored',
      messageId: messageId as string,
      reason: `ignored: a ${String(type)} question carries no rating or NPS score`,
    };
  }

  const picked = choice as Record<string, unknown>;
  const scale: FeedbackScale = kind === 'nps' ? 'nps' : 'csat';
  const value = kind === 'nps' ? picked.id : picked.body;
  const score =
    typeof value === 'number' ? value : /^\s*\d+\s*$/.test(String(value)) ? Number(value) : NaN;
  if (!isScoreOn(scale, score)) {
    const path = kind === 'nps' ? `${at}.choice.id` : `${at}.choice.body`;
    const range = scale === 'nps' ? '0 to 10' : '1 to 5';
    return {
      kind: 'unscorable',
      errors: [
        {
          path,
          message: `must be a whole number from ${range} for a ${String(type)} question, not ${JSON.stringify(value)}`,
        },
      ],
    };
  }
  const s = survey as Record<string, unknown>;
  const q = question as Record<string, unknown>;
  return {
    kind: 'answer',
    answer: {
      messageId: messageId as string,
      scale,
      score,
      comment,
      issueKey,
      customer,
      answeredAt,
      survey: { id: String(s.id), name: typeof s.name === 'string' ? s.name : null },
      question: { id: String(q.id), body: typeof q.body === 'string' ? q.body : null },
    },
  };
}

const invalid = (path: string, message: string): SurvicateReading => ({
  kind: 'invalid',
  errors: [{ path, message }],
});

const isId = (value: unknown): boolean =>
  (typeof value === 'string' && value.trim() !== '') ||
  (typeof value === 'number' && Number.isFinite(value));

/**
 * The respondent's custom attributes by name. Survicate documents them as an object; its sample
 * payload sends an (empty) array, so an array of `{ name, value }` is read too.
 */
function readAttributes(
  respondent: unknown,
  at: string,
  wrong: (path: string, message: string) => void,
): ReadonlyMap<string, unknown> {
  const attributes = new Map<string, unknown>();
  if (respondent === undefined || respondent === null) return attributes;
  if (!isRecord(respondent)) {
    wrong(at, `must be an object, not ${jsonType(respondent)}`);
    return attributes;
  }
  const raw = respondent.attributes;
  if (raw === undefined || raw === null) return attributes;
  if (Array.isArray(raw)) {
    raw.forEach((entry, i) => {
      if (isRecord(entry) && typeof entry.name === 'string')
        attributes.set(entry.name, entry.value);
      else wrong(`${at}.attributes[${i}]`, 'must be an object with a string name and a value');
    });
  } else if (isRecord(raw)) {
    for (const [name, value] of Object.entries(raw)) attributes.set(name, value);
  } else {
    wrong(`${at}.attributes`, `must be an object or an array, not ${jsonType(raw)}`);
  }
  return attributes;
}

/** An attribute's text: a string or a number, trimmed; null when absent or empty. */
function attributeText(attributes: ReadonlyMap<string, unknown>, name: string): string | null {
  const value = attributes.get(name);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string' || value.trim() === '') return null;
  return value.trim();
}
