import { fireEvent, screen, within } from '@testing-library/react';
import { DEFAULT_KPI_CATALOGUE, type KpiCatalogue } from '../../../../src/domain/kpi/kpiCatalogue';
import { answerInvoke, invocations, resetBridge } from '../../../shared/test/bridgeMock';
import { answerDefaults, kpiCatalogueView, renderAdmin } from '../test/setup';

beforeEach(() => {
  resetBridge();
  answerDefaults();
});

async function openKpis() {
  await renderAdmin();
  fireEvent.click(screen.getByRole('tab', { name: 'KPIs' }));
  await screen.findByLabelText('Name of KPI 1');
}

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const saved = () =>
  invocations
    .filter((i) => i.functionKey === 'saveKpiCatalogue')
    .map((i) => i.payload as { settings: KpiCatalogue; baseVersion: number | null });

describe('the KPIs tab of the admin page', () => {
  it('edits, reorders, removes and adds KPIs, and saves against the version loaded', async () => {
    answerInvoke('saveKpiCatalogue', (p) => ({
      ok: true,
      data: { settings: p.settings, version: 1 },
    }));
    await openKpis();
    expect(input('Name of KPI 1').value).toBe('SLA compliance');
    fireEvent.change(input('Owner of KPI 1 (account id)'), { target: { value: 'acc-lead' } });
    fireEvent.change(input('Target of KPI 1'), { target: { value: '97.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move SLA compliance down' }));
    expect(input('Name of KPI 2').value).toBe('SLA compliance');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Customer churn' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a KPI' }));
    const last = DEFAULT_KPI_CATALOGUE.kpis.length;
    fireEvent.change(input(`Id of KPI ${last}`), { target: { value: 'attrition' } });
    fireEvent.change(input(`Source of KPI ${last}`), { target: { value: 'uptime' } });
    fireEvent.change(input(`Environment of KPI ${last}`), { target: { value: 'schultz-prod' } });
    fireEvent.change(input('Action project key'), { target: { value: 'QM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save KPI catalogue' }));
    await screen.findByText('KPI catalogue saved as version 1.');

    const [payload] = saved();
    expect(payload!.baseVersion).toBeNull();
    const { kpis, actions } = payload!.settings;
    expect(kpis.map((k) => k.id).slice(0, 2)).toEqual(['csat', 'sla-compliance']);
    expect(kpis[1]).toMatchObject({ owner: 'acc-lead', target: 97.5 });
    expect(kpis.some((k) => k.id === 'churn')).toBe(false);
    expect(kpis.at(-1)).toMatchObject({
      id: 'attrition',
      source: { kind: 'computed', metric: 'uptime', environment: 'schultz-prod' },
    });
    expect(actions.projectKey).toBe('QM');
  });

  it('shows the saver and each owner by display name beside the account id input', async () => {
    answerInvoke('getKpiCatalogue', () => ({
      ok: true,
      data: {
        ...kpiCatalogueView,
        catalogue: {
          ...DEFAULT_KPI_CATALOGUE,
          kpis: DEFAULT_KPI_CATALOGUE.kpis.map((k, i) => ({
            ...k,
            owner: i === 0 ? 'acc-lead' : 'acc-gone',
          })),
        },
        version: 2,
        savedBy: 'acc-admin',
        savedAt: '2026-11-30T10:00:00.000Z',
        // acc-gone: Jira returned no name, so none is shown beside it.
        names: { 'acc-lead': 'Lars Lead', 'acc-admin': 'Astrid Admin' },
      },
    }));
    await openKpis();
    expect(screen.getByText(/saved by Astrid Admin at/)).toBeTruthy();
    expect(input('Owner of KPI 1 (account id)').value).toBe('acc-lead');
    expect(screen.getByText('Owner: Lars Lead')).toBeTruthy();
    expect(screen.getAllByText(/^Owner: /)).toHaveLength(1);
  });

  it('shows each refused field’s message at the field, source settings included', async () => {
    answerInvoke('saveKpiCatalogue', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '2 problems in the request',
        errors: [
          { path: '$.settings.kpis[0].owner', message: 'must name the KPI’s owner (an account)' },
          { path: '$.settings.actions.issueType', message: 'QM has no issue type "Epic"' },
        ],
      },
    }));
    await openKpis();
    fireEvent.click(screen.getByRole('button', { name: 'Save KPI catalogue' }));
    await screen.findByText('2 problems in the request');
    const owner = input('Owner of KPI 1 (account id)');
    expect(owner.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(owner.getAttribute('aria-describedby')!)!.textContent).toBe(
      'must name the KPI’s owner (an account)',
    );
    expect(input('Action issue type').getAttribute('aria-invalid')).toBe('true');
    expect(input('Name of KPI 1').getAttribute('aria-invalid')).toBe('false');
  });

  it('says when another admin saved meanwhile', async () => {
    answerInvoke('saveKpiCatalogue', () => ({
      ok: false,
      error: { code: 'conflict', message: 'Another admin saved the KPI catalogue as version 2.' },
    }));
    await openKpis();
    fireEvent.click(screen.getByRole('button', { name: 'Save KPI catalogue' }));
    const message = await screen.findByText('Someone else changed this');
    expect(within(message.closest('section') ?? document.body).getByText(/version 2/)).toBeTruthy();
  });
});
