import { registerAt } from './registerAt';
import type { RiskFields } from './riskRecord';

const FIELDS: RiskFields = {
  title: 'Supplier fails',
  description: '',
  area: 'vendors',
  owner: null,
  level: 'medium',
  mitigation: 'Second supplier',
  status: 'open',
};

const revision = (
  riskId: string,
  n: number,
  changedAt: number,
  over: Partial<RiskFields> = {},
) => ({
  ...FIELDS,
  ...over,
  riskId,
  revision: n,
  changedAt,
});

describe('the register at an instant', () => {
  it('holds each risk’s newest revision saved before it, and no risk saved later', () => {
    const revisions = [
      revision('a', 1, 10),
      revision('a', 2, 20, { level: 'high' }),
      revision('a', 3, 30, { status: 'closed' }),
      revision('b', 1, 25),
    ];
    expect(registerAt(revisions, 21).map((r) => [r.riskId, r.level, r.status])).toEqual([
      ['a', 'high', 'open'],
    ]);
    expect(registerAt(revisions, 31).map((r) => [r.riskId, r.revision])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
    // A revision at the very instant the month ends belongs to the next month.
    expect(registerAt(revisions, 10)).toEqual([]);
  });
});
