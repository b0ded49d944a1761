import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReviewPage, ReviewRow } from '../../../src/resolvers/qualityViews';
import { answerInvoke, invocations, navigations, resetBridge } from '../../shared/test/bridgeMock';
import { ReviewQueue } from './ReviewQueue';

const OUTCOMES = {
  resolved: 'The problem is solved now',
  noResponse: 'Could not reach the customer',
};

const row = (over: Partial<ReviewRow> = {}): ReviewRow => ({
  feedbackId: 'f-1',
  caseKey: 'SUP-12',
  followUpKey: 'QM-3',
  customer: 'Acme',
  score: '1/5 CSAT',
  reason: 'It took too long',
  comment: 'Nobody called back',
  lead: 'acc-lead',
  leadName: 'Lars Lead',
  dueAt: 0,
  due: 'overdue by 3h of business time',
  overdue: true,
  escalated: true,
  canRecord: true,
  ...over,
});

const page = (rows: ReviewRow[], next: ReviewPage['next'] = null): ReviewPage => ({
  rows,
  next,
  outcomes: OUTCOMES,
});

beforeEach(() => resetBridge());

describe('the quality review queue', () => {
  it('shows each open follow-up with its score on its scale, overdue first as the resolver orders', async () => {
    answerInvoke('listReviewQueue', () => ({
      ok: true,
      data: page([
        row(),
        row({
          feedbackId: 'f-2',
          score: '3/10 NPS',
          due: 'due in 2h of business time',
          overdue: false,
          escalated: false,
          canRecord: false,
        }),
      ]),
    }));
    render(<ReviewQueue />);
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]!).getByText('1/5 CSAT from Acme')).toBeTruthy();
    expect(within(items[0]!).getByText('overdue by 3h of business time (escalated)')).toBeTruthy();
    expect(within(items[0]!).getByText('Nobody called back')).toBeTruthy();
    expect(within(items[0]!).getByText('Lars Lead')).toBeTruthy();
    expect(within(items[1]!).getByText('3/10 NPS from Acme')).toBeTruthy();
    // Only the follow-up's lead (or an admin) gets the form.
    expect(within(items[1]!).queryByRole('button', { name: 'Record follow-up' })).toBeNull();
    fireEvent.click(within(items[0]!).getByRole('link', { name: 'SUP-12' }));
    expect(navigations).toEqual([
      { how: 'navigate', location: { target: 'issue', issueKey: 'SUP-12' } },
    ]);
    expect(invocations[0]).toEqual({
      functionKey: 'listReviewQueue',
      payload: { after: null, limit: 25 },
    });
  });

  it('records a follow-up inline, shows refused fields under them, then drops the row', async () => {
    answerInvoke('listReviewQueue', () => ({ ok: true, data: page([row()]) }));
    answerInvoke('recordFollowUp', (p) =>
      p.outcome === ''
        ? {
            ok: false,
            error: {
              code: 'invalid',
              message: '1 problem in the request',
              errors: [{ path: '$.outcome', message: 'must be one of resolved, noResponse' }],
            },
          }
        : {
            ok: true,
            data: {
              feedbackId: 'f-1',
              issueKey: 'QM-3',
              recordedAt: 1,
              commented: true,
              transition: 'noDoneTransition',
            },
          },
    );
    render(<ReviewQueue />);
    fireEvent.click(await screen.findByRole('button', { name: 'Record follow-up' }));
    const form = screen.getByRole('form', { name: 'Record follow-up' });
    fireEvent.click(within(form).getByRole('button', { name: 'Save follow-up' }));
    expect(await within(form).findByText('must be one of resolved, noResponse')).toBeTruthy();

    fireEvent.click(within(form).getByLabelText('The customer was contacted'));
    fireEvent.change(within(form).getByLabelText('Outcome'), { target: { value: 'resolved' } });
    fireEvent.change(within(form).getByLabelText('Note'), { target: { value: 'Called them' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save follow-up' }));
    await screen.findByText(/Follow-up QM-3 recorded and left in its status/);
    expect(invocations.at(-1)).toEqual({
      functionKey: 'recordFollowUp',
      payload: {
        feedbackId: 'f-1',
        customerContacted: true,
        outcome: 'resolved',
        note: 'Called them',
      },
    });
    expect(screen.getByText('No follow-ups are open')).toBeTruthy();
  });

  it('raises a non-conformity with the lead reason', async () => {
    answerInvoke('listReviewQueue', () => ({ ok: true, data: page([row()]) }));
    answerInvoke('raiseNonConformity', () => ({ ok: true, data: { issueKey: 'QM-9' } }));
    render(<ReviewQueue />);
    fireEvent.click(await screen.findByRole('button', { name: 'Raise non-conformity' }));
    fireEvent.change(screen.getByLabelText('Why does this need a non-conformity?'), {
      target: { value: 'Third complaint this month' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Raise' }));
    await screen.findByRole('link', { name: 'QM-9' });
    expect(invocations.at(-1)).toEqual({
      functionKey: 'raiseNonConformity',
      payload: { feedbackId: 'f-1', reason: 'Third complaint this month' },
    });
  });

  it('loads the next page after the last row, and says when the caller may not see the queue', async () => {
    answerInvoke('listReviewQueue', (p) =>
      p.after
        ? { ok: true, data: page([row({ feedbackId: 'f-2', customer: 'Beta' })]) }
        : { ok: true, data: page([row()], { dueAt: 0, feedbackId: 'f-1' }) },
    );
    render(<ReviewQueue />);
    fireEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    await screen.findByText('1/5 CSAT from Beta');
    expect(invocations.at(-1)!.payload).toEqual({
      after: { dueAt: 0, feedbackId: 'f-1' },
      limit: 25,
    });

    resetBridge();
    answerInvoke('listReviewQueue', () => ({
      ok: false,
      error: {
        code: 'forbidden',
        message:
          'Only Jira administrators and team leads can see and record follow-ups of feedback.',
      },
    }));
    render(<ReviewQueue />);
    await waitFor(() => expect(screen.getByText('You do not have access')).toBeTruthy());
  });
});
