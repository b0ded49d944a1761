import { fireEvent, render, screen } from '@testing-library/react';
import { answerInvoke, invocations, resetBridge } from '../../shared/test/bridgeMock';
import {
  managementReport,
  operational,
  qualityMeasures,
  reportList,
} from '../../reports/src/fixtures';
import { GlobalPage } from './GlobalPage';
import { page } from './fixtures';

beforeEach(() => {
  resetBridge();
  answerInvoke('getWorkList', () => ({ ok: true, data: page([]) }));
  answerInvoke('getOperationalView', () => ({ ok: true, data: operational }));
  answerInvoke('listReports', () => ({ ok: true, data: reportList }));
  answerInvoke('getManagementReport', (p) => ({
    ok: true,
    data: managementReport(String(p.from ?? '2025-12'), String(p.to ?? '2026-11')),
  }));
  answerInvoke('getQualityMeasures', (p) => ({
    ok: true,
    data: qualityMeasures(String(p.from ?? '2025-12'), String(p.to ?? '2026-11')),
  }));
});

describe('the global page', () => {
  it('opens on the work list and loads the reports only when their tab is chosen', async () => {
    render(<GlobalPage />);
    expect(
      (await screen.findByRole('tab', { name: 'Work list' })).getAttribute('aria-selected'),
    ).toBe('true');
    await screen.findByRole('heading', { level: 1, name: 'SLA work list' });
    expect(invocations.map((i) => i.functionKey)).toEqual(['getWorkList']);
    fireEvent.click(screen.getByRole('tab', { name: 'Reports' }));
    await screen.findByRole('heading', { level: 1, name: 'SLA reports' });
    await screen.findByRole('img', { name: 'Compliance per month' });
    expect(screen.queryByRole('heading', { name: 'SLA work list' })).toBeNull();
  });
});
