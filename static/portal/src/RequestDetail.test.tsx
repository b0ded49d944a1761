import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { answerInvoke, invocations, resetBridge } from '../../shared/test/bridgeMock';
import { goal, resolvedView, requestView } from './fixtures';
import { FEEDBACK_COMMENT_MAX_LENGTH } from '../../../src/domain/quality/feedbackComment';
import { RequestDetail } from './RequestDetail';

beforeEach(() => resetBridge());

const goalItem = (name: string) => screen.getByRole('listitem', { name });

describe('the request detail', () => {
  it('shows each goal’s state, target and deadline in the customer’s zone', async () => {
    answerInvoke('getPortalRequest', () => ({ ok: true, data: requestView() }));
    render(<RequestDetail />);
    await screen.findByRole('heading', { name: 'Our promises on this request' });
    expect(invocations).toEqual([{ functionKey: 'getPortalRequest', payload: {} }]);
    expect(screen.getByText('Under your agreement Gold support.')).toBeTruthy();

    const response = goalItem('First response');
    expect(within(response).getByText('On track')).toBeTruthy();
    expect(response.textContent).toContain('Target2 business hours');
    // 09:30 UTC is 10:30 in Copenhagen in March.
    expect(
      within(response).getByText('Tue 10 Mar, 10:30 Copenhagen time').getAttribute('datetime'),
    ).toBe('2026-03-10T09:30:00Z');

    const resolution = goalItem('Resolution');
    expect(within(resolution).getByText('Paused')).toBeTruthy();
    expect(within(resolution).getByText('Paused: waiting for your reply')).toBeTruthy();
    expect(resolution.textContent).toContain('Paused becausewaiting for your reply');
    expect(resolution.textContent).toContain('Deadline if the clock started again now');
  });

  it('says what happens next and what we need from the customer', async () => {
    answerInvoke('getPortalRequest', () => ({ ok: true, data: requestView() }));
    render(<RequestDetail />);
    const next = await screen.findByRole('region', { name: 'What happens next' });
    expect(next.textContent).toContain('We will reply to you.By Tue 10 Mar, 10:30 Copenhagen time');
    expect(screen.getByRole('region', { name: 'What we need from you' }).textContent).toContain(
      'Send us the log file we asked for.',
    );
    // Not resolved: no rating yet.
    expect(screen.queryByRole('region', { name: 'How did we do?' })).toBeNull();
  });

  it('says when no service level applies and nothing is due', async () => {
    answerInvoke('getPortalRequest', () => ({
      ok: true,
      data: requestView({ agreement: null, goals: [], ourNextStep: null, yourNextStep: null }),
    }));
    render(<RequestDetail />);
    expect(await screen.findByText('No service level applies to this request.')).toBeTruthy();
    expect(screen.getByText('Nothing is due from us right now.')).toBeTruthy();
    expect(screen.getByText('Nothing right now.')).toBeTruthy();
  });

  it('marks a goal past its deadline as overdue, in words', async () => {
    answerInvoke('getPortalRequest', () => ({
      ok: true,
      data: requestView({
        goals: [requestView().goals[0]!].map((g) => ({
          ...g,
          breached: true,
          stateText: 'Late: we are working on it',
        })),
      }),
    }));
    render(<RequestDetail />);
    await screen.findByText('Overdue');
    expect(screen.getByText('Late: we are working on it')).toBeTruthy();
  });

  it('shows a goal the words call "Due soon" as due soon, never "On track"', async () => {
    answerInvoke('getPortalRequest', () => ({
      ok: true,
      data: requestView({ goals: [goal({ stateText: 'Due soon' })] }),
    }));
    render(<RequestDetail />);
    await screen.findByRole('heading', { name: 'Our promises on this request' });
    const response = goalItem('First response');
    expect(within(response).queryByText('On track')).toBeNull();
    // One label, in the warning colour, and the words are not repeated beside it.
    const label = within(response).getByText('Due soon');
    expect(label.className).toContain('lozenge--moved');
    expect(within(response).getAllByText('Due soon')).toHaveLength(1);
  });

  it('keeps "On track" in progress colour while the words say so', async () => {
    answerInvoke('getPortalRequest', () => ({ ok: true, data: requestView() }));
    render(<RequestDetail />);
    await screen.findByRole('heading', { name: 'Our promises on this request' });
    const label = within(goalItem('First response')).getByText('On track');
    expect(label.className).toContain('lozenge--inprogress');
  });

  it('shows an error answer through the shared error message', async () => {
    answerInvoke('getPortalRequest', () => ({
      ok: false,
      error: { code: 'notFound', message: 'SUP-7 does not exist or you cannot see it.' },
    }));
    render(<RequestDetail />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Not found' })).toBeTruthy();
    expect(alert.textContent).toContain('SUP-7 does not exist or you cannot see it.');
  });
});

describe('the rating form', () => {
  const scoreButton = (score: number) =>
    screen.getByRole('radio', { name: new RegExp(`^${score} of 5: `) }) as HTMLButtonElement;

  it('offers 1–5 as a radio group of labelled buttons, moved with the arrow keys', async () => {
    answerInvoke('getPortalRequest', () => ({ ok: true, data: resolvedView() }));
    render(<RequestDetail />);
    const group = await screen.findByRole('radiogroup', {
      name: 'How satisfied are you with how we handled this request?',
    });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      '1 of 5: Very dissatisfied',
      '2 of 5: Dissatisfied',
      '3 of 5: Neither satisfied nor dissatisfied',
      '4 of 5: Satisfied',
      '5 of 5: Very satisfied',
    ]);
    expect(screen.getByText('Your request is resolved.')).toBeTruthy();
    fireEvent.click(scoreButton(3));
    expect(scoreButton(3).getAttribute('aria-checked')).toBe('true');
    fireEvent.keyDown(scoreButton(3), { key: 'ArrowRight' });
    expect(scoreButton(4).getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(scoreButton(4));
    expect(scoreButton(3).getAttribute('aria-checked')).toBe('false');
    expect(scoreButton(4).tabIndex).toBe(0);
    expect(scoreButton(3).tabIndex).toBe(-1);
  });

  it('needs a score, and a comment no longer than the limit, before it sends', async () => {
    answerInvoke('getPortalRequest', () => ({ ok: true, data: resolvedView() }));
    answerInvoke('ratePortalRequest', () => ({ ok: true, data: resolvedView() }));
    render(<RequestDetail />);
    await screen.findByRole('radiogroup');
    fireEvent.click(screen.getByRole('button', { name: 'Send rating' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a score from 1 to 5.');
    expect(screen.getByRole('radiogroup').getAttribute('aria-invalid')).toBe('true');

    fireEvent.click(scoreButton(2));
    fireEvent.change(screen.getByLabelText('Comment (optional)'), {
      target: { value: 'x'.repeat(FEEDBACK_COMMENT_MAX_LENGTH + 1) },
    });
    expect(
      screen.getByText(
        `${FEEDBACK_COMMENT_MAX_LENGTH + 1} of ${FEEDBACK_COMMENT_MAX_LENGTH} characters`,
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send rating' }));
    expect(screen.getByRole('alert').textContent).toBe(
      `Shorten the comment to ${FEEDBACK_COMMENT_MAX_LENGTH} characters (it has ${FEEDBACK_COMMENT_MAX_LENGTH + 1}).`,
    );
    expect(invocations.map((i) => i.functionKey)).toEqual(['getPortalRequest']);
  });

  it('sends the score and comment, then thanks the customer with their rating', async () => {
    answerInvoke('getPortalRequest', () => ({ ok: true, data: resolvedView() }));
    answerInvoke('ratePortalRequest', (payload) => ({
      ok: true,
      data: resolvedView({
        feedback: {
          canRate: false,
          given: {
            score: payload.score as number,
            comment: (payload.comment as string | undefined) ?? null,
            answeredAt: '2026-03-11T10:00:00Z',
          },
        },
      }),
    }));
    render(<RequestDetail />);
    await screen.findByRole('radiogroup');
    fireEvent.click(scoreButton(4));
    fireEvent.change(screen.getByLabelText('Comment (optional)'), {
      target: { value: '  Quick and kind.  ' },
    });
    expect(screen.getByText('19 of 4000 characters')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send rating' }));
    expect(await screen.findByText('Thanks — you rated 4 of 5.')).toBeTruthy();
    expect(invocations.at(-1)).toEqual({
      functionKey: 'ratePortalRequest',
      payload: { score: 4, comment: 'Quick and kind.' },
    });
    expect(screen.getByText('Quick and kind.')).toBeTruthy();
    expect(screen.queryByRole('radiogroup')).toBeNull();
  });

  it('sends no comment when it is blank, and shows the server’s refusal', async () => {
    answerInvoke('getPortalRequest', () => ({ ok: true, data: resolvedView() }));
    answerInvoke('ratePortalRequest', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: 'The request has errors.',
        errors: [{ path: '$.score', message: 'must be a whole number from 1 to 5' }],
      },
    }));
    render(<RequestDetail />);
    await screen.findByRole('radiogroup');
    fireEvent.click(scoreButton(5));
    fireEvent.change(screen.getByLabelText('Comment (optional)'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send rating' }));
    await screen.findByRole('heading', { name: 'The request was not accepted' });
    expect(invocations.at(-1)!.payload).toEqual({ score: 5 });
    await waitFor(() =>
      expect(screen.getByText(/must be a whole number from 1 to 5/)).toBeTruthy(),
    );
    expect(
      (screen.getByRole('button', { name: 'Send rating' }) as HTMLButtonElement).disabled,
    ).toBe(false);
  });

  it('shows a rating given earlier', async () => {
    answerInvoke('getPortalRequest', () => ({
      ok: true,
      data: resolvedView({
        feedback: {
          canRate: false,
          given: { score: 2, comment: null, answeredAt: '2026-03-11T10:00:00Z' },
        },
      }),
    }));
    render(<RequestDetail />);
    expect(await screen.findByText('Thanks — you rated 2 of 5.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Send rating' })).toBeNull();
  });
});
