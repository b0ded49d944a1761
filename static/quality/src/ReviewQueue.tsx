import { useCallback, useEffect, useState } from 'react';
import type {
  RecordedFollowUp,
  ReviewCursor,
  ReviewPage,
  ReviewRow,
} from '../../../src/resolvers/qualityViews';
import { call } from '../../shared/api';
import { Button } from '../../shared/components/Button';
import { IssueLink } from '../../shared/components/IssueLink';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../shared/components/SectionMessage';
import { Spinner } from '../../shared/components/Spinner';
import { RaiseNonConformity } from './RaiseNonConformity';
import { RecordFollowUpForm } from './RecordFollowUpForm';
import './ReviewQueue.css';

const PAGE = 25;

/** What became of the last follow-up recorded, for the message above the queue. */
function recordedText(recorded: RecordedFollowUp): string {
  const moved =
    recorded.transition === 'done'
      ? 'and moved to done'
      : recorded.transition === 'noDoneTransition'
        ? 'and left in its status: its workflow has no transition to done from there'
        : 'but could not be moved to done';
  return `Follow-up ${recorded.issueKey} recorded ${moved}.`;
}

/**
 * The work list's Quality tab: open follow-ups of flagged feedback, overdue first, for team
 * leads and Jira administrators. Each row can be recorded inline by its lead (or an admin), or
 * raised as a non-conformity.
 */
export function ReviewQueue() {
  const [rows, setRows] = useState<readonly ReviewRow[]>([]);
  const [outcomes, setOutcomes] = useState<Readonly<Record<string, string>>>({});
  const [next, setNext] = useState<ReviewCursor | null>(null);
  const [loading, setLoading] = useState<'first' | 'more' | null>('first');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(async (after: ReviewCursor | null) => {
    setLoading(after ? 'more' : 'first');
    setError(null);
    try {
      const page = await call<ReviewPage>('listReviewQueue', { after, limit: PAGE });
      setRows((current) => (after ? [...current, ...page.rows] : page.rows));
      setOutcomes(page.outcomes);
      setNext(page.next);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(null);
    }
  }, []);

  useEffect(() => {
    void load(null);
  }, [load]);

  const recorded = (result: RecordedFollowUp) => {
    setRows((current) => current.filter((r) => r.feedbackId !== result.feedbackId));
    setNotice(recordedText(result));
  };

  let body;
  if (loading === 'first') body = <Spinner label="Loading the review queue…" />;
  else if (error && rows.length === 0)
    body = <ResolverErrorMessage error={error} what="the review queue" />;
  else if (rows.length === 0) {
    body = (
      <div className="review-queue__empty">
        <h2>No follow-ups are open</h2>
        <p>Flagged feedback appears here until its lead records the follow-up.</p>
      </div>
    );
  } else {
    body = (
      <>
        <ul className="review-queue__list" aria-label="Open follow-ups">
          {rows.map((row) => (
            <ReviewItem key={row.feedbackId} row={row} outcomes={outcomes} onRecorded={recorded} />
          ))}
        </ul>
        {error !== null && <ResolverErrorMessage error={error} what="more follow-ups" />}
        {next && (
          <Button onClick={() => void load(next)} disabled={loading === 'more'}>
            {loading === 'more' ? 'Loading…' : 'Load more'}
          </Button>
        )}
      </>
    );
  }

  return (
    <main className="review-queue">
      <header className="review-queue__header">
        <h1>Quality review queue</h1>
        <Button appearance="subtle" onClick={() => void load(null)}>
          Refresh
        </Button>
      </header>
      <p className="review-queue__hint">
        Open follow-ups of flagged feedback, overdue first. Due times are business time.
      </p>
      {notice && (
        <SectionMessage appearance="success" title="Recorded">
          <p>{notice}</p>
        </SectionMessage>
      )}
      {body}
    </main>
  );
}

function ReviewItem({
  row,
  outcomes,
  onRecorded,
}: {
  row: ReviewRow;
  outcomes: Readonly<Record<string, string>>;
  onRecorded: (recorded: RecordedFollowUp) => void;
}) {
  const [open, setOpen] = useState<'record' | 'raise' | null>(null);
  const labelId = `review-${row.feedbackId}`;
  return (
    <li
      className={`review-item${row.overdue ? ' review-item--overdue' : ''}`}
      aria-labelledby={labelId}
    >
      <div className="review-item__head">
        <strong id={labelId}>
          {row.score} from {row.customer ?? 'an unknown customer'}
        </strong>{' '}
        {row.caseKey ? (
          <>
            on <IssueLink issueKey={row.caseKey} />
          </>
        ) : (
          'about no case'
        )}
        <span className={`review-item__due${row.overdue ? ' review-item__due--overdue' : ''}`}>
          {row.due}
          {row.escalated ? ' (escalated)' : ''}
        </span>
      </div>
      <dl className="review-item__facts">
        <dt>Reason</dt>
        <dd>{row.reason ?? 'none given'}</dd>
        <dt>Comment</dt>
        <dd>{row.comment ?? 'none'}</dd>
        <dt>Lead</dt>
        <dd>{row.leadName ?? row.lead ?? 'nobody mapped'}</dd>
        <dt>Follow-up</dt>
        <dd>
          <IssueLink issueKey={row.followUpKey} />
        </dd>
      </dl>
      <div className="review-item__actions">
        {row.canRecord && (
          <Button
            appearance={open === 'record' ? 'subtle' : 'primary'}
            aria-expanded={open === 'record'}
            onClick={() => setOpen(open === 'record' ? null : 'record')}
          >
            Record follow-up
          </Button>
        )}
        <Button
          aria-expanded={open === 'raise'}
          onClick={() => setOpen(open === 'raise' ? null : 'raise')}
        >
          Raise non-conformity
        </Button>
      </div>
      {open === 'record' && (
        <RecordFollowUpForm
          feedbackId={row.feedbackId}
          outcomes={outcomes}
          onRecorded={onRecorded}
        />
      )}
      {open === 'raise' && <RaiseNonConformity feedbackId={row.feedbackId} />}
    </li>
  );
}
