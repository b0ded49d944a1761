import fc from 'fast-check';
import { DEFAULT_KPI_CATALOGUE } from './kpiCatalogue';
import { readKpiValueRequest } from './kpiValueRequest';

const read = (payload: unknown) => readKpiValueRequest(payload, DEFAULT_KPI_CATALOGUE, '2026-11');
const paths = (payload: unknown) => {
  const result = read(payload);
  return 'errors' in result ? result.errors.map((e) => e.path) : [];
};

describe('readKpiValueRequest', () => {
  it('takes a manual KPI’s value for the current or a past month', () => {
    const result = read({ kpiId: 'enps', month: '2026-11', value: -12 });
    expect(
      'request' in result && [result.request.kpi.id, result.request.month, result.request.value],
    ).toEqual(['enps', '2026-11', -12]);
    expect(paths({ kpiId: 'churn', month: '2025-01', value: 4.2 })).toEqual([]);
  });

  it('names every wrong field', () => {
    expect(paths({ kpiId: 'revenue', month: '2026-13', value: '5', note: 1 })).toEqual([
      '$.note',
      '$.kpiId',
      '$.month',
      '$.value',
    ]);
    expect(paths('x')).toEqual(['$']);
  });

  it('names a KPI id that is not text without echoing it (a deep array, a huge object)', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5_000; i++) deep = [deep];
    const result = read({ kpiId: deep, month: '2026-10', value: 1 });
    expect('errors' in result && result.errors).toEqual([
      { path: '$.kpiId', message: "must be a KPI's id, not an array" },
    ]);
  });

  it('refuses a computed KPI, a month in the future and a % outside 0–100', () => {
    expect(paths({ kpiId: 'csat', month: '2026-10', value: 90 })).toEqual(['$.kpiId']);
    expect(paths({ kpiId: 'enps', month: '2026-12', value: 1 })).toEqual(['$.month']);
    expect(paths({ kpiId: 'churn', month: '2026-10', value: 101 })).toEqual(['$.value']);
  });

  it('refuses every value that is not a finite number', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(Number.NaN), fc.constant(Infinity), fc.string(), fc.constant(null)),
        (value) => paths({ kpiId: 'enps', month: '2026-10', value }).includes('$.value'),
      ),
    );
  });
});
