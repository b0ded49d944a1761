import { fireEvent, screen, waitFor } from '@testing-library/react';
import { EMPTY_CONTRACT } from '../../../../src/domain/contract/emptyContract';
import type { Contract } from '../../../../src/domain/contract/types';
import { answerInvoke, resetBridge } from '../../../shared/test/bridgeMock';
import { answerDefaults, config, lastCall, renderAdmin } from './setup';

const empty: Contract = EMPTY_CONTRACT;

beforeEach(() => {
  resetBridge();
  answerDefaults(config({ contract: empty, version: null, history: [] }));
});

describe('before the first save', () => {
  it('starts from an empty contract and saves the first version with baseVersion null', async () => {
    answerInvoke('saveContract', () => ({ ok: true, data: { saved: true, version: 1 } }));
    await renderAdmin();
    expect(screen.getByText('Nothing saved yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Calendars' }));
    expect(screen.getByText(/No calendars yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add calendar' }));
    expect(document.activeElement).toBe(screen.getByLabelText('ID'));
    fireEvent.change(screen.getByLabelText('ID'), { target: { value: 'office' } });
    fireEvent.change(screen.getByLabelText('Time zone'), {
      target: { value: 'Europe/Copenhagen' },
    });
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    await waitFor(() => expect(save.disabled).toBe(false));
    fireEvent.click(save);
    await screen.findByText('Saved version 1.');
    const payload = lastCall('saveContract') as { contract: Contract; baseVersion: unknown };
    expect(payload.baseVersion).toBeNull();
    expect(payload.contract.calendars).toEqual([
      {
        id: 'office',
        name: 'New calendar',
        timeZone: 'Europe/Copenhagen',
        week: {
          mon: [['08:00', '16:00']],
          tue: [['08:00', '16:00']],
          wed: [['08:00', '16:00']],
          thu: [['08:00', '16:00']],
          fri: [['08:00', '16:00']],
          sat: [],
          sun: [],
        },
      },
    ]);
  });

  it('says what to add before a simulation and that no version is saved yet', async () => {
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'Simulate' }));
    expect(screen.getByText(/Add an agreement first/)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    expect(screen.getByText('No version has been saved yet.')).toBeTruthy();
  });
});
