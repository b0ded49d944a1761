import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PORTAL_CHOICE_PROPERTY } from '../../../src/resolvers/portalViews';
import { answerInvoke, invocations, resetBridge, submissions } from '../../shared/test/bridgeMock';
import { CreatePanel } from './CreatePanel';
import { BASIC, createView, GOLD, noChoiceView } from './fixtures';

beforeEach(() => resetBridge());

const answerWithSelection = () =>
  answerInvoke('getPortalCreateOptions', (selection) => ({
    ok: true,
    data: createView(selection),
  }));

const choiceSubmitted = (agreement: string, environment: string | null, priority: string) => ({
  fields: [
    {
      key: PORTAL_CHOICE_PROPERTY,
      value: {
        format: 'slm-portal-request/1',
        customer: 'cust-a',
        agreement,
        environment,
        priority,
      },
    },
  ],
  isValid: true,
});

const PENDING = { fields: [], isValid: false };

const promises = () => screen.getByRole('list', { name: 'Our promises' });

describe('the create property panel', () => {
  it('shows the promises under the defaults and submits that choice to the portal', async () => {
    answerWithSelection();
    render(<CreatePanel />);
    expect(
      await screen.findByText(
        'We respond within 2 business hours, Mon–Fri 08:00–16:00 Copenhagen time.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What we promise for this request' })).toBeTruthy();
    expect(invocations).toEqual([{ functionKey: 'getPortalCreateOptions', payload: {} }]);
    expect(submissions).toEqual([choiceSubmitted('gold', 'prod', '3')]);
    // Priorities as a radio group, most urgent first.
    const group = screen.getByRole('group', { name: 'Priority' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.parentElement!.textContent),
    ).toEqual(['Critical', 'High', 'Medium']);
    expect((screen.getByRole('radio', { name: 'Medium' }) as HTMLInputElement).checked).toBe(true);
  });

  it('re-asks with the selection and submits the new choice on every change', async () => {
    answerWithSelection();
    render(<CreatePanel />);
    await screen.findByText(/within 2 business hours/);

    fireEvent.click(screen.getByRole('radio', { name: 'Critical' }));
    await screen.findByText(/within 30 business minutes/);
    expect(invocations.at(-1)!.payload).toEqual({
      agreement: 'gold',
      environment: 'prod',
      priority: '1',
    });
    expect(submissions.slice(1)).toEqual([PENDING, choiceSubmitted('gold', 'prod', '1')]);

    // The promises read the same in Test: the submission tells the answer came.
    fireEvent.change(screen.getByLabelText('Environment'), { target: { value: 'test' } });
    await waitFor(() => expect(submissions).toHaveLength(5));
    expect(invocations.at(-1)!.payload).toEqual({
      agreement: 'gold',
      environment: 'test',
      priority: '1',
    });
    expect(submissions.at(-1)).toEqual(choiceSubmitted('gold', 'test', '1'));
    expect(screen.getByRole('option', { name: 'Test', selected: true })).toBeTruthy();

    // Basic has no Critical and no environments: the resolver fills in its defaults.
    fireEvent.change(screen.getByLabelText('Agreement'), { target: { value: 'basic' } });
    await screen.findByText(/within 2 business hours/);
    expect(invocations.at(-1)!.payload).toEqual({ agreement: 'basic' });
    expect(submissions.at(-1)).toEqual(choiceSubmitted('basic', null, '3'));
    expect(screen.queryByLabelText('Environment')).toBeNull();
    expect(screen.queryByRole('radio', { name: 'Critical' })).toBeNull();
    expect(submissions).toHaveLength(7);
    expect(submissions.filter((x) => (x as { isValid: boolean }).isValid === false)).toHaveLength(
      3,
    );
    expect(promises().textContent).toContain('We resolve it within 3 business days.');
  });

  it('asks for one agreement without a select, and names it', async () => {
    answerInvoke('getPortalCreateOptions', (s) => ({ ok: true, data: createView(s, [BASIC]) }));
    render(<CreatePanel />);
    expect(await screen.findByText('For Acme A/S, under Basic support')).toBeTruthy();
    expect(screen.queryByLabelText('Agreement')).toBeNull();
    expect(screen.queryByLabelText('Environment')).toBeNull();
  });

  it('shows a single environment as text', async () => {
    const single = { ...GOLD, environments: [GOLD.environments[0]!] };
    answerInvoke('getPortalCreateOptions', (s) => ({ ok: true, data: createView(s, [single]) }));
    render(<CreatePanel />);
    expect(await screen.findByText('Environment: Production')).toBeTruthy();
  });

  it('keeps only the latest answer when answers arrive out of order', async () => {
    const waiting: ((value: unknown) => void)[] = [];
    answerInvoke('getPortalCreateOptions', (selection) =>
      Object.keys(selection).length === 0
        ? { ok: true, data: createView() }
        : new Promise((resolve) =>
            waiting.push(() => resolve({ ok: true, data: createView(selection) })),
          ),
    );
    render(<CreatePanel />);
    await screen.findByText(/within 2 business hours/);
    fireEvent.click(screen.getByRole('radio', { name: 'Critical' }));
    fireEvent.click(screen.getByRole('radio', { name: 'High' }));
    expect(waiting).toHaveLength(2);
    waiting[1]!(null); // High answers first…
    await screen.findByText(/within 1 business hour,/);
    // …then Critical's late answer, which is dropped. Its call settles in promise callbacks
    // only, all of which run before the next task.
    await act(async () => {
      waiting[0]!(null);
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByText(/within 1 business hour,/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: 'High' }) as HTMLInputElement).checked).toBe(true);
    expect(submissions.at(-1)).toEqual(choiceSubmitted('gold', 'prod', '2'));
    // The defaults, then "not valid" for each pick, then High's choice only.
    expect(submissions).toEqual([
      choiceSubmitted('gold', 'prod', '3'),
      PENDING,
      PENDING,
      choiceSubmitted('gold', 'prod', '2'),
    ]);
  });

  it('submits "not valid" the moment the customer picks, so Create cannot store the old choice', async () => {
    const waiting: (() => void)[] = [];
    answerInvoke('getPortalCreateOptions', (selection) =>
      Object.keys(selection).length === 0
        ? { ok: true, data: createView() }
        : new Promise((resolve) =>
            waiting.push(() => resolve({ ok: true, data: createView(selection) })),
          ),
    );
    render(<CreatePanel />);
    await screen.findByText(/within 2 business hours/);
    expect(submissions).toEqual([choiceSubmitted('gold', 'prod', '3')]);

    fireEvent.click(screen.getByRole('radio', { name: 'Critical' }));
    // No answer yet: the portal holds "not valid", and the pick shows.
    expect(submissions.at(-1)).toEqual(PENDING);
    expect((screen.getByRole('radio', { name: 'Critical' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.getByRole('region', { name: 'What we promise for this request' })).toBeTruthy();

    await act(async () => waiting[0]!());
    await screen.findByText(/within 30 business minutes/);
    expect(submissions).toEqual([
      choiceSubmitted('gold', 'prod', '3'),
      PENDING,
      choiceSubmitted('gold', 'prod', '1'),
    ]);
  });

  it('on a refused change submits no choice (still valid) and keeps the pick, not the old promises', async () => {
    answerInvoke('getPortalCreateOptions', (selection) =>
      Object.keys(selection).length === 0
        ? { ok: true, data: createView() }
        : { ok: false, error: { code: 'internal', message: 'The contract could not be read.' } },
    );
    render(<CreatePanel />);
    await screen.findByText(/within 2 business hours/);

    fireEvent.click(screen.getByRole('radio', { name: 'Critical' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The contract could not be read.');
    expect(submissions).toEqual([
      choiceSubmitted('gold', 'prod', '3'),
      PENDING,
      { fields: [], isValid: true },
    ]);
    // Medium's promises and radio no longer look chosen; the customer's pick stays.
    expect(screen.queryByText(/within 2 business hours/)).toBeNull();
    expect(screen.queryByRole('list', { name: 'Our promises' })).toBeNull();
    expect((screen.getByRole('radio', { name: 'Medium' }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('radio', { name: 'Critical' }) as HTMLInputElement).checked).toBe(
      true,
    );

    // Picking again asks again; an answer brings the promises back.
    answerWithSelection();
    fireEvent.click(screen.getByRole('radio', { name: 'High' }));
    await screen.findByText(/within 1 business hour,/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(submissions.at(-1)).toEqual(choiceSubmitted('gold', 'prod', '2'));
  });

  it('keeps a refused change of agreement shown, with what it kept, and submits no choice', async () => {
    answerInvoke('getPortalCreateOptions', (selection) =>
      Object.keys(selection).length === 0 || selection.agreement === 'gold'
        ? { ok: true, data: createView(selection) }
        : { ok: false, error: { code: 'internal', message: 'The contract could not be read.' } },
    );
    render(<CreatePanel />);
    await screen.findByText(/within 2 business hours/);
    fireEvent.change(screen.getByLabelText('Agreement'), { target: { value: 'basic' } });
    await screen.findByRole('alert');
    expect(invocations.at(-1)!.payload).toEqual({ agreement: 'basic', priority: '3' });
    expect(screen.getByRole('option', { name: 'Basic support', selected: true })).toBeTruthy();
    expect(submissions.at(-1)).toEqual({ fields: [], isValid: true });
  });

  it('says why nothing is promised and lets the customer create the request anyway', async () => {
    answerInvoke('getPortalCreateOptions', () => ({
      ok: true,
      data: noChoiceView('No agreement covers this kind of request.'),
    }));
    render(<CreatePanel />);
    expect(await screen.findByText('No agreement covers this kind of request.')).toBeTruthy();
    expect(submissions).toEqual([{ fields: [], isValid: true }]);
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('shows a refusal through the shared error message, and never blocks the request', async () => {
    answerInvoke('getPortalCreateOptions', () => ({
      ok: false,
      error: { code: 'forbidden', message: 'Sign in to see what we promise.' },
    }));
    render(<CreatePanel />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'You do not have access' })).toBeTruthy();
    expect(alert.textContent).toContain('Sign in to see what we promise.');
    expect(submissions).toEqual([{ fields: [], isValid: true }]);
  });
});
