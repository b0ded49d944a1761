import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { answerInvoke, resetBridge } from '../../../shared/test/bridgeMock';
import { answerDefaults, lastCall, renderAdmin } from './setup';

beforeEach(() => {
  resetBridge();
  answerDefaults();
});

type Draft = Record<
  'holidaySets' | 'goals' | 'agreements' | 'actionModels',
  { [key: string]: unknown }[]
>;
const validatedDraft = () => (lastCall('validate') as { contract: Draft }).contract;

describe('editors', () => {
  it('holiday rules show the fields of their type; changing the type keeps name and closure', async () => {
    await renderAdmin();
    expect((screen.getByLabelText('Rule 1 name') as HTMLInputElement).value).toBe('Nytårsdag');
    expect((screen.getByLabelText('Rule 1 month') as HTMLSelectElement).value).toBe('1');
    expect(
      (screen.getByLabelText('Rule 2 days from Easter Sunday') as HTMLInputElement).value,
    ).toBe('-3');
    fireEvent.change(screen.getByLabelText('Rule 10 type'), {
      target: { value: 'weekdayOnOrAfter' },
    });
    expect((screen.getByLabelText('Rule 10 weekday') as HTMLSelectElement).value).toBe('fri');
    expect((screen.getByLabelText('Rule 10 closes from') as HTMLInputElement).value).toBe('12:00');
    await waitFor(() =>
      expect(validatedDraft().holidaySets[0]!.rules).toContainEqual({
        type: 'weekdayOnOrAfter',
        weekday: 'fri',
        month: 6,
        day: 5,
        name: 'Grundlovsdag (customary)',
        closedFrom: '12:00',
      }),
    );
  });

  it('goal warnings are edited as percentages and stored as fractions', async () => {
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'Goals' }));
    const second = screen.getByLabelText('Warning 2 (%)') as HTMLInputElement;
    expect(second.value).toBe('75');
    fireEvent.change(second, { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add warning' }));
    expect((screen.getByLabelText('Warning 3 (%)') as HTMLInputElement).value).toBe('90');
    await waitFor(() => expect(validatedDraft().goals[0]!.warnAt).toEqual([0.5, 0.8, 0.9]));
  });

  it('agreement targets follow the priority model and show errors at the target', async () => {
    answerInvoke('validate', (payload) => {
      const draft = payload.contract as Draft;
      const targets = (
        draft.agreements[0]!.obligations as { targets: Record<string, string> }[]
      )[0]!.targets;
      return {
        ok: true,
        data: {
          errors:
            targets['1'] === 'PT'
              ? [
                  {
                    path: '$.contract.agreements[0].obligations[0].targets["1"]',
                    message: '"PT" is not an ISO 8601 duration',
                  },
                ]
              : [],
        },
      };
    });
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'Agreements' }));
    const target = screen.getByLabelText('Obligation 1 target for Priority 1') as HTMLInputElement;
    expect(target.value).toBe('PT1H');
    fireEvent.change(target, { target: { value: 'PT' } });
    await waitFor(() => expect(target.getAttribute('aria-invalid')).toBe('true'));
    expect(
      document.getElementById(target.getAttribute('aria-describedby')!)!.textContent,
    ).toContain('is not an ISO 8601 duration');
    // Emptying a target removes the priority from the obligation.
    fireEvent.change(screen.getByLabelText('Obligation 1 target for Priority 5'), {
      target: { value: '' },
    });
    await waitFor(() =>
      expect(
        (validatedDraft().agreements[0]!.obligations as { targets: object }[])[0]!.targets,
      ).toEqual({ '1': 'PT', '2': 'PT4H', '3': 'PT8H', '4': 'P1D' }),
    );
  });

  it('agreement environments are those of its customer, as checkboxes', async () => {
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'Agreements' }));
    const group = screen.getByRole('group', { name: 'Environments' });
    const boxes = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, false, false, false]);
    fireEvent.click(within(group).getByRole('checkbox', { name: /^UAT \(schultz-uat/ }));
    await waitFor(() =>
      expect(validatedDraft().agreements[0]!.environments).toEqual(['schultz-prod', 'schultz-uat']),
    );
  });

  it('action model rules: event kinds with a status, and pause while in statuses', async () => {
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'Action models' }));
    fireEvent.click(screen.getByRole('button', { name: /^Resolution:/ }));
    expect((screen.getByLabelText('Pause rule 1 statuses') as HTMLInputElement).value).toBe(
      'Waiting for customer, Waiting for vendor',
    );
    fireEvent.change(screen.getByLabelText('Start rule 1 event'), {
      target: { value: 'statusEntered' },
    });
    fireEvent.change(screen.getByLabelText('Start rule 1 status'), {
      target: { value: 'In Progress' },
    });
    fireEvent.change(screen.getByLabelText('Pause rule 1 statuses'), {
      target: { value: 'Waiting for customer, On hold' },
    });
    await waitFor(() => {
      const model = validatedDraft().actionModels[1]!;
      expect(model.start).toEqual([{ on: 'statusEntered', status: 'In Progress' }]);
      expect(model.pause).toEqual([{ whileStatus: ['Waiting for customer', 'On hold'] }]);
    });
  });

  it('lists the audit trail with who, when and what changed', async () => {
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'History' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('current')).toBeTruthy();
    expect(within(rows[0]!).getByText('acc-admin')).toBeTruthy();
    expect(within(rows[0]!).getByText('dk-office')).toBeTruthy();
    expect(within(rows[1]!).getByText('second-line-pickup')).toBeTruthy();
  });
});

