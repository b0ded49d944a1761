import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { answerInvoke, resetBridge } from '../../../shared/test/bridgeMock';
import {
  answerDefaults,
  calls,
  config,
  contract,
  lastCall,
  renderAdmin,
  waitForCalls,
} from './setup';

beforeEach(() => {
  resetBridge();
  answerDefaults();
});

/**
 * The Save button, to be found once per test after rendering: finding a button by its accessible
 * name walks the whole page, too slow to repeat on every poll of a `waitFor`.
 */
const saveButton = () => screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;

/** Makes `validate` report errors at these paths when the draft's first calendar has `zone`. */
function validateRefuses(zone: string, errors: { path: string; message: string; more?: number }[]) {
  answerInvoke('validate', (payload) => {
    const draft = payload.contract as { calendars: { timeZone: string }[] };
    return {
      ok: true,
      data: { errors: draft.calendars[0]!.timeZone === zone ? errors : [] },
    };
  });
}

async function editTimeZone(zone: string) {
  fireEvent.click(screen.getByRole('tab', { name: 'Calendars' }));
  fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: zone } });
}

describe('validation and saving', () => {
  it('shows each error at its field, counts them on top and disables Save', async () => {
    validateRefuses('Mars/Base', [
      { path: '$.contract.calendars[0].timeZone', message: 'unknown time zone "Mars/Base"' },
      {
        path: '$.contract.calendars[0].week.mon[0]',
        message: 'overlaps range 1 (07:00–09:00)',
      },
      { path: '$.contract.agreements[1].validTo', message: 'must be after validFrom' },
    ]);
    await renderAdmin();
    const save = saveButton();
    expect(save.disabled).toBe(true); // nothing changed yet
    await editTimeZone('Mars/Base');

    const zone = screen.getByLabelText('Time zone');
    await waitFor(() => expect(zone.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(zone.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(message!.textContent).toContain('unknown time zone "Mars/Base"');

    // A range error belongs to the range: both of its inputs point at it.
    const monStart = screen.getByLabelText('Monday range 1 start');
    const rangeMessage = monStart
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent)
      .join(' ');
    expect(rangeMessage).toContain('overlaps range 1');
    expect(monStart.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Monday range 1 end').getAttribute('aria-invalid')).toBe('true');

    expect(screen.getByRole('heading', { name: '3 errors in the draft' })).toBeTruthy();
    expect(within(screen.getByRole('tab', { name: 'Calendars' })).getByText('2')).toBeTruthy();
    expect(save.disabled).toBe(true);

    // The summary takes you to an error on another tab and focuses its field.
    fireEvent.click(screen.getByRole('button', { name: /^Agreements › .* › validTo$/ }));
    const validTo = await screen.findByLabelText('Valid to');
    await waitFor(() => expect(document.activeElement).toBe(validTo));
    expect(screen.getByRole('tab', { name: 'Agreements' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(validTo.getAttribute('aria-invalid')).toBe('true');

    // Fixing the field clears the errors and enables Save.
    fireEvent.click(screen.getByRole('tab', { name: 'Calendars' }));
    fireEvent.change(screen.getByLabelText('Time zone'), {
      target: { value: 'Europe/Berlin' },
    });
    await waitFor(() => expect(save.disabled).toBe(false));
    expect(screen.queryByRole('heading', { name: /errors? in the draft/ })).toBeNull();
    expect(screen.getByLabelText('Time zone').getAttribute('aria-invalid')).toBeNull();
  });

  it('counts every error of a big draft whose list the validator capped', async () => {
    validateRefuses('Mars/Base', [
      ...Array.from({ length: 100 }, () => ({
        path: '$.contract.calendars[0].timeZone',
        message: 'unknown time zone "Mars/Base"',
      })),
      { path: '$.contract', message: 'and 900 more problems', more: 900 },
    ]);
    await renderAdmin();
    await editTimeZone('Mars/Base');
    expect(await screen.findByRole('heading', { name: '1000 errors in the draft' })).toBeTruthy();
    expect(screen.getByText(/and 950 more\./)).toBeTruthy();
  });

  it('saves the whole draft against the version it started from', async () => {
    answerInvoke('saveContract', () => ({
      ok: true,
      data: { saved: true, version: 4, changes: [] },
    }));
    await renderAdmin();
    const save = saveButton();
    await editTimeZone('Europe/Berlin');
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await screen.findByText('Saved version 4.');
    const payload = lastCall('saveContract') as {
      contract: typeof contract;
      baseVersion: number;
    };
    expect(payload.baseVersion).toBe(3);
    expect(payload.contract.calendars[0]!.timeZone).toBe('Europe/Berlin');
    expect({ ...payload.contract, calendars: contract.calendars }).toEqual(contract);
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    expect(screen.getByText('Version 4 in force')).toBeTruthy();

    // The next save is based on version 4.
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Europe/Paris' } });
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await waitForCalls('saveContract', 2);
    expect(lastCall('saveContract')!.baseVersion).toBe(4);
  });

  it('a save refused as invalid shows the errors at their fields and saves nothing', async () => {
    answerInvoke('saveContract', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: 'The contract has errors',
        errors: [{ path: '$.contract.calendars[0].timeZone', message: 'unknown time zone' }],
      },
    }));
    await renderAdmin();
    const save = saveButton();
    await editTimeZone('Europe/Nowhere');
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await screen.findByText(/Not saved: the contract has errors/);
    const zone = screen.getByLabelText('Time zone');
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('unknown time zone')).toBeTruthy();
    expect(save.disabled).toBe(true);
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });

  it('validates a stale draft before saving and does not save it with errors', async () => {
    await renderAdmin();
    const save = saveButton();
    await editTimeZone('Europe/Berlin');
    await waitFor(() => expect(save.disabled).toBe(false));
    validateRefuses('Mars/Base', [
      { path: '$.contract.calendars[0].timeZone', message: 'unknown time zone "Mars/Base"' },
    ]);
    answerInvoke('saveContract', () => ({ ok: true, data: { saved: true, version: 4 } }));
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Mars/Base' } });
    fireEvent.click(save); // before the debounced validation has run
    await screen.findByText('unknown time zone "Mars/Base"');
    expect(calls('saveContract')).toHaveLength(0);
  });

  it('on a conflict says someone else saved and offers to reload', async () => {
    answerInvoke('saveContract', () => ({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Someone saved version 4 since you started editing version 3: reload to see it.',
      },
    }));
    await renderAdmin();
    const save = saveButton();
    await editTimeZone('Europe/Berlin');
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await screen.findByRole('heading', { name: 'Someone else saved the contract' });
    expect(screen.getByText(/Someone saved version 4/)).toBeTruthy();

    const newer = {
      ...contract,
      calendars: contract.calendars.map((c, i) => (i === 0 ? { ...c, name: 'Renamed' } : c)),
    };
    answerInvoke('getConfig', () => ({ ok: true, data: config({ contract: newer, version: 4 }) }));
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await screen.findByText('Version 4 in force');
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    expect((screen.getByLabelText('Time zone') as HTMLInputElement).value).toBe(
      'Europe/Copenhagen',
    );
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Renamed');
  });

  it('discards changes only after a confirmation', async () => {
    await renderAdmin();
    await editTimeZone('Europe/Berlin');
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    const dialog = screen.getByRole('alertdialog');
    expect(within(dialog).getByText(/Discard all unsaved changes/)).toBeTruthy();
    expect(document.activeElement).toBe(
      within(dialog).getByRole('button', { name: 'Yes, discard' }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect((screen.getByLabelText('Time zone') as HTMLInputElement).value).toBe('Europe/Berlin');
    fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, discard' }));
    expect((screen.getByLabelText('Time zone') as HTMLInputElement).value).toBe(
      'Europe/Copenhagen',
    );
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  it('warns before the page is left with unsaved changes', async () => {
    await renderAdmin();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);
    await editTimeZone('Europe/Berlin');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });

  it('adds, duplicates and deletes items (delete after a confirmation)', async () => {
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'Customers' }));
    const list = screen.getByRole('list', { name: 'Customers' });
    expect(within(list).getAllByRole('button')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Duplicate customer' }));
    expect(within(list).getAllByRole('button')).toHaveLength(4);
    expect((screen.getByLabelText('ID') as HTMLInputElement).value).toBe('schultz-copy');
    expect(document.activeElement).toBe(screen.getByLabelText('ID'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete customer' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(within(list).getAllByRole('button')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Add customer' }));
    expect((screen.getByLabelText('ID') as HTMLInputElement).value).toBe('customer');
  });
});
