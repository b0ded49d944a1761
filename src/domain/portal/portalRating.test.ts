import type { HistoryEntry } from '../sla/types';
import { lastResolvedAt, portalRatingSourceId } from './portalRating';

describe('portal rating key', () => {
  const resolved = (at: string): HistoryEntry => ({ at, type: 'resolution', to: 'Done' });
  const reopened = (at: string): HistoryEntry => ({ at, type: 'resolution', to: null });
  const status = (at: string): HistoryEntry => ({ at, type: 'status', to: 'Closed' });

  it('is the last resolution, unless cleared since', () => {
    expect(lastResolvedAt([])).toBeNull();
    expect(
      lastResolvedAt([resolved('2026-03-02T10:00:00.000Z'), status('2026-03-03T00:00:00Z')]),
    ).toBe('2026-03-02T10:00:00.000Z');
    expect(
      lastResolvedAt([resolved('2026-03-02T10:00:00.000Z'), reopened('2026-03-03T10:00:00.000Z')]),
    ).toBeNull();
    expect(
      lastResolvedAt([
        resolved('2026-03-02T10:00:00.000Z'),
        reopened('2026-03-03T10:00:00.000Z'),
        resolved('2026-03-04T10:00:00.000Z'),
      ]),
    ).toBe('2026-03-04T10:00:00.000Z');
  });

  it('names the request, the resolution and the customer', () => {
    expect(portalRatingSourceId('SUP-1', '2026-03-02T10:00:00.000Z', 'acc-1')).toBe(
      'SUP-1/2026-03-02T10:00:00.000Z/acc-1',
    );
  });
});