describe('customer contacts', () => {
  it('take an Atlassian account ID, so a contact whose e-mail Jira hides is still known', async () => {
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'Customers' }));
    fireEvent.change(screen.getByLabelText('Contact 1 account id'), {
      target: { value: '557058:mette' },
    });
    await waitFor(() =>
      expect(
        (lastCall('validate') as { contract: { customers: { contacts: unknown[] }[] } }).contract
          .customers[0]!.contacts[0],
      ).toMatchObject({ name: 'Mette Schultz', accountId: '557058:mette' }),
    );
  });
});

describe('every tab', () => {
  it('has unique DOM ids and a label for every control', async () => {
    await renderAdmin();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual([
      'Holiday sets',
      'Calendars',
      'Priority models',
      'Action models',
      'Goals',
      'Customers',
      'Agreements',
      'Import/Export',
      'Simulate',
      'History',
      'Settings',
      'Quality',
      'KPIs',
      'Environments',
      'Development',
    ]);
    for (const tab of tabs) {
      fireEvent.click(tab);
      if (tab.textContent === 'Simulate') {
        fireEvent.click(screen.getByRole('button', { name: 'Add pause' }));
      }
      if (tab.textContent === 'Settings') await screen.findByLabelText('Customer field');
      if (tab.textContent === 'Development') {
        await screen.findByLabelText('Development project key');
      }
      if (tab.textContent === 'KPIs') await screen.findByLabelText('Name of KPI 1');
      if (tab.textContent === 'Quality') {
        await screen.findByLabelText('Follow-up project key');
        await screen.findByText(/No signing secret is set/);
      }
      const ids = Array.from(document.querySelectorAll('[id]')).map((el) => el.id);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect({ tab: tab.textContent, duplicates }).toEqual({
        tab: tab.textContent,
        duplicates: [],
      });
      const unlabelled = Array.from(
        document.querySelectorAll<HTMLElement>('input, select, textarea, button'),
      ).filter((el) => {
        const label =
          el.getAttribute('aria-label') ||
          (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
          el.closest('label')?.textContent ||
          el.textContent;
        return !label || !label.trim();
      });
      expect({ tab: tab.textContent, unlabelled: unlabelled.map((el) => el.outerHTML) }).toEqual({
        tab: tab.textContent,
        unlabelled: [],
      });
      // aria-describedby and aria-controls only point at elements that exist.
      for (const el of Array.from(document.querySelectorAll('[aria-describedby]'))) {
        for (const id of el.getAttribute('aria-describedby')!.split(' ')) {
          expect({ id, found: !!document.getElementById(id) }).toEqual({ id, found: true });
        }
      }
    }
  });
});
