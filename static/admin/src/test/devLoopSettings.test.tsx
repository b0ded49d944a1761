import { fireEvent, screen } from '@testing-library/react';
import {
  DEFAULT_DEV_LOOP_SETTINGS,
  type DevLoopSettings,
} from '../../../../src/domain/devloop/devLoopSettings';
import type { DevLoopSettingsView } from '../../../../src/resolvers/devLoopSettingsViews';
import { answerInvoke, invocations, resetBridge } from '../../../shared/test/bridgeMock';
import { answerDefaults, renderAdmin } from './setup';

const view: DevLoopSettingsView = {
  settings: DEFAULT_DEV_LOOP_SETTINGS,
  version: null,
  placeholders: ['devKey', 'caseKey', 'status', 'version', 'environment'],
  limits: { name: 255, wording: 2000 },
};

beforeEach(() => {
  resetBridge();
  answerDefaults();
  answerInvoke('getDevLoopSettings', () => ({ ok: true, data: view }));
});

async function openDevelopment() {
  await renderAdmin();
  fireEvent.click(screen.getByRole('tab', { name: 'Development' }));
  await screen.findByLabelText('Development project key');
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const saved = () =>
  invocations.filter((i) => i.functionKey === 'saveDevLoopSettings').map((i) => i.payload);

describe('the Development tab', () => {
  it('loads the settings and saves the edited ones against the version they came from', async () => {
    answerInvoke('saveDevLoopSettings', (p) => ({
      ok: true,
      data: { settings: p.settings, version: 1 },
    }));
    await openDevelopment();
    expect(input('Issue link type').value).toBe('Relates');
    expect(screen.getByText(/\{devKey\}, \{caseKey\}/)).toBeTruthy();
    fireEvent.change(input('Development project key'), { target: { value: 'DEV' } });
    fireEvent.change(input('Fixed in a version'), { target: { value: 'Fixed in {version}.' } });
    fireEvent.change(input('Resolution'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save development settings' }));
    await screen.findByText('Development settings saved as version 1.');
    const [payload] = saved();
    expect(payload!.baseVersion).toBeNull();
    expect(payload!.settings as DevLoopSettings).toEqual({
      ...DEFAULT_DEV_LOOP_SETTINGS,
      devProjectKey: 'DEV',
      resolution: null,
      wordings: { ...DEFAULT_DEV_LOOP_SETTINGS.wordings, fixedIn: 'Fixed in {version}.' },
    });
  });

  it('shows each refused field message under its field', async () => {
    answerInvoke('saveDevLoopSettings', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '2 problems in the request',
        errors: [
          { path: '$.settings.devIssueType', message: 'DEV has no issue type "Bug"; it has Task' },
          { path: '$.settings.wordings.fixedIn', message: 'uses {verison}' },
        ],
      },
    }));
    await openDevelopment();
    fireEvent.click(screen.getByRole('button', { name: 'Save development settings' }));
    await screen.findByText('2 problems in the request');
    const type = input('Development issue type');
    expect(type.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(type.getAttribute('aria-describedby')!)!.textContent).toBe(
      'DEV has no issue type "Bug"; it has Task',
    );
    expect(input('Fixed in a version').getAttribute('aria-invalid')).toBe('true');
    expect(input('Issue link type').getAttribute('aria-invalid')).toBe('false');
  });
});
