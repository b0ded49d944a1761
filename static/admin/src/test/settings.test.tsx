import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { answerInvoke, resetBridge } from '../../../shared/test/bridgeMock';
import { answerDefaults, calls, lastCall, renderAdmin, settingsView } from './setup';

const SLA_KEY = 'ari-demo-app__development__sla-time-left';

beforeEach(() => {
  resetBridge();
  answerDefaults();
  // As the resolver: the saved settings, without an SLA field when "Not set", as the next version.
  answerInvoke('saveSettings', (payload) => {
    const { fields, timeLeftField } = payload.settings as {
      fields: unknown;
      timeLeftField: string | null;
    };
    return {
      ok: true,
      data: {
        settings: { fields, ...(timeLeftField && { timeLeftField }) },
        version: (payload.baseVersion as number) + 1,
      },
    };
  });
});

async function openSettings() {
  await renderAdmin();
  expect(calls('getSettings')).toHaveLength(0);
  fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
  await screen.findByLabelText('Customer field');
}

const select = (label: string) => screen.getByLabelText(label) as HTMLSelectElement;
const optionLabels = (label: string) =>
  within(select(label))
    .getAllByRole('option')
    .map((o) => o.textContent);
const saveButton = () => screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement;

describe('settings', () => {
  it('loads the current mapping when the tab is first opened', async () => {
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    expect(screen.getByText('Loading the settings…')).toBeTruthy();
    await screen.findByLabelText('Customer field');

    expect(select('Customer field').value).toBe('customfield_10050');
    expect(select('Environment field').value).toBe('customfield_10051');
    expect(select('Product field').value).toBe('customfield_10052');
    expect(select('SLA field').value).toBe(SLA_KEY);
    expect(optionLabels('Product field')).toEqual([
      'Customer (customfield_10050)',
      'Environment (customfield_10051)',
      'Product (customfield_10052)',
    ]);
    expect(optionLabels('SLA field')).toEqual(['Not set', `SLA (${SLA_KEY})`]);
    expect(
      screen.getByText("Which Jira fields say an issue's customer, environment and product."),
    ).toBeTruthy();
    expect(screen.getByText("The app's SLA field, shown in issue lists and boards.")).toBeTruthy();
    expect(saveButton().disabled).toBe(true);

    // Coming back to the tab keeps what was loaded (and typed) without asking again.
    fireEvent.change(select('Customer field'), { target: { value: 'customfield_10051' } });
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    expect(select('Customer field').value).toBe('customfield_10051');
    expect(calls('getSettings')).toHaveLength(1);
  });

  it('saves the mapping on its own, apart from the contract, from the version it loaded', async () => {
    await openSettings();
    fireEvent.change(select('Environment field'), { target: { value: 'customfield_10052' } });
    fireEvent.change(select('Product field'), { target: { value: 'customfield_10051' } });
    expect(saveButton().disabled).toBe(false);
    fireEvent.click(saveButton());

    await screen.findByText('Settings saved');
    expect(lastCall('saveSettings')).toEqual({
      settings: {
        fields: {
          customer: 'customfield_10050',
          environment: 'customfield_10052',
          product: 'customfield_10051',
        },
        timeLeftField: SLA_KEY,
      },
      baseVersion: 3,
    });
    expect(calls('saveContract')).toHaveLength(0);
    expect(saveButton().disabled).toBe(true);
    expect(select('Product field').value).toBe('customfield_10051');

    // Changing again takes the notice away and allows another save, from the saved version.
    fireEvent.change(select('SLA field'), { target: { value: '' } });
    expect(screen.queryByText('Settings saved')).toBeNull();
    expect(saveButton().disabled).toBe(false);
    fireEvent.click(saveButton());
    await screen.findByText('Settings saved');
    expect(lastCall('saveSettings')).toMatchObject({ baseVersion: 4 });
  });

  it('says who saved the settings in the meantime, and reloads theirs', async () => {
    const message =
      'Version 4 was saved by acc-admin-2 at 2026-03-02T07:05:00.000Z since your edit of the ' +
      'settings started from version 3: reload to see it.';
    answerInvoke('saveSettings', () => ({ ok: false, error: { code: 'conflict', message } }));
    await openSettings();
    fireEvent.change(select('SLA field'), { target: { value: '' } });
    fireEvent.click(saveButton());

    const warning = await screen.findByRole('alert');
    expect(within(warning).getByText('Someone else saved the settings')).toBeTruthy();
    expect(warning.textContent).toContain(message);
    expect(warning.textContent).toContain('Your changes are not saved.');
    expect(screen.queryByText('Settings saved')).toBeNull();

    // Reload shows their settings, at their version, for the next save.
    answerInvoke('getSettings', () => ({
      ok: true,
      data: settingsView({
        settings: {
          fields: {
            customer: 'customfield_10050',
            environment: 'customfield_10051',
            product: 'customfield_10052',
          },
        },
        version: 4,
      }),
    }));
    fireEvent.click(within(warning).getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(screen.queryByText('Someone else saved the settings')).toBeNull());
    await screen.findByLabelText('Customer field');
    expect(calls('getSettings')).toHaveLength(2);
    expect(select('SLA field').value).toBe('');
    expect(saveButton().disabled).toBe(true);
  });

  it('sends "Not set" as no SLA field', async () => {
    await openSettings();
    fireEvent.change(select('SLA field'), { target: { value: '' } });
    fireEvent.click(saveButton());
    await screen.findByText('Settings saved');
    expect(lastCall('saveSettings')).toEqual({
      settings: {
        fields: {
          customer: 'customfield_10050',
          environment: 'customfield_10051',
          product: 'customfield_10052',
        },
        timeLeftField: null,
      },
      baseVersion: 3,
    });
    expect(select('SLA field').value).toBe('');
    expect(saveButton().disabled).toBe(true);
  });

  it('picks the Team field among the site’s Team fields, saves it and shows its error', async () => {
    await openSettings();
    expect(select('Team field').value).toBe('');
    expect(optionLabels('Team field')).toEqual(['Not set', 'Team (customfield_10001)']);
    expect(
      screen.getByText("Jira's Team field (Atlassian Teams): the reports group by its team."),
    ).toBeTruthy();
    fireEvent.change(select('Team field'), { target: { value: 'customfield_10001' } });
    fireEvent.click(saveButton());
    await screen.findByText('Settings saved');
    expect(lastCall('saveSettings')).toEqual({
      settings: {
        fields: {
          customer: 'customfield_10050',
          environment: 'customfield_10051',
          product: 'customfield_10052',
          team: 'customfield_10001',
        },
        timeLeftField: SLA_KEY,
      },
      baseVersion: 3,
    });
    expect(select('Team field').value).toBe('customfield_10001');

    // The field was deleted from the site since the page loaded.
    const message = '"customfield_10001" is not a custom field of this site';
    answerInvoke('saveSettings', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: 'The settings are invalid.',
        errors: [{ path: '$.settings.fields.team', message }],
      },
    }));
    fireEvent.change(select('Team field'), { target: { value: '' } });
    fireEvent.change(select('Team field'), { target: { value: 'customfield_10001' } });
    fireEvent.change(select('SLA field'), { target: { value: '' } });
    fireEvent.click(saveButton());
    const team = select('Team field');
    await waitFor(() => expect(team.getAttribute('aria-invalid')).toBe('true'));
    const described = team
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(described).toContain(message);
  });

  it('says when the site has no Team field', async () => {
    answerInvoke('getSettings', () => ({ ok: true, data: settingsView({ teamFields: [] }) }));
    await openSettings();
    expect(optionLabels('Team field')).toEqual(['Not set']);
    expect(
      screen.getByText('This site has no Team field (Atlassian Teams): the reports show no teams.'),
    ).toBeTruthy();
  });

  it('shows the errors of an invalid answer at their fields, and the rest above Save', async () => {
    answerInvoke('saveSettings', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: 'The settings are invalid.',
        errors: [
          {
            path: '$.settings.fields.customer',
            message: '"customfield_10051" is not a custom field of this site',
          },
          { path: '$.settings.colour', message: 'is not a setting' },
        ],
      },
    }));
    await openSettings();
    fireEvent.change(select('Customer field'), { target: { value: 'customfield_10051' } });
    fireEvent.click(saveButton());

    const alert = await screen.findByRole('alert');
    const customer = select('Customer field');
    await waitFor(() => expect(customer.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = customer.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toContain(
      'is not a custom field of this site',
    );
    expect(document.activeElement).toBe(customer);
    expect(select('Product field').getAttribute('aria-invalid')).toBeNull();
    expect(within(alert).getByText('Settings not saved')).toBeTruthy();
    expect(within(alert).getByText('$.settings.colour')).toBeTruthy();
    expect(alert.textContent).toContain('is not a setting');
    expect(within(alert).queryByText(/not a custom field/)).toBeNull();
    expect(screen.queryByText('Settings saved')).toBeNull();

    // Picking another value takes the field's error away.
    fireEvent.change(customer, { target: { value: 'customfield_10050' } });
    expect(customer.getAttribute('aria-invalid')).toBeNull();
  });

  it('says when the settings cannot be loaded, and tries again', async () => {
    answerInvoke('getSettings', () => ({
      ok: false,
      error: { code: 'failed', message: 'Jira did not answer.' },
    }));
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'Settings' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Jira did not answer.');

    answerInvoke('getSettings', () => ({ ok: true, data: settingsView() }));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByLabelText('Customer field');
    expect(calls('getSettings')).toHaveLength(2);
  });
});
