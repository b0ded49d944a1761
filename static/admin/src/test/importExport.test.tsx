import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { answerInvoke, resetBridge } from '../../../shared/test/bridgeMock';
import { answerDefaults, calls, contract, lastCall, renderAdmin } from './setup';

beforeEach(() => {
  resetBridge();
  answerDefaults();
});

const imported = {
  ...contract,
  calendars: [
    ...contract.calendars.filter((c) => c.id !== '24x7'),
    { id: 'uk-office', name: 'London office', timeZone: 'Europe/London', week: 'always' },
  ],
};

async function openImport() {
  await renderAdmin();
  fireEvent.click(screen.getByRole('tab', { name: 'Import/Export' }));
}

describe('import and export', () => {
  it('shows the saved contract as JSON and downloads it as slm-contract.json', async () => {
    const created: Blob[] = [];
    const clicked: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:contract';
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push(this.download);
    });
    await openImport();
    const json = screen.getByLabelText('Saved contract (JSON)') as HTMLTextAreaElement;
    expect(json.readOnly).toBe(true);
    expect(JSON.parse(json.value)).toEqual(contract);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(clicked).toEqual(['slm-contract.json']);
    expect(created[0]!.type).toBe('application/json');
    click.mockRestore();
  });

  it('previews an import as changes per part, and Apply import replaces the draft', async () => {
    answerInvoke('previewImport', () => ({
      ok: true,
      data: {
        changes: [{ part: 'calendars', added: ['uk-office'], removed: ['24x7'], changed: [] }],
        contract: imported,
      },
    }));
    await openImport();
    const text = JSON.stringify(imported);
    fireEvent.change(screen.getByLabelText('Contract JSON to import'), { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    await screen.findByRole('heading', { name: 'Changes compared with the saved version' });
    expect(lastCall('previewImport')).toEqual({ json: text });
    const changes = screen.getByRole('term').closest('div')!;
    expect(within(changes).getByText('Calendars')).toBeTruthy();
    expect(within(changes).getByText('uk-office')).toBeTruthy();
    expect(within(changes).getByText('24x7')).toBeTruthy();
    expect(within(changes).getByText('added')).toBeTruthy();
    expect(within(changes).getByText('removed')).toBeTruthy();
    expect(screen.queryByText('Unsaved changes')).toBeNull(); // nothing applied yet

    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    await screen.findByText('Imported into the draft');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Calendars' }));
    const list = screen.getByRole('list', { name: 'Calendars' });
    expect(within(list).getByText('London office')).toBeTruthy();
    expect(within(list).queryByText('Around the clock, every day of the year')).toBeNull();

    // Saving sends the imported contract.
    answerInvoke('saveContract', () => ({ ok: true, data: { saved: true, version: 4 } }));
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await screen.findByText('Saved version 4.');
    expect(lastCall('saveContract')).toEqual({ contract: imported, baseVersion: 3 });
  });

  it('an invalid import shows its errors and applies nothing', async () => {
    answerInvoke('previewImport', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: 'The document has errors',
        errors: [
          { path: '$.calendars[0].timeZone', message: 'unknown time zone "Mars/Base"' },
          { path: '$.goals', message: 'is required' },
        ],
      },
    }));
    await openImport();
    fireEvent.change(screen.getByLabelText('Contract JSON to import'), {
      target: { value: '{"format":"slm-contract/1"}' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/not a valid contract: 2 errors/)).toBeTruthy();
    expect(within(alert).getByText('$.calendars[0].timeZone')).toBeTruthy();
    expect(within(alert).getByText('unknown time zone "Mars/Base"')).toBeTruthy();
    expect(within(alert).getByText('$.goals')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Apply import' })).toBeNull();
    expect(screen.queryByText('Unsaved changes')).toBeNull();
    expect(calls('saveContract')).toHaveLength(0);
  });

  it('refuses a file over the size limit before reading it, saying how big it is', async () => {
    await openImport();
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 5.5 * 1024 * 1024 });
    fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [file] } });
    expect(
      await screen.findByText(
        'huge.json is 5.5 MB: the app imports contracts of at most 1.0 MB of JSON.',
      ),
    ).toBeTruthy();
    // Not read: its text ("{}") never reaches the import box.
    expect((screen.getByLabelText('Contract JSON to import') as HTMLTextAreaElement).value).toBe(
      '',
    );
  });

  it('refuses pasted text over the size limit without sending it', async () => {
    await openImport();
    fireEvent.change(screen.getByLabelText('Contract JSON to import'), {
      target: { value: `"${'x'.repeat(1024 * 1024)}"` },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('is over 1.0 MB of JSON; the most the app reads is 1.0 MB'),
    ).toBeTruthy();
    expect(calls('previewImport')).toHaveLength(0);
  });

  it('counts the problems of a capped list, those only counted included', async () => {
    const errors = [
      ...Array.from({ length: 100 }, (_, i) => ({
        path: `$.holidaySets[${i}].rules[0].month`,
        message: 'must be at most 12',
      })),
      { path: '$', message: 'and 2900 more problems', more: 2900 },
    ];
    answerInvoke('previewImport', () => ({
      ok: false,
      error: { code: 'invalid', message: '3000 problems in the request', errors },
    }));
    await openImport();
    fireEvent.change(screen.getByLabelText('Contract JSON to import'), {
      target: { value: '{"format":"slm-contract/1"}' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Preview import' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/not a valid contract: 3000 errors/)).toBeTruthy();
    expect(within(alert).getByText('and 2900 more problems')).toBeTruthy();
  });

  it('reads a chosen file into the import box', async () => {
    await openImport();
    const file = new File([JSON.stringify(imported)], 'contract.json', {
      type: 'application/json',
    });
    fireEvent.change(screen.getByLabelText('Choose a file'), { target: { files: [file] } });
    await waitFor(() =>
      expect((screen.getByLabelText('Contract JSON to import') as HTMLTextAreaElement).value).toBe(
        JSON.stringify(imported),
      ),
    );
  });
});
