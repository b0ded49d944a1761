import type { KpiTrend } from '../../domain/kpi/kpiTrend';
import { adfToText } from '../../jira/adf';
import { findingTexts, kpiActionDescription, kpiActionSummary } from './kpiActionContent';

const trend: KpiTrend = {
  id: 'uptime',
  name: 'Uptime',
  unit: '%',
  direction: 'higher',
  target: 99.9,
  owner: 'acc-lead',
  source: 'uptime:schultz-prod',
  months: [
    { month: '2026-09', value: 99.95, meetsTarget: true },
    { month: '2026-10', value: 99.91, meetsTarget: true },
    { month: '2026-11', value: 99.8123456, meetsTarget: false },
  ],
};
const findings = {
  missed: { value: 99.8123456, target: 99.9 },
  worsening: [99.95, 99.91, 99.8123456] as const,
};

describe('a KPI action issue’s content', () => {
  it('says why with the numbers, in the KPI’s unit and direction', () => {
    expect(findingTexts(trend, findings)).toEqual([
      'Missed the target: 99.812 % against at least 99.9 %.',
      'Worsened two months in a row: 99.95 % → 99.91 % → 99.812 %.',
    ]);
    expect(
      findingTexts(
        { ...trend, unit: 'days', direction: 'lower' },
        { missed: { value: 70, target: 60 }, worsening: null },
      ),
    ).toEqual(['Missed the target: 70 days against at most 60 days.']);
  });

  it('names the KPI and the month, and lists its values against the target', () => {
    expect(kpiActionSummary(trend, '2026-11', findings)).toBe(
      'KPI action: Uptime missed its target in 2026-11',
    );
    expect(
      kpiActionSummary(trend, '2026-11', { missed: null, worsening: findings.worsening }),
    ).toBe('KPI action: Uptime worsened in 2026-11');
    const text = adfToText(kpiActionDescription(trend, '2026-11', findings));
    expect(text).toContain('The KPI "Uptime" (uptime:schultz-prod) needs action for 2026-11.');
    expect(text).toContain('Target: at least 99.9 % (higher is better).');
    expect(text).toContain('2026-1199.812 %no');
  });
});
