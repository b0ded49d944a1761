import { render, screen } from '@testing-library/react';
import { answerInvoke, resetBridge, view } from '../../shared/test/bridgeMock';
import { App } from './App';
import { createView, profileView, requestView } from './fixtures';
import { PORTAL_MODULES } from './portalModules';

beforeEach(() => {
  resetBridge();
  answerInvoke('getPortalCreateOptions', () => ({ ok: true, data: createView() }));
  answerInvoke('getPortalRequest', () => ({ ok: true, data: requestView() }));
  answerInvoke('getPortalProfile', () => ({ ok: true, data: profileView() }));
});
afterEach(() => jest.restoreAllMocks());

/** The portal frames the resource with this module's context. */
function openAs(extension: Record<string, unknown>) {
  jest.spyOn(view, 'getContext').mockResolvedValue({
    accountId: 'acc-customer',
    siteUrl: 'https://nordic-support.atlassian.net',
    // The mock's context type is an issue panel's; the portal's modules have their own.
    extension: extension as never,
    theme: { colorMode: 'light' },
  });
  render(<App />);
}

describe('the portal app', () => {
  it('shows the create panel in the request form', async () => {
    openAs({ type: PORTAL_MODULES.create, portal: { id: 1 }, request: { typeId: 10 } });
    expect(
      await screen.findByRole('heading', { name: 'What we promise for this request' }),
    ).toBeTruthy();
  });

  it('shows the request’s promises on the request page', async () => {
    openAs({
      type: PORTAL_MODULES.request,
      portal: { id: 1 },
      request: { key: 'SUP-7', typeId: 10 },
    });
    expect(
      await screen.findByRole('heading', { name: 'Our promises on this request' }),
    ).toBeTruthy();
  });

  it('shows the agreements on the profile page', async () => {
    openAs({ type: PORTAL_MODULES.profile, page: 'profile' });
    expect(await screen.findByRole('heading', { name: 'Acme A/S' })).toBeTruthy();
  });

  it('says it has nothing to show in any other module', async () => {
    openAs({ type: 'jira:issuePanel' });
    expect(
      await screen.findByText('This app has nothing to show on this page of the portal.'),
    ).toBeTruthy();
  });
});
