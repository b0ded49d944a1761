import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  EnvironmentVersionView,
  EnvironmentVersionsView,
} from '../../../../src/resolvers/environmentVersionsViews';
import { answerInvoke, resetBridge } from '../../../shared/test/bridgeMock';
import { curlExample } from '../environments/PipelineSecretBox';
import { answerDefaults, calls, renderAdmin } from './setup';

const URL = 'https://example.atlassian-dev.net/x1/environment-version';

const prod = (over: Partial<EnvironmentVersionView> = {}): EnvironmentVersionView => ({
  id: 'schultz-prod',
  name: 'Production',
  customer: 'Schultz A/S',
  product: 'ihlp',
  version: '5.3.0',
  source: 'pipeline',
  reportedAt: '2026-03-02T08:00:00.000Z',
  reportedBy: 'deploy-prod',
  history: [
    {
      reportId: 'r2',
      version: '5.3.0',
      source: 'pipeline',
      reportedBy: 'deploy-prod',
      reportedAt: '2026-03-02T08:00:00.000Z',
    },
    {
      reportId: 'r1',
      version: '5.2.9',
      source: 'admin',
      reportedBy: 'acc-admin',
      reportedAt: '2026-03-01T08:00:00.000Z',
    },
  ],
  waiting: [
    {
      caseId: '10001',
      caseKey: 'SUP-7',
      devKey: 'DEV-3',
      fixedIn: '5.4',
      closure: null,
      fixReached: false,
    },
  ],
  secret: { set: true, setAt: '2026-03-01T07:00:00.000Z', setBy: 'acc-admin' },
  ...over,
});

const view = (environments: EnvironmentVersionView[]): EnvironmentVersionsView => ({
  webTriggerUrl: URL,
  environments,
});

beforeEach(() => {
  resetBridge();
  answerDefaults();
  answerInvoke('listEnvironmentVersions', () => ({ ok: true, data: view([prod()]) }));
});

async function openEnvironments() {
  await renderAdmin();
  fireEvent.click(screen.getByRole('tab', { name: 'Environments' }));
  return screen.findByRole('article', { name: /Schultz A\/S · Production/ });
}

describe('the Environments tab', () => {
  it('shows each environment’s version, history, waiting cases and pipeline secret status', async () => {
    const card = await openEnvironments();
    expect(card.textContent).toContain('version 5.3.0 (from the pipeline');
    const rows = within(within(card).getByRole('table')).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'WhenVersionSourceBy',
      '2026-03-02T08:00:00.000Z5.3.0pipelinedeploy-prod',
      '2026-03-01T08:00:00.000Z5.2.9admin pageacc-admin',
    ]);
    const waiting = within(card).getByRole('list', { name: 'Cases waiting in schultz-prod' });
    expect(waiting.textContent).toBe('SUP-7 (development DEV-3) fixed in 5.4 — not installed yet');
    expect(card.textContent).toContain(
      'A pipeline secret is set (on 2026-03-01T07:00:00.000Z by acc-admin).',
    );
    expect(card.textContent).toContain(URL);
    expect(card.textContent).toContain('"environment": "schultz-prod"');
  });

  it('sets a version and shows the environment as the resolver returns it', async () => {
    answerInvoke('setEnvironmentVersion', (p) => ({
      ok: true,
      data: prod({ version: p.version as string, source: 'admin', reportedBy: 'acc-admin' }),
    }));
    const card = await openEnvironments();
    fireEvent.change(within(card).getByLabelText('New version of schultz-prod'), {
      target: { value: '5.4.1' },
    });
    fireEvent.click(within(card).getByRole('button', { name: 'Set version' }));
    await waitFor(() => expect(card.textContent).toContain('version 5.4.1 (from the admin page'));
    expect(calls('setEnvironmentVersion')).toEqual([
      { environment: 'schultz-prod', version: '5.4.1' },
    ]);
  });

  it('shows a refused version under its field', async () => {
    answerInvoke('setEnvironmentVersion', () => ({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.version', message: '"latest" is not a version' }],
      },
    }));
    const card = await openEnvironments();
    const input = within(card).getByLabelText('New version of schultz-prod');
    fireEvent.change(input, { target: { value: 'latest' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Set version' }));
    await within(card).findByText('"latest" is not a version');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(input.getAttribute('aria-describedby')!);
    expect(described?.textContent).toBe('"latest" is not a version');
  });

  it('rotates and clears the pipeline secret without ever showing it', async () => {
    answerInvoke('setEnvironmentSecret', () => ({
      ok: true,
      data: { set: true, setAt: '2026-03-02T09:00:00.000Z', setBy: 'acc-admin' },
    }));
    answerInvoke('clearEnvironmentSecret', () => ({
      ok: true,
      data: { set: false, setAt: null, setBy: null },
    }));
    const card = await openEnvironments();
    const box = within(card).getByRole('region', { name: 'Deployment pipeline of schultz-prod' });
    fireEvent.change(within(box).getByLabelText('Pipeline secret of schultz-prod'), {
      target: { value: 'a-new-secret-of-enough-length' },
    });
    fireEvent.click(within(box).getByRole('button', { name: 'Rotate secret' }));
    await within(box).findByText(/set \(on 2026-03-02T09:00:00.000Z by acc-admin\)/);
    expect(calls('setEnvironmentSecret')).toEqual([
      { environment: 'schultz-prod', secret: 'a-new-secret-of-enough-length' },
    ]);
    expect(box.textContent).not.toContain('a-new-secret-of-enough-length');
    fireEvent.click(within(box).getByRole('button', { name: 'Clear secret' }));
    await within(box).findByText(/No pipeline secret is set/);
    expect(calls('clearEnvironmentSecret')).toEqual([{ environment: 'schultz-prod' }]);
  });

  it('explains a refusal to load, such as a non-admin', async () => {
    answerInvoke('listEnvironmentVersions', () => ({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'Only Jira administrators can see and change environment versions.',
      },
    }));
    await renderAdmin();
    fireEvent.click(screen.getByRole('tab', { name: 'Environments' }));
    await screen.findByText('Only Jira administrators can see and change environment versions.');
  });

  it('gives a curl example that sends the secret as a Bearer token', () => {
    expect(curlExample(URL, 'gota-prod')).toContain("-H 'Authorization: Bearer $PIPELINE_SECRET'");
  });
});
