import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { resetBridge } from '../../../shared/test/bridgeMock';
import { answerDefaults, calls, lastCall, nameOf, renderAdmin, tab, waitForCalls } from './setup';

beforeEach(() => {
  resetBridge();
  answerDefaults();
});

async function openCalendars() {
  await renderAdmin();
  fireEvent.click(screen.getByRole('tab', { name: 'Calendars' }));
  await waitForCalls('previewCalendar', 1);
}

describe('calendars', () => {
  it('shows the selected calendar with its weekly grid, holiday sets and 14-day preview', async () => {
    await openCalendars();
    expect((screen.getByLabelText('Time zone') as HTMLInputElement).value).toBe(
      'Europe/Copenhagen',
    );
    expect((screen.getByLabelText('Tuesday range 2 start') as HTMLInputElement).value).toBe(
      '12:30',
    );
    expect((screen.getByLabelText('Monday range 1 end') as HTMLInputElement).value).toBe('16:00');
    expect(
      within(screen.getByRole('group', { name: 'Saturday' })).getByText('Closed'),
    ).toBeTruthy();
    const dk = screen.getByRole('checkbox', {
      name: 'Danish public holidays and customary closures',
    }) as HTMLInputElement;
    expect(dk.checked).toBe(true);
    const preview = lastCall('previewCalendar')!;
    expect(preview.calendar).toBe('dk-office');
    expect(preview.days).toBe(14);
    // From today by the app's clock (the simulator's in the simulator), which the resolver
    // knows and the browser does not: the page sends no date of its own.
    expect(preview).not.toHaveProperty('from');
    await screen.findByText('Grundlovsdag (customary)');
    expect(screen.getByText('Closes 12:00')).toBeTruthy();
  });

  it('an edited range goes to the draft, the preview and validation', async () => {
    await openCalendars();
    const before = calls('previewCalendar').length;
    fireEvent.change(screen.getByLabelText('Monday range 1 end'), { target: { value: '17:30' } });
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
    await waitForCalls('previewCalendar', before + 1);
    const preview = lastCall('previewCalendar')! as {
      contract: {
        calendars: { week: Record<string, string[][]> }[];
        holidaySets: { id: string }[];
      };
    };
    expect(preview.contract.calendars).toHaveLength(1);
    expect(preview.contract.calendars[0]!.week.mon).toEqual([['08:00', '17:30']]);
    expect(preview.contract.holidaySets.map((s) => s.id)).toEqual(['dk']);
    await waitFor(() => {
      const validated = lastCall('validate') as {
        contract: { calendars: { week: Record<string, string[][]> }[] };
      };
      expect(validated.contract.calendars[0]!.week.mon).toEqual([['08:00', '17:30']]);
    });
  });

  it('adds and removes ranges, and switches to 24/7 and back', async () => {
    await openCalendars();
    const saturday = screen.getByRole('group', { name: 'Saturday' });
    fireEvent.click(within(saturday).getByRole('button', { name: 'Add range' }));
    expect((screen.getByLabelText('Saturday range 1 start') as HTMLInputElement).value).toBe(
      '08:00',
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Saturday range 1 start'));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Tuesday range 2' }));
    expect(screen.queryByLabelText('Tuesday range 2 start')).toBeNull();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Open 24/7' }));
    expect(screen.queryByRole('group', { name: 'Monday' })).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Open 24/7' }));
    expect((screen.getByLabelText('Saturday range 1 start') as HTMLInputElement).value).toBe(
      '08:00',
    );
  });

  it('keeps the draft when switching tabs', async () => {
    await openCalendars();
    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'Europe/Oslo' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Goals' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Calendars' }));
    expect((screen.getByLabelText('Time zone') as HTMLInputElement).value).toBe('Europe/Oslo');
    expect(screen.getByText('Unsaved changes')).toBeTruthy();
  });

  it('can be used with the keyboard alone: tab through the form, Enter on Add range', async () => {
    await openCalendars();
    const id = screen.getByLabelText('ID');
    id.focus();
    const order: string[] = [];
    for (let i = 0; i < 10; i++) order.push(nameOf(tab()));
    expect(order).toEqual([
      'Name',
      'Time zone',
      'Open 24/7',
      'Monday range 1 start',
      'Monday range 1 end',
      'Remove Monday range 1',
      'Add range',
      'Tuesday range 1 start',
      'Tuesday range 1 end',
      'Remove Tuesday range 1',
    ]);
    // On to Saturday's "Add range"; a native <button> turns Enter into a click.
    let focused = document.activeElement as HTMLElement;
    while (!(nameOf(focused) === 'Add range' && focused.closest('[aria-label="Saturday"]'))) {
      focused = tab();
    }
    expect(focused.tagName).toBe('BUTTON');
    expect(focused.getAttribute('type')).toBe('button');
    act(() => {
      fireEvent.keyDown(focused, { key: 'Enter' });
      focused.click();
    });
    const start = screen.getByLabelText('Saturday range 1 start');
    expect(document.activeElement).toBe(start);
    fireEvent.change(start, { target: { value: '09:00' } });
    expect((start as HTMLInputElement).value).toBe('09:00');
  });

  it('moves between tabs with the arrow keys', async () => {
    await renderAdmin();
    const first = screen.getByRole('tab', { name: 'Holiday sets' });
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(first.tabIndex).toBe(0);
    expect(screen.getByRole('tab', { name: 'Calendars' }).tabIndex).toBe(-1);
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const calendars = screen.getByRole('tab', { name: 'Calendars' });
    expect(document.activeElement).toBe(calendars);
    expect(calendars.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(calendars.id);
    fireEvent.keyDown(calendars, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Development' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await screen.findByLabelText('Handed over to development');
  });
});
