import { actionPlanDueDate, nextMonthKey, riskMonthKeys } from './riskMonths';

describe('risk months', () => {
  it('list keys and step across years', () => {
    expect(riskMonthKeys('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(nextMonthKey('2025-12')).toBe('2026-01');
  });

  it('date the action plan in the settings’ zone', () => {
    // 23:30 UTC on 31 December is already 1 January in Copenhagen.
    const t = Date.parse('2026-12-31T23:30:00Z');
    expect(actionPlanDueDate(t, 'UTC', 30)).toBe('2027-01-30');
    expect(actionPlanDueDate(t, 'Europe/Copenhagen', 30)).toBe('2027-01-31');
  });
});
