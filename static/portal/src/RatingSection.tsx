import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '../../../src/domain/quality/feedbackComment';
import type { PortalRequestView } from '../../../src/resolvers/portalViews';
import { call } from '../../shared/api';
import { Button } from '../../shared/components/Button';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';

const SCORES = [
  { score: 1, words: 'Very dissatisfied' },
  { score: 2, words: 'Dissatisfied' },
  { score: 3, words: 'Neither satisfied nor dissatisfied' },
  { score: 4, words: 'Satisfied' },
  { score: 5, words: 'Very satisfied' },
] as const;

/**
 * After resolution: the customer's rating of the request (1–5 and an optional comment), which
 * `ratePortalRequest` records into the quality loop and answers with the request's view anew;
 * once given, the thanks and their rating.
 */
export function RatingSection({
  request,
  onRated,
}: {
  request: PortalRequestView;
  onRated: (view: PortalRequestView) => void;
}) {
  const headingId = useId();
  const { given, canRate } = request.feedback;
  if (!canRate && !given) return null;
  return (
    <section className="portal-rating" aria-labelledby={headingId}>
      <h2 className="portal-heading" id={headingId}>
        How did we do?
      </h2>
      {canRate ? (
        <RatingForm labelledBy={headingId} onRated={onRated} />
      ) : (
        given && (
          <div role="status">
            <p>Thanks — you rated {given.score} of 5.</p>
            {given.comment && <q className="portal-rating__comment">{given.comment}</q>}
          </div>
        )
      )}
    </section>
  );
}

type Sending = { status: 'idle' | 'sending' } | { status: 'failed'; error: unknown };

function RatingForm({
  labelledBy,
  onRated,
}: {
  labelledBy: string;
  onRated: (view: PortalRequestView) => void;
}) {
  const ids = useId();
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [sending, setSending] = useState<Sending>({ status: 'idle' });
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const pick = (value: number) => {
    setScore(value);
    setProblems([]);
  };
  // A radio group: the arrow keys move the choice, and the focus with it.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = (((score ?? (step > 0 ? 0 : 6)) - 1 + step + 5) % 5) + 1;
    pick(next);
    buttons.current[next - 1]?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = [
      ...(score === null ? ['Choose a score from 1 to 5.'] : []),
      ...(comment.length > FEEDBACK_COMMENT_MAX_LENGTH
        ? [
            `Shorten the comment to ${FEEDBACK_COMMENT_MAX_LENGTH} characters (it has ${comment.length}).`,
          ]
        : []),
    ];
    setProblems(found);
    if (found.length > 0 || score === null) return;
    setSending({ status: 'sending' });
    const text = comment.trim();
    call<PortalRequestView>('ratePortalRequest', {
      score,
      ...(text !== '' && { comment: text }),
    }).then(
      (view) => {
        setSending({ status: 'idle' });
        onRated(view);
      },
      (error: unknown) => setSending({ status: 'failed', error }),
    );
  };

  const questionId = `${ids}-question`;
  const counterId = `${ids}-counter`;
  const problemsId = `${ids}-problems`;
  return (
    <form className="portal-rating__form" aria-labelledby={labelledBy} onSubmit={submit} noValidate>
      <p id={questionId}>How satisfied are you with how we handled this request?</p>
      <div
        className="portal-rating__scores"
        role="radiogroup"
        aria-labelledby={questionId}
        aria-required="true"
        aria-invalid={score === null && problems.length > 0}
        aria-describedby={problems.length > 0 ? problemsId : undefined}
        onKeyDown={onKeyDown}
      >
        {SCORES.map(({ score: value, words }, i) => (
          <button
            key={value}
            ref={(element) => {
              buttons.current[i] = element;
            }}
            type="button"
            role="radio"
            aria-checked={score === value}
            aria-label={`${value} of 5: ${words}`}
            title={words}
            // One stop in the tab order: the chosen score, or the first.
            tabIndex={(score ?? 1) === value ? 0 : -1}
            className="portal-rating__score"
            onClick={() => pick(value)}
          >
            {value}
          </button>
        ))}
      </div>
      <p className="portal-note" aria-hidden="true">
        1 very dissatisfied · 5 very satisfied
      </p>
      <label className="portal-field" htmlFor={`${ids}-comment`}>
        Comment (optional)
      </label>
      <textarea
        id={`${ids}-comment`}
        className="portal-rating__textarea"
        value={comment}
        maxLength={FEEDBACK_COMMENT_MAX_LENGTH}
        aria-describedby={counterId}
        onChange={(e) => {
          setComment(e.target.value);
          setProblems([]);
        }}
      />
      <p
        id={counterId}
        className={`portal-note${comment.length > FEEDBACK_COMMENT_MAX_LENGTH ? ' portal-error' : ''}`}
      >
        {comment.length} of {FEEDBACK_COMMENT_MAX_LENGTH} characters
      </p>
      <div role="alert" id={problemsId} className="portal-error">
        {problems.length > 0 && (
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <Button appearance="primary" type="submit" disabled={sending.status === 'sending'}>
          {sending.status === 'sending' ? 'Sending…' : 'Send rating'}
        </Button>
      </div>
      {sending.status === 'failed' && (
        <ResolverErrorMessage error={sending.error} what="your rating" />
      )}
    </form>
  );
}
