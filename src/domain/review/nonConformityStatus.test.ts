import fc from 'fast-check';
import { NEW_CAPA, type Capa } from '../quality/capa';
import type { MeasuredNonConformity } from '../quality/qualityMeasures';
import { reportMonths } from '../reports/reportMonths';
import { nonConformityStatus, REASON_LENGTH } from './nonConformityStatus';

const months = reportMonths('2025-01', '2025-03', 'UTC');
const [jan, feb, mar] = months as [(typeof months)[0], (typeof months)[0], (typeof months)[0]];
const NOW = Date.parse('2025-06-01T00:00:00Z');
const nc = (
  raisedAt: number,
  closedAt: number | null,
  actions: MeasuredNonConformity['actions'] = [],
): MeasuredNonConformity => ({ id: `nc-${raisedAt}`, teams: [], raisedAt, closedAt, actions });

describe('the status of non-conformities', () => {
  it('counts raised, closed and open month by month, and overdue actions at each month end', () => {
    const alive = [
      nc(jan.start - 1, null, [
        { dueDate: '2025-01-15', done: false },
        { dueDate: '2025-03-31', done: false },
      ]),
      nc(jan.start + 10, feb.start + 10),
      nc(mar.start + 10, mar.start + 20),
    ];
    const status = nonConformityStatus(months, alive, [], NOW, 'UTC');
    expect(status.months).toEqual([
      { month: '2025-01', raised: 1, closed: 0, openAtEnd: 2, overdueActionsAtEnd: 1 },
      { month: '2025-02', raised: 0, closed: 1, openAtEnd: 1, overdueActionsAtEnd: 1 },
      { month: '2025-03', raised: 1, closed: 1, openAtEnd: 1, overdueActionsAtEnd: 1 },
    ]);
    expect([status.raisedInPeriod, status.closedInPeriod, status.openAtPeriodEnd]).toEqual([
      2, 2, 1,
    ]);
  });

  it('lists the open ones by CAPA step with overdue actions and checks, shortening reasons', () => {
    const capa = (patch: Partial<Capa>): Capa => ({ ...NEW_CAPA, ...patch });
    const status = nonConformityStatus(
      months,
      [],
      [
        {
          issueKey: 'QM-2',
          raisedAt: 2,
          reason: 'x'.repeat(REASON_LENGTH + 50),
          capa: capa({ step: 'effectivenessCheck', checkDueAt: NOW - 1 }),
        },
        {
          issueKey: 'QM-1',
          raisedAt: 1,
          reason: 'Slow answers',
          capa: capa({
            step: 'correctiveActions',
            actions: [
              {
                kind: 'corrective',
                issueKey: 'QM-5',
                owner: 'a',
                dueDate: '2025-05-01',
                done: false,
              },
              {
                kind: 'corrective',
                issueKey: 'QM-6',
                owner: 'a',
                dueDate: '2025-07-01',
                done: false,
              },
              {
                kind: 'corrective',
                issueKey: 'QM-7',
                owner: 'a',
                dueDate: '2025-01-01',
                done: true,
              },
            ],
          }),
        },
        // A claim whose issue was never created is not a non-conformity to review.
        { issueKey: null, raisedAt: 3, reason: 'pending', capa: NEW_CAPA },
      ],
      NOW,
      'UTC',
    );
    expect(
      status.open.items.map((i) => [i.issueKey, i.step, i.openActions, i.overdueActions]),
    ).toEqual([
      ['QM-1', 'correctiveActions', 2, 1],
      ['QM-2', 'effectivenessCheck', 0, 0],
    ]);
    expect(status.open.items[1]!.reason).toHaveLength(REASON_LENGTH);
    expect(status.open.items[1]!.checkOverdue).toBe(true);
    expect(status.open).toMatchObject({ total: 2, overdueActions: 1, overdueChecks: 1 });
    expect(status.open.byStep.find((s) => s.step === 'correctiveActions')?.count).toBe(1);
    expect(status.open.byStep.map((s) => s.step)).not.toContain('closed');
  });

  it('adds the months up to the period (property)', () => {
    const instant = fc.integer({ min: jan.start - 30 * 86_400_000, max: mar.end + 86_400_000 });
    fc.assert(
      fc.property(
        fc.array(
          fc
            .tuple(instant, fc.option(fc.nat({ max: 60 * 86_400_000 })))
            .map(([raised, lasts]) => nc(raised, lasts === null ? null : raised + lasts)),
        ),
        (alive) => {
          const status = nonConformityStatus(months, alive, [], NOW, 'UTC');
          const sum = (k: 'raised' | 'closed') => status.months.reduce((n, m) => n + m[k], 0);
          expect(sum('raised')).toBe(status.raisedInPeriod);
          expect(sum('closed')).toBe(status.closedInPeriod);
          expect(status.months[2]!.openAtEnd).toBe(status.openAtPeriodEnd);
          // Open at a month's end: open at the previous end, plus raised, minus closed in it.
          for (let i = 1; i < 3; i += 1) {
            const m = status.months[i]!;
            expect(m.openAtEnd).toBe(status.months[i - 1]!.openAtEnd + m.raised - m.closed);
          }
        },
      ),
    );
  });
});
