import { render, screen } from '@testing-library/react';
import { answerInvoke, invocations, resetBridge } from '../../../shared/test/bridgeMock';
import { App } from '../App';

beforeEach(() => resetBridge());

describe('access', () => {
  it('tells a non-administrator that only Jira administrators manage contracts, and nothing else', async () => {
    answerInvoke('getConfig', () => ({
      ok: false,
      error: { code: 'forbidden', message: 'Only Jira administrators can do this' },
    }));
    render(<App />);
    await screen.findByText('Only Jira administrators can manage SLA contracts');
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(invocations.map((i) => i.functionKey)).toEqual(['getConfig']);
  });

  it('shows other load failures with their message', async () => {
    answerInvoke('getConfig', () => ({
      ok: false,
      error: { code: 'failed', message: 'Storage is unavailable' },
    }));
    render(<App />);
    await screen.findByText('Storage is unavailable');
    expect(screen.queryByRole('tablist')).toBeNull();
  });
});
