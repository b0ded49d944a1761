import { readQualityMeasuresRequest } from './qualityMeasuresRequest';

describe('a quality measures request', () => {
  it('takes both months or neither', () => {
    expect(readQualityMeasuresRequest({ from: '2026-01', to: '2026-03' })).toEqual({
      request: { from: '2026-01', to: '2026-03' },
    });
    expect(readQualityMeasuresRequest({})).toEqual({ request: {} });
    expect(readQualityMeasuresRequest({ from: '2026-01' })).toEqual({
      errors: [{ path: '$.to', message: 'must be given with the other month, as YYYY-MM' }],
    });
  });

  it('refuses malformed, reversed and too long runs as the management report does', () => {
    expect(readQualityMeasuresRequest({ from: '2026-13', to: 3 })).toEqual({
      errors: [
        { path: '$.from', message: 'must be a month as YYYY-MM, not "2026-13"' },
        { path: '$.to', message: 'must be a month as YYYY-MM, not a number' },
      ],
    });
    expect(readQualityMeasuresRequest({ from: '2026-03', to: '2026-01' })).toEqual({
      errors: [{ path: '$.to', message: 'must not be before from' }],
    });
    expect(readQualityMeasuresRequest({ from: '2024-01', to: '2026-01' })).toEqual({
      errors: [{ path: '$.to', message: 'a report covers at most 24 months' }],
    });
  });

  it('refuses fields of its own only, not the management report’s', () => {
    expect(
      readQualityMeasuresRequest({ from: '2026-01', to: '2026-02', grouping: 'team', x: 1 }),
    ).toEqual({
      errors: [
        { path: '$.grouping', message: 'is not a field of the request' },
        { path: '$.x', message: 'is not a field of the request' },
      ],
    });
  });
});
