import { highestFixVersion } from './fixVersion';

describe('highestFixVersion', () => {
  it('takes the highest by version order, not by string', () => {
    expect(highestFixVersion(['5.9', '5.10'])).toEqual({ version: '5.10', unreadable: [] });
    expect(highestFixVersion(['5.10', '5.9', '5.10-rc.1']).version).toBe('5.10');
  });

  it('sets unreadable names aside and reports them', () => {
    const choice = highestFixVersion(['Sprint 12', '5.2']);
    expect(choice.version).toBe('5.2');
    expect(choice.unreadable).toHaveLength(1);
    expect(choice.unreadable[0]).toContain('Sprint 12');
    expect(highestFixVersion([])).toEqual({ version: null, unreadable: [] });
  });
});
