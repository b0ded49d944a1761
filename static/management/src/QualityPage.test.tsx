import { act, fireEvent, render, screen } from '@testing-library/react';
import {
  answerInvoke,
  currentRoute,
  invocations,
  moveRoute,
  openRoute,
  resetBridge,
} from '../../shared/test/bridgeMock';
import { GlobalPage } from '../../work-list/src/GlobalPage';
import { page } from '../../work-list/src/fixtures';

const refused = {
  ok: false,
  error: {
    code: 'forbidden',
    message: 'Only the service organisation’s Jira users can see the Quality page.',
  },
};

beforeEach(() => {
  resetBridge();
  answerInvoke('getWorkList', () => ({ ok: true, data: page([]) }));
  answerInvoke('getQualityPageAccess', () => ({
    ok: true,
    data: { canEdit: false, timeZone: 'Europe/Oslo' },
  }));
});

const selectedTab = () =>
  screen.getAllByRole('tab').find((t) => t.getAttribute('aria-selected') === 'true');

describe('the Quality page', () => {
  it('opens on its route, asks once who may do what, and not the work list', async () => {
    openRoute('/quality');
    render(<GlobalPage />);
    await screen.findByRole('heading', { level: 1, name: 'Quality' });
    expect(
      (await screen.findAllByRole('tab')).map((t) => [
        t.textContent,
        t.getAttribute('aria-selected'),
      ]),
    ).toEqual([
      ['Relationships', 'true'],
      ['KPIs', 'false'],
      ['Risk score', 'false'],
      ['Management review', 'false'],
    ]);
    // The open tab calls its own resolvers; the page asks for the access once, the work list never.
    const called = invocations.map((i) => i.functionKey);
    expect(called.filter((name) => name === 'getQualityPageAccess')).toHaveLength(1);
    expect(called).not.toContain('getWorkList');
  });

  it('keeps the tab in the URL: a chosen tab is pushed, a linked one opens, back returns', async () => {
    openRoute('/quality/kpis');
    render(<GlobalPage />);
    expect(await screen.findByRole('tab', { name: 'KPIs', selected: true })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Management review' }));
    expect(currentRoute()).toBe('/quality/review');
    await screen.findByRole('tab', { name: 'Management review', selected: true });
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-review');
    act(() => moveRoute('/quality/risk'));
    await screen.findByRole('tab', { name: 'Risk score', selected: true });
    // The access was asked once, whatever the tabs did.
    expect(invocations.filter((i) => i.functionKey === 'getQualityPageAccess')).toHaveLength(1);
  });

  it('opens an unknown tab on the first one', async () => {
    openRoute('/quality/nonsense');
    render(<GlobalPage />);
    await screen.findByRole('tab', { name: 'Relationships', selected: true });
    expect(selectedTab()?.textContent).toBe('Relationships');
  });

  it('tells a refused user why, and shows no tab', async () => {
    answerInvoke('getQualityPageAccess', () => refused);
    openRoute('/quality/review');
    render(<GlobalPage />);
    await screen.findByText(refused.error.message);
    expect(screen.getByRole('alert').textContent).toContain('You do not have access');
    expect(screen.queryAllByRole('tab')).toEqual([]);
  });

  it('lets the work list move to the Quality page by its sidebar route, and back', async () => {
    openRoute('/work-list');
    render(<GlobalPage />);
    await screen.findByRole('heading', { level: 1, name: 'SLA work list' });
    act(() => moveRoute('/quality'));
    await screen.findByRole('heading', { level: 1, name: 'Quality' });
    act(() => moveRoute('/work-list'));
    await screen.findByRole('heading', { level: 1, name: 'SLA work list' });
  });
});
