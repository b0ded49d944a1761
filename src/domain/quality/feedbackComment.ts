/**
 * The free-text comment of the app's own feedback forms (the issue panel's and the portal's
 * rating). Pure, so the Custom UI bundles can import the limit without pulling in server code.
 */
import type { ValidationError } from '../validation';

/** The longest comment a form takes: the feedback table keeps 4,000 characters. */
export const FEEDBACK_COMMENT_MAX_LENGTH = 4000;

/**
 * A form's optional `comment`, trimmed; absent or blank is no comment (null). A problem is added
 * to `errors` at `$.comment`, and the answer is then null.
 */
export function readFeedbackComment(comment: unknown, errors: ValidationError[]): string | null {
  if (comment === null || comment === undefined) return null;
  if (typeof comment !== 'string') {
    errors.push({ path: '$.comment', message: 'must be a string or null' });
    return null;
  }
  if (comment.length > FEEDBACK_COMMENT_MAX_LENGTH) {
    errors.push({
      path: '$.comment',
      message: `must be at most ${FEEDBACK_COMMENT_MAX_LENGTH} characters`,
    });
    return null;
  }
  const text = comment.trim();
  return text === '' ? null : text;
}
