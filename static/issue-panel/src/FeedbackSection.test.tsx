import { fireEvent, render, screen, within } from '@testing-library/react';
import type { IssueFeedbackView } from '../../../src/resolvers/feedbackViews';
import { answerInvoke, invocations, resetBridge } from '../../shared/test/bridgeMock';
import { FeedbackSection } from './FeedbackSection';

const reasons = [
  { id: 'slow', label: 'It took too long', negative: true },
  { id: 'other', label: 'Something else', negative: false },
];

const recorded: IssueFeedbackView = {
  issueKey: 'SUP-1',
  reasons,
  feedback: [
    {
      id: 'f-2',
      source: 'survicate',
      scale: 'nps',
      score: 3,
      reason: null,
      comment: 'Nobody called back',
      answeredAt: '2026-03-03T10:00:00.000Z',
      flagged: true,
    },
    {
      id: 'f-1',
      source: 'jsm',
      scale: 'csat',
      score: 5,
      reason: { id: 'other', label: 'Something else' },
      comment: null,
      answeredAt: '2026-03-02T10:00:00.000Z',
      flagged: false,
    },
  ],
};

beforeEach(() => resetBridge());

describe('customer feedback in the issue panel', () => {
  it('lists the recorded feedback with its source and scale, flagged ones marked', async () => {
    answerInvoke('getIssueFeedback', () => ({ ok: true, data: recorded }));
    render(<FeedbackSection />);
    const list = await screen.findByRole('list', { name: 'Recorded feedback' });
    const [nps, csat] = within(list).getAllByRole('listitem');
    expect(nps!.textContent).toContain('3 of 10 (NPS)');
    expect(nps!.textContent).toContain('Survicate');
    expect(within(nps!).getByText('Flagged')).toBeTruthy();
    expect(nps!.textContent).toContain('Nobody called back');
    expect(csat!.textContent).toContain('5 of 5');
    expect(csat!.textContent).toContain('Service Management CSAT');
    expect(csat!.textContent).toContain('Something else');
    expect(within(csat!).queryByText('Flagged')).toBeNull();
  });

  it('submits a score, a reason and a comment, then shows the new list', async () => {
    answerInvoke('getIssueFeedback', () => ({ ok: true, data: { ...recorded, feedback: [] } }));
    answerInvoke('submitFeedback', () => ({ ok: true, data: recorded }));
    render(<FeedbackSection />);
    await screen.findByText('No feedback recorded yet.');
    const submit = screen.getByRole('button', { name: 'Submit feedback' }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true); // no score yet
    fireEvent.click(screen.getByRole('radio', { name: '2' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Reason' }), {
      target: { value: 'slow' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Comment' }), {
      target: { value: 'Took days' },
    });
    fireEvent.click(submit);
    await screen.findByText(/Thank you: recorded/);
    expect(invocations.at(-1)).toEqual({
      functionKey: 'submitFeedback',
      payload: { issueKey: 'SUP-1', score: 2, reason: 'slow', comment: 'Took days' },
    });
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('shows every refused field of a submission', async () => {
    answerInvoke('getIssueFeedback', () => ({ ok: true, data: recorded }));
    answerInvoke('submitFeedback', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.reason', message: 'must be null or one of the reasons: slow, other' }],
      },
    }));
    render(<FeedbackSection />);
    fireEvent.click(await screen.findByRole('radio', { name: '4' }));
    fireEvent.click(screen.getByRole('button', { name: 'Submit feedback' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('$.reason');
    expect(alert.textContent).toContain('must be null or one of the reasons');
  });
});
