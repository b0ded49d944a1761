import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { DevelopmentView } from '../../../src/resolvers/devHandoverViews';
import { answerInvoke, invocations, resetBridge } from '../../shared/test/bridgeMock';
import { DevelopmentSection } from './DevelopmentSection';

const notHandedOver: DevelopmentView = {
  issueKey: 'SUP-1',
  canHandOver: true,
  configured: true,
  handover: null,
  environments: [],
};

const fixed: DevelopmentView = {
  ...notHandedOver,
  handover: {
    devKey: 'DEV-7',
    devStatus: 'Resolved',
    fixedIn: '5.10',
    handedOverAt: '2026-03-02T10:00:00.000Z',
  },
  environments: [
    { id: 'prod', name: 'Production', version: '5.10.1', runsFix: true },
    { id: 'test', name: 'Test', version: '5.9', runsFix: false },
  ],
};

beforeEach(() => resetBridge());

describe('the development section of the issue panel', () => {
  it('shows the development issue, its status, the fix version and the environments', async () => {
    answerInvoke('getDevelopment', () => ({ ok: true, data: fixed }));
    render(<DevelopmentSection />);
    expect((await screen.findByRole('link', { name: 'DEV-7' })).getAttribute('href')).toContain(
      '/browse/DEV-7',
    );
    expect(screen.getByText('Resolved')).toBeTruthy();
    expect(screen.getByText('5.10')).toBeTruthy();
    const [prod, test] = within(screen.getByRole('list', { name: 'Environments' })).getAllByRole(
      'listitem',
    );
    expect(prod!.textContent).toContain('Production · 5.10.1');
    expect(prod!.textContent).toContain('Has the fix');
    expect(test!.textContent).toContain('Waiting');
  });

  it('sends the case to an existing development issue, then shows it', async () => {
    answerInvoke('getDevelopment', () => ({ ok: true, data: notHandedOver }));
    answerInvoke('handOverToDevelopment', () => ({
      ok: true,
      data: { ...fixed, handover: { ...fixed.handover!, devStatus: null, fixedIn: null } },
    }));
    render(<DevelopmentSection />);
    fireEvent.change(await screen.findByRole('textbox', { name: /Existing development issue/ }), {
      target: { value: ' DEV-7 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send to development' }));
    await screen.findByRole('link', { name: 'DEV-7' });
    expect(invocations.at(-1)).toEqual({
      functionKey: 'handOverToDevelopment',
      payload: { issueKey: 'SUP-1', devKey: 'DEV-7' },
    });
    expect(screen.getByText('Not yet')).toBeTruthy();
  });

  it('shows the refused field of a hand-over', async () => {
    answerInvoke('getDevelopment', () => ({ ok: true, data: notHandedOver }));
    answerInvoke('handOverToDevelopment', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.devKey', message: 'DEV-999 does not exist or the app cannot see it' }],
      },
    }));
    render(<DevelopmentSection />);
    fireEvent.change(await screen.findByRole('textbox', { name: /Existing development issue/ }), {
      target: { value: 'DEV-999' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send to development' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('$.devKey');
  });

  it('shows nothing to a customer of a case not handed over', async () => {
    answerInvoke('getDevelopment', () => ({
      ok: true,
      data: { ...notHandedOver, canHandOver: false },
    }));
    const { container } = render(<DevelopmentSection />);
    // Shown while loading, gone once the view says there is nothing for this viewer.
    expect(container.querySelector('section')).not.toBeNull();
    await waitFor(() => expect(container.querySelector('section')).toBeNull());
  });
});
