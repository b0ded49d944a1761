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
