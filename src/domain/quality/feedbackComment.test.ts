import fc from 'fast-check';
import type { ValidationError } from '../validation';
import { FEEDBACK_COMMENT_MAX_LENGTH, readFeedbackComment } from './feedbackComment';

const read = (comment: unknown) => {
  const errors: ValidationError[] = [];
  return { comment: readFeedbackComment(comment, errors), errors };
};

describe('readFeedbackComment', () => {
  it('trims the comment, and takes absent or blank as no comment', () => {
    expect(read('  slow but fine \n')).toEqual({ comment: 'slow but fine', errors: [] });
    for (const none of [undefined, null, '', '   ']) {
      expect(read(none)).toEqual({ comment: null, errors: [] });
    }
  });

  it('takes any text up to the limit and refuses longer text at $.comment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: FEEDBACK_COMMENT_MAX_LENGTH + 50 }), (length) => {
        const { comment, errors } = read('x'.repeat(length));
        if (length <= FEEDBACK_COMMENT_MAX_LENGTH) {
          expect({ length: comment?.length, errors }).toEqual({ length, errors: [] });
        } else {
          expect({ comment, errors }).toEqual({
            comment: null,
            errors: [{ path: '$.comment', message: 'must be at most 4000 characters' }],
          });
        }
      }),
    );
  });

  it('refuses a comment that is not text', () => {
    for (const wrong of [3, true, {}, ['a']]) {
      expect(read(wrong)).toEqual({
        comment: null,
        errors: [{ path: '$.comment', message: 'must be a string or null' }],
      });
    }
  });
});
