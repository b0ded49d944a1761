import { useEffect, useState, type FormEvent } from 'react';
import type { IssueFeedbackEntry, IssueFeedbackView } from '../../../src/resolvers/feedbackViews';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '../../../src/domain/quality/feedbackComment';
import { call } from '../../shared/api';
import { Button } from '../../shared/components/Button';
import { Lozenge } from '../../shared/components/Lozenge';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import './FeedbackSection.css';

const SOURCES: Record<IssueFeedbackEntry['source'], string> = {
  app: 'This app',
  jsm: 'Service Management CSAT',
  survicate: 'Survicate',
  complaint: 'Complaint issue',
  portal: 'Portal',
};

const SCALES: Record<Exclude<IssueFeedbackEntry['scale'], 'none'>, string> = {
  csat: 'of 5',
  nps: 'of 10 (NPS)',
};

type Load =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'ready'; readonly view: IssueFeedbackView };

/**
 * "Customer feedback": the case's recorded answers (source and scale shown, flagged ones marked)
 * and the app's own form, score 1–5, a reason from the configured list and a comment. Its own
 * calls, so the SLA above never waits for it and it shows on issues with no SLA too.
 */
export function FeedbackSection() {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    call<IssueFeedbackView>('getIssueFeedback').then(
      (view) => current && setLoad({ status: 'ready', view }),
      (error: unknown) => current && setLoad({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, []);

  return (
    <section className="feedback" aria-labelledby="feedback-heading">
      <h2 className="subtle-heading" id="feedback-heading">
        Customer feedback
      </h2>
      {load.status === 'loading' && <p className="feedback__note">Loading feedback…</p>}
      {load.status === 'failed' && (
        <p className="feedback__note">
          Feedback could not be loaded:{' '}
          {load.error instanceof Error ? load.error.message : String(load.error)}
        </p>
      )}
      {load.status === 'ready' && (
        <>
          <FeedbackList entries={load.view.feedback} />
          <FeedbackForm
            view={load.view}
            onRecorded={(view) => setLoad({ status: 'ready', view })}
          />
        </>
      )}
    </section>
  );
}

function FeedbackList({ entries }: { entries: readonly IssueFeedbackEntry[] }) {
  if (entries.length === 0) return <p className="feedback__note">No feedback recorded yet.</p>;
  return (
    <ul className="feedback__list" aria-label="Recorded feedback">
      {entries.map((entry) => (
        <li key={entry.id} className="feedback__entry">
          <span className="feedback__score">
            {entry.scale === 'none' ? 'Complaint' : `${entry.score} ${SCALES[entry.scale]}`}
          </span>{' '}
          <span className="feedback__source">· {SOURCES[entry.source]}</span>{' '}
          {entry.flagged && <Lozenge appearance="removed">Flagged</Lozenge>}
          {entry.reason && <span className="feedback__reason"> · {entry.reason.label}</span>}
          {entry.comment && <q className="feedback__comment">{entry.comment}</q>}
        </li>
      ))}
    </ul>
  );
}

function FeedbackForm({
  view,
  onRecorded,
}: {
  view: IssueFeedbackView;
  onRecorded: (view: IssueFeedbackView) => void;
}) {
  const [score, setScore] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [state, setState] = useState<
    { status: 'idle' | 'sending' | 'sent' } | { status: 'failed'; error: unknown }
  >({ status: 'idle' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (score === null) return;
    setState({ status: 'sending' });
    call<IssueFeedbackView>('submitFeedback', {
      issueKey: view.issueKey,
      score,
      reason: reason === '' ? null : reason,
      comment: comment.trim() === '' ? null : comment,
    }).then(
      (next) => {
        setScore(null);
        setReason('');
        setComment('');
        setState({ status: 'sent' });
        onRecorded(next);
      },
      (error: unknown) => setState({ status: 'failed', error }),
    );
  };

  return (
    <form className="feedback__form" onSubmit={submit} aria-label="Give feedback">
      <fieldset className="feedback__scores">
        <legend>Score (1 very dissatisfied – 5 very satisfied)</legend>
        {[1, 2, 3, 4, 5].map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="feedback-score"
              value={value}
              checked={score === value}
              onChange={() => setScore(value)}
            />
            {value}
          </label>
        ))}
      </fieldset>
      <label className="feedback__field">
        Reason
        <select value={reason} onChange={(e) => setReason(e.target.value)}>
          <option value="">No reason given</option>
          {view.reasons.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label className="feedback__field">
        Comment
        <textarea
          value={comment}
          maxLength={FEEDBACK_COMMENT_MAX_LENGTH}
          onChange={(e) => setComment(e.target.value)}
        />
      </label>
      <div>
        <Button
          appearance="primary"
          type="submit"
          disabled={score === null || state.status === 'sending'}
        >
          {state.status === 'sending' ? 'Sending…' : 'Submit feedback'}
        </Button>
        {state.status === 'sent' && <span className="feedback__note"> Thank you: recorded.</span>}
      </div>
      {state.status === 'failed' && (
        <ResolverErrorMessage error={state.error} what="the feedback" />
      )}
    </form>
  );
}
