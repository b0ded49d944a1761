import { fireEvent, screen, within } from '@testing-library/react';
import type { QualitySettings } from '../../../../src/domain/quality/qualitySettings';
import { DEFAULT_QUALITY_SETTINGS } from '../../../../src/domain/quality/qualitySettings';
import type { QualitySettingsView } from '../../../../src/resolvers/qualityViews';
import { answerInvoke, invocations, resetBridge } from '../../../shared/test/bridgeMock';
import { answerDefaults, renderAdmin } from './setup';

const view = (over: Partial<QualitySettingsView> = {}): QualitySettingsView => ({
  settings: DEFAULT_QUALITY_SETTINGS,
  version: null,
  calendars: [
    { id: 'dk-office', name: 'Copenhagen office hours' },
    { id: '24x7', name: 'Around the clock' },
  ],
  outcomes: { resolved: 'The problem is solved now' },
  limits: { reasons: 30 },
  ...over,
});

const intake = (set: boolean) => ({
  set,
  setAt: set ? '2026-03-02T08:00:00.000Z' : null,
  setBy: set ? 'acc-admin' : null,
  webTriggerUrl: 'https://example.atlassian-dev.net/x1/survicate',
});

beforeEach(() => {
  resetBridge();
  answerDefaults();
  answerInvoke('getQualitySettings', () => ({ ok: true, data: view() }));
  answerInvoke('survicateSecretStatus', () => ({ ok: true, data: intake(false) }));
});

async function openQuality() {
  await renderAdmin();
  fireEvent.click(screen.getByRole('tab', { name: 'Quality' }));
  await screen.findByLabelText('Follow-up project key');
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const saved = () =>
  invocations.filter((i) => i.functionKey === 'saveQualitySettings').map((i) => i.payload);

describe('the Quality tab', () => {
  it('loads the settings and saves the edited ones against the version they came from', async () => {
    answerInvoke('saveQualitySettings', (p) => ({
      ok: true,
      data: { settings: p.settings, version: 1 },
    }));
    await openQuality();
    expect(input('CSAT (1–5)').value).toBe('2');
    expect(input('Reason 1 id').value).toBe('slow');
    fireEvent.change(input('Follow-up project key'), { target: { value: 'QM' } });
    fireEvent.change(screen.getByLabelText('Measured in calendar'), {
      target: { value: 'dk-office' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add lead by team' }));
    fireEvent.change(input('Team 1'), { target: { value: 'First line' } });
    fireEvent.change(input('Lead account id 1'), { target: { value: 'acc-lead' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save quality settings' }));
    await screen.findByText('Quality settings saved as version 1.');
    const [payload] = saved();
    const settings = payload!.settings as QualitySettings;
    expect(payload!.baseVersion).toBeNull();
    expect(settings.followUp).toEqual({
      ...DEFAULT_QUALITY_SETTINGS.followUp,
      projectKey: 'QM',
      calendar: 'dk-office',
    });
    expect(settings.leads.byTeam).toEqual([{ match: 'First line', accountId: 'acc-lead' }]);
  });

  it('shows each refused field message under its field', async () => {
    answerInvoke('saveQualitySettings', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '2 problems in the request',
        errors: [
          {
            path: '$.settings.followUp.projectKey',
            message: 'project NOPE does not exist, or the app cannot see it',
          },
          {
            path: '$.settings.rules.flagAtOrBelow.csat',
            message: 'must be a whole number from 1 to 4',
          },
        ],
      },
    }));
    await openQuality();
    fireEvent.change(input('Follow-up project key'), { target: { value: 'NOPE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save quality settings' }));
    await screen.findByText('2 problems in the request');
    const project = input('Follow-up project key');
    expect(project.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(project.getAttribute('aria-describedby')!)!.textContent).toBe(
      'project NOPE does not exist, or the app cannot see it',
    );
    expect(input('CSAT (1–5)').getAttribute('aria-invalid')).toBe('true');
  });

  it('sets, then replaces or clears the Survicate secret without ever showing it', async () => {
    answerInvoke('setSurvicateSecret', () => ({ ok: true, data: intake(true) }));
    answerInvoke('clearSurvicateSecret', () => ({ ok: true, data: intake(false) }));
    await openQuality();
    const box = screen.getByRole('region', { name: 'Survicate' });
    await within(box).findByText(/No signing secret is set/);
    fireEvent.change(within(box).getByLabelText('Signing secret'), { target: { value: 's3cret' } });
    fireEvent.click(within(box).getByRole('button', { name: 'Set secret' }));
    await within(box).findByText(/A signing secret is set \(by acc-admin/);
    expect((within(box).getByLabelText('Signing secret') as HTMLInputElement).value).toBe('');
    expect(within(box).queryByText('s3cret')).toBeNull();
    expect(within(box).getByRole('button', { name: 'Replace secret' })).toBeTruthy();
    fireEvent.click(within(box).getByRole('button', { name: 'Clear secret' }));
    await within(box).findByText(/No signing secret is set/);
    expect(
      invocations
        .filter((i) => i.functionKey.endsWith('SurvicateSecret'))
        .map((i) => [i.functionKey, i.payload]),
    ).toEqual([
      ['setSurvicateSecret', { secret: 's3cret' }],
      ['clearSurvicateSecret', {}],
    ]);
  });
});
