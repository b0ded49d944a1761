import { fireEvent, render, screen, within } from '@testing-library/react';
import { answerInvoke, invocations, resetBridge } from '../../shared/test/bridgeMock';
import { App } from './App';
import { capaData } from './fixtures';

beforeEach(() => resetBridge());

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('CAPA panel', () => {
  it('says so on an issue that is not a non-conformity', async () => {
    answerInvoke('getCapa', () => ({ ok: true, data: { nonConformity: false } }));
    render(<App />);
    expect(await screen.findByText('Not a non-conformity')).toBeTruthy();
    // The issue key comes from the frame's context.
    expect(invocations).toEqual([{ functionKey: 'getCapa', payload: { issueKey: 'SUP-1' } }]);
  });

  it('shows where the CAPA stands, the evidence and the trail', async () => {
    answerInvoke('getCapa', () => ({ ok: true, data: capaData() }));
    render(<App />);
    const header = await screen.findByRole('region', { name: 'Where the CAPA stands' });
    expect(within(header).getByRole('heading').textContent).toBe('Containment and correction');
    expect(
      within(header).getByText('Containment and correction', { selector: '[aria-current]' }),
    ).toBeTruthy();
    expect(header.textContent).toContain('SUP-1');
    const trail = screen.getByRole('region', { name: 'Audit trail' });
    expect(trail.textContent).toContain('raise');
    expect(trail.textContent).toContain('2026-03-02 09:00');
  });

  it('keeps a step’s button disabled with the reason until its fields are filled', async () => {
    answerInvoke('getCapa', () => ({ ok: true, data: capaData() }));
    answerInvoke('applyCapaCommand', () => ({
      ok: true,
      data: capaData({ step: 'causeDecision', containment: 'Paused', correction: 'Called' }),
    }));
    render(<App />);
    await screen.findByRole('form', { name: 'Containment and correction' });
    expect(button('Record containment').disabled).toBe(true);
    expect(screen.getByText('Fill in the containment.')).toBeTruthy();
    type('Containment: what stops the harm now', 'Paused');
    type('Correction: what fixes this occurrence', 'Called');
    expect(button('Record containment').disabled).toBe(false);
    fireEvent.click(button('Record containment'));
    await screen.findByRole('form', { name: 'Action on the cause' });
    expect(invocations.at(-1)).toEqual({
      functionKey: 'applyCapaCommand',
      payload: {
        issueKey: 'SUP-1',
        command: { type: 'contain', containment: 'Paused', correction: 'Called' },
      },
    });
    expect(screen.getByRole('region', { name: 'Recorded' }).textContent).toContain('Paused');
  });

  it('sends the 5 whys and the fishbone, one cause per line', async () => {
    answerInvoke('getCapa', () => ({ ok: true, data: capaData({ step: 'rootCause' }) }));
    answerInvoke('applyCapaCommand', () => ({
      ok: true,
      data: capaData({ step: 'correctiveActions' }),
    }));
    render(<App />);
    await screen.findByRole('form', { name: 'Root cause analysis' });
    expect(button('Record root cause').disabled).toBe(true);
    type('Why 1?', 'Export failed');
    type('Why 2?', 'Disk full');
    type('Tools', 'No disk alert\n\nOld server');
    type('Root cause', 'No capacity monitoring');
    fireEvent.click(button('Record root cause'));
    await screen.findByRole('region', { name: 'Corrective actions' });
    expect(invocations.at(-1)!.payload.command).toEqual({
      type: 'analyseRootCause',
      whys: ['Export failed', 'Disk full'],
      fishbone: { tools: ['No disk alert', 'Old server'] },
      rootCause: 'No capacity monitoring',
    });
  });

  it('disables completing corrective actions while the domain says one is open', async () => {
    const action = {
      kind: 'corrective' as const,
      issueKey: 'QM-2',
      owner: 'acc-1',
      dueDate: '2026-03-20',
      done: false,
    };
    answerInvoke('getCapa', () => ({
      ok: true,
      data: capaData(
        { step: 'correctiveActions', actions: [action] },
        {
          blockers: {
            completeCorrective: ['QM-2 is still open'],
            completePreventive: [],
            checkEffectiveness: [],
          },
        },
      ),
    }));
    render(<App />);
    await screen.findByRole('region', { name: 'Corrective actions' });
    const complete = button('Complete corrective actions');
    expect(complete.disabled).toBe(true);
    expect(complete.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(complete.getAttribute('aria-describedby')!)!.textContent).toBe(
      'QM-2 is still open',
    );
    expect(screen.getByRole('region', { name: 'Actions' }).textContent).toContain('Open');
  });

  it('creates an action issue with owner and due date, and shows the refusal it gets', async () => {
    answerInvoke('getCapa', () => ({ ok: true, data: capaData({ step: 'correctiveActions' }) }));
    answerInvoke('applyCapaCommand', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.command.action.dueDate', message: 'must be a date as YYYY-MM-DD' }],
      },
    }));
    render(<App />);
    await screen.findByRole('form', { name: 'New corrective action' });
    expect(button('Create action issue').disabled).toBe(true);
    type('Owner (account id)', 'acc-agent-1');
    type('Due date', '2026-03-20');
    type('Summary of a new action issue', 'Add a disk alert');
    fireEvent.click(button('Create action issue'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('$.command.action.dueDate: must be a date as YYYY-MM-DD');
    expect(invocations.at(-1)!.payload.command).toEqual({
      type: 'createAction',
      action: {
        kind: 'corrective',
        summary: 'Add a disk alert',
        owner: 'acc-agent-1',
        dueDate: '2026-03-20',
      },
    });
  });

  it('needs a reason when no preventive action is taken, and sends the window', async () => {
    answerInvoke('getCapa', () => ({ ok: true, data: capaData({ step: 'preventiveActions' }) }));
    answerInvoke('applyCapaCommand', () => ({
      ok: true,
      data: capaData({ step: 'effectivenessCheck' }),
    }));
    render(<App />);
    await screen.findByRole('region', { name: 'Preventive actions' });
    expect(button('Complete preventive actions').disabled).toBe(true);
    type('Or why no preventive action is needed', 'The alert covers it');
    fireEvent.change(screen.getByLabelText('Observation window before the effectiveness check'), {
      target: { value: '60' },
    });
    fireEvent.click(button('Complete preventive actions'));
    await screen.findByRole('form', { name: 'Effectiveness check' });
    expect(invocations.at(-1)!.payload.command).toEqual({
      type: 'completePreventive',
      observationDays: 60,
      noPreventiveReason: 'The alert covers it',
    });
  });

  it('shows why the effectiveness check cannot be recorded yet', async () => {
    answerInvoke('getCapa', () => ({
      ok: true,
      data: capaData(
        { step: 'effectivenessCheck' },
        {
          blockers: {
            completeCorrective: [],
            completePreventive: [],
            checkEffectiveness: ['the observation window ends 2026-04-01'],
          },
        },
      ),
    }));
    render(<App />);
    await screen.findByRole('form', { name: 'Effectiveness check' });
    fireEvent.click(screen.getByLabelText('Effective: close the non-conformity'));
    type('Evidence', 'No complaints');
    expect(button('Record the check').disabled).toBe(true);
    expect(screen.getByText('the observation window ends 2026-04-01')).toBeTruthy();
  });

  it('lets people who may not change it read it, without forms', async () => {
    answerInvoke('getCapa', () => ({ ok: true, data: capaData({}, { canChange: false }) }));
    render(<App />);
    expect(
      await screen.findByText('Only Jira administrators and team leads can change a CAPA.'),
    ).toBeTruthy();
    expect(screen.queryByRole('form')).toBeNull();
  });
});
