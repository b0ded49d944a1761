import fc from 'fast-check';
import { scoreDrops } from './scoreDrops';

const scores = (entries: Record<string, Record<string, number>>) =>
  new Map(Object.entries(entries).map(([area, months]) => [area, new Map(Object.entries(months))]));

describe('score drops', () => {
  it('are the areas scored lower than the month before', () => {
    expect(
      scoreDrops(
        '2026-01',
        scores({
          legal: { '2025-12': 80, '2026-01': 70 },
          security: { '2025-12': 60, '2026-01': 60 },
          vendors: { '2025-12': 50, '2026-01': 55 },
          training: { '2026-01': 10 },
        }),
      ),
    ).toEqual([{ areaId: 'legal', month: '2026-01', from: 80, to: 70 }]);
  });

  it('exist exactly when the score is lower, for any two scores', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (before, now) => {
          const drops = scoreDrops('2026-03', scores({ a: { '2026-02': before, '2026-03': now } }));
          expect(drops.length).toBe(now < before ? 1 : 0);
        },
      ),
    );
  });
});
