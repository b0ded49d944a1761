import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { answerInvoke, invocations, resetBridge } from '../../shared/test/bridgeMock';
import { App } from './App';
import { issueView, onTrackView, resolution, update } from './fixtures';
import type { IssueSlaView } from '../../../src/resolvers/views';

function answer(view: IssueSlaView) {
  answerInvoke('getIssueSla', () => ({ ok: true, data: view }));
}

/** The list item of the goal named `name`. */
function goalCard(name: string): HTMLElement {
  return screen.getByRole('heading', { name, level: 3 }).closest('li')!;
}

beforeEach(() => resetBridge());
afterEach(() => jest.useRealTimers());

describe('issue panel', () => {
  it('loads with one getIssueSla call and shows the next action at the top', async () => {
    answer(onTrackView);
    render(<App />);
    expect(screen.getByRole('status').textContent).toContain('Loading');
    const next = await screen.findByRole('region', { name: 'Next action' });
    // One call for the SLA; the development and feedback sections below make their own.
    const own = ['getIssueFeedback', 'getDevelopment'];
    expect(invocations.filter((i) => !own.includes(i.functionKey))).toEqual([
      { functionKey: 'getIssueSla', payload: {} },
    ]);
    expect(within(next).getByText('Resolve the issue')).toBeTruthy();
    // 12:15 UTC is 13:15 in Copenhagen.
    expect(next.textContent).toMatch(/Due Tue 3 Mar,? 13:15 \(in 2h 15m\) for Time to resolution/);
    const regions = screen.getAllByRole('region');
    expect(regions[0]).toBe(next);
  });

  it('says an overdue next action is overdue', async () => {
    answer(issueView);
    render(<App />);
    const next = await screen.findByRole('region', { name: 'Next action' });
    expect(next.textContent).toContain('Hand over to second line');
    expect(next.textContent).toMatch(/Due Tue 3 Mar,? 09:40 \(overdue by 1h 20m\)/);
  });

  it('says when no SLA goal is running', async () => {
    answer({ ...issueView, goals: [update], nextAction: null });
    render(<App />);
    const next = await screen.findByRole('region', { name: 'Next action' });
    expect(next.textContent).toContain('No SLA goal is running');
    expect(next.textContent).toContain('Clocks are paused');
  });

  it('shows the agreement, customer, environment, product and priority', async () => {
    answer(issueView);
    render(<App />);
    const agreement = await screen.findByRole('region', { name: 'Contract' });
    const text = agreement.textContent!;
    expect(text).toContain('Schultz production support · contract v3');
    expect(text).toContain('Schultz A/S');
    expect(text).toContain('Schultz production (production)');
    expect(text).toContain('Invoicing');
    expect(text).toContain('P2 High (Numeric P1–P4, internal rank 2) · Jira priority High');
  });

  it("shows every goal's state as text, and the internal badge", async () => {
    answer(issueView);
    render(<App />);
    await screen.findByRole('region', { name: 'Goals' });
    const state = (name: string) => goalCard(name).querySelector('.goal-card__state')!.textContent;
    expect(state('Time to first response')).toBe('Met');
    expect(state('Time to resolution')).toBe('Running');
    expect(state('Second-line handover')).toBe('Breached');
    expect(state('Customer update')).toBe('Paused');
    expect(state('Workaround')).toBe('Missed');
    expect(within(goalCard('Second-line handover')).getByText('Internal (OLA)')).toBeTruthy();
    expect(within(goalCard('Time to resolution')).queryByText('Internal (OLA)')).toBeNull();
  });

  it('shows target, deadline in the viewer time zone, and elapsed against the target', async () => {
    answer(issueView);
    render(<App />);
    await screen.findByRole('region', { name: 'Goals' });
    const running = goalCard('Time to resolution').textContent!;
    expect(running).toContain('Target16h of business time');
    expect(running).toMatch(/DeadlineTue 3 Mar,? 13:15/);
    expect(goalCard('Time to first response').textContent).toContain('Met after 1h 15m of 2h');
    expect(goalCard('Workaround').textContent).toContain('Took 1h 30m of 1h (30m over)');
    expect(goalCard('Customer update').textContent).toContain('4h left, clock paused');
    expect(goalCard('Customer update').textContent).toMatch(
      /Deadline if resumed nowWed 4 Mar,? 12:00/,
    );
    const breached = goalCard('Second-line handover').textContent!;
    expect(breached).toMatch(/BreachedTue 3 Mar,? 09:40/);
    expect(breached).not.toContain('Deadline');
  });

  it('counts running goals down every second, on the wall clock', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-03-20T15:00:00Z') });
    answer(issueView);
    render(<App />);
    await screen.findByRole('region', { name: 'Goals' });
    const left = (name: string) => within(goalCard(name)).getByRole('timer').textContent;
    expect(left('Time to resolution')).toBe('about 2h 15m 00s business time left');
    expect(left('Second-line handover')).toBe('about 1h 20m 00s business time over target');
    act(() => jest.advanceTimersByTime(1000));
    expect(left('Time to resolution')).toBe('about 2h 14m 59s business time left');
    expect(left('Second-line handover')).toBe('about 1h 20m 01s business time over target');
    act(() => jest.advanceTimersByTime(60_000));
    expect(left('Time to resolution')).toBe('about 2h 13m 59s business time left');
    // A paused goal keeps its frozen figure and has no timer.
    expect(within(goalCard('Customer update')).queryByRole('timer')).toBeNull();
    expect(goalCard('Customer update').textContent).toContain('4h left, clock paused');
  });

  it('turns a running goal to Breached once its breach instant passes', async () => {
    jest.useFakeTimers();
    answer({
      ...onTrackView,
      goals: [{ ...resolution, remainingMs: 2000, breachesAt: '2026-03-03T10:00:02.001Z' }],
    });
    render(<App />);
    await screen.findByRole('region', { name: 'Goals' });
    const card = () => goalCard('Time to resolution');
    expect(card().querySelector('.goal-card__state')!.textContent).toBe('Running');
    act(() => jest.advanceTimersByTime(3000));
    expect(card().querySelector('.goal-card__state')!.textContent).toBe('Breached');
    expect(within(card()).getByRole('timer').textContent).toBe(
      'about 1s business time over target',
    );
  });

  it('draws progress toward the target with a tick at each warning', async () => {
    answer(issueView);
    render(<App />);
    await screen.findByRole('region', { name: 'Goals' });
    const bar = within(goalCard('Time to first response')).getByRole('progressbar', {
      name: 'Time to first response: target used',
    });
    expect(bar.getAttribute('aria-valuenow')).toBe('63');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('100');
    expect(bar.getAttribute('aria-valuetext')).toBe('63 % of the 2h target used');
    const ticks = within(bar).getAllByTestId('warning-tick');
    expect(ticks.map((t) => t.style.left)).toEqual(['50%', '75%']);
    const over = within(goalCard('Workaround')).getByRole('progressbar');
    expect(over.getAttribute('aria-valuenow')).toBe('100');
    expect(over.getAttribute('aria-valuetext')).toBe('150 % of the 1h target used');
  });

  it('explains a goal behind "Why?"', async () => {
    answer(issueView);
    render(<App />);
    await screen.findByRole('region', { name: 'Goals' });
    const button = within(goalCard('Time to first response')).getByRole('button', {
      name: 'Why? (Time to first response)',
    });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Clock stopped: public comment by an agent.')).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const steps = screen.getByRole('list', { name: 'How the clock of Time to first response ran' });
    expect(document.getElementById(button.getAttribute('aria-controls')!)!.contains(steps)).toBe(
      true,
    );
    const items = within(steps).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toMatch(/^Mon 2 Mar,? 08:30Started/);
    expect(items[0]!.textContent).toContain('Started');
    expect(items[2]!.textContent).toContain('Clock stopped: public comment by an agent.');
    expect(items[2]!.textContent).toContain('Rule actionModels[reaction].stop[0]');
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Clock stopped: public comment by an agent.')).toBeNull();
  });

  it('says why no SLA applies when no agreement matches', async () => {
    answer({
      ...issueView,
      agreement: null,
      reason: 'no agreement covers customer "Schultz A/S" on product "Payroll"',
      priority: null,
      goals: [],
      nextAction: null,
    });
    render(<App />);
    await screen.findByRole('heading', { name: 'No service level agreement' });
    const message = screen.getByRole('status');
    expect(message.textContent).toContain(
      'No SLA applies: no agreement covers customer "Schultz A/S" on product "Payroll"',
    );
    expect(screen.queryByRole('region', { name: 'Goals' })).toBeNull();
  });

  it.each([
    ['forbidden', 'You do not have access', 'You cannot see SUP-5.'],
    ['notFound', 'Not found', 'Issue SUP-5 does not exist any more.'],
    ['failed', 'Something went wrong', 'Jira did not answer.'],
  ])('shows a %s error as a section message', async (code, title, message) => {
    answerInvoke('getIssueSla', () => ({ ok: false, error: { code, message } }));
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: title })).toBeTruthy();
    expect(alert.textContent).toContain(message);
  });

  it('shows a bridge failure as an error too', async () => {
    answerInvoke('getIssueSla', () => {
      throw new Error('network down');
    });
    render(<App />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the SLA of this issue');
    expect(alert.textContent).toContain('network down');
  });
});
