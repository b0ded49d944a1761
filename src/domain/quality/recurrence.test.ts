import fc from 'fast-check';
import type { Feedback } from './feedback';
import { findRecurrences, groupKey, planRecurrences } from './recurrence';
import type { RecurrenceRule } from './qualityRules';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const RULE: RecurrenceRule = { count: 3, windowDays: 30, rate: null };

let n = 0;
const feedback = (daysAgo: number, over: Partial<Feedback> = {}): Feedback => ({
  id: `f${++n}`,
  source: 'app',
  sourceId: `s${n}`,
  scale: 'csat',
  score: 1,
  reason: null,
  comment: null,
  issueKey: `SUP-${n}`,
  customer: 'acme',
  product: null,
  component: null,
  team: null,
  answeredAt: NOW - daysAgo * DAY,
  ...over,
});

describe('recurrence of negative feedback', () => {
  it('finds a group with three in 30 days, and not one with two', () => {
    const found = findRecurrences(
      [feedback(1), feedback(10), feedback(29), feedback(2, { customer: 'fjord' })],
      RULE,
      NOW,
    );
    expect(found.map((r) => groupKey(r.group))).toEqual(['customer:acme']);
    expect(found[0]!.feedback.map((f) => f.answeredAt)).toEqual(
      [29, 10, 1].map((d) => NOW - d * DAY),
    );
  });

  it('leaves out feedback older than the window, exactly at its edge', () => {
    expect(findRecurrences([feedback(1), feedback(2), feedback(30)], RULE, NOW)).toEqual([]);
    expect(findRecurrences([feedback(1), feedback(2), feedback(29.99)], RULE, NOW)).toHaveLength(1);
  });

  it('groups by each dimension on its own', () => {
    const found = findRecurrences(
      [
        feedback(1, { customer: 'a', reason: 'slow' }),
        feedback(2, { customer: 'b', reason: 'slow' }),
        feedback(3, { customer: 'c', reason: 'slow', product: 'ihlp' }),
      ],
      RULE,
      NOW,
    );
    expect(found.map((r) => groupKey(r.group))).toEqual(['reason:slow']);
  });

  it('with a rate rule, needs the window well above the baseline', () => {
    const rule: RecurrenceRule = { ...RULE, rate: { baselineDays: 90, factor: 2 } };
    const window = [feedback(1), feedback(2), feedback(3)];
    // 3 in 30 days is 0.1/day; 6 in the 90 days before is 0.067/day, not twice.
    const usual = [40, 50, 60, 70, 80, 90].map((d) => feedback(d));
    expect(findRecurrences([...window, ...usual], rule, NOW)).toEqual([]);
    // 3 in the 90 days before is 0.033/day: 0.1 is three times that.
    const found = findRecurrences([...window, ...usual.slice(0, 3)], rule, NOW);
    expect(found).toHaveLength(1);
    expect(found[0]!.baselineCount).toBe(3);
    expect(findRecurrences(window, rule, NOW)[0]!.baselineCount).toBe(0);
  });

  it('never counts feedback from after now', () => {
    expect(findRecurrences([feedback(1), feedback(2), feedback(-1)], RULE, NOW)).toEqual([]);
  });

  it('crosses the count rule exactly when the window holds enough (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 60, noNaN: true }), { maxLength: 8 }),
        (days) => {
          const inWindow = days.filter((d) => d < 30).length;
          const found = findRecurrences(
            days.map((d) => feedback(d)),
            RULE,
            NOW,
          );
          return found.length === (inWindow >= 3 ? 1 : 0);
        },
      ),
    );
  });
});

describe('planning the recurrence job', () => {
  it('raises one non-conformity per group without an open one, and links later feedback', () => {
    const old = [feedback(1), feedback(2), feedback(3)];
    const found = findRecurrences(old, RULE, NOW);
    expect(planRecurrences(found, old, new Map(), new Set()).raise).toHaveLength(1);

    const later = feedback(0);
    const open = new Map([['customer:acme', 'QM-1']]);
    const linked = new Set(old.map((f) => `QM-1|${f.id}`));
    const plan = planRecurrences(
      findRecurrences([...old, later], RULE, NOW),
      [...old, later],
      open,
      linked,
    );
    expect(plan.raise).toEqual([]);
    expect(plan.link).toEqual([{ nonConformity: 'QM-1', feedback: later }]);
  });

  it('raises one non-conformity when the same answers cross the rule in several groups', () => {
    const same = [1, 2, 3].map((d) => feedback(d, { product: 'ihlp', reason: 'slow' }));
    const found = findRecurrences(same, RULE, NOW);
    expect(found.map((r) => groupKey(r.group))).toEqual([
      'customer:acme',
      'product:ihlp',
      'reason:slow',
    ]);
    const plan = planRecurrences(found, same, new Map(), new Set());
    expect(plan.raise.map((r) => groupKey(r.group))).toEqual(['customer:acme']);

    // The next day: the customer's non-conformity holds the answers; the other groups raise none.
    const linked = new Set(same.map((f) => `nc-1|${f.id}`));
    const next = planRecurrences(found, same, new Map([['customer:acme', 'nc-1']]), linked);
    expect(next.raise).toEqual([]);

    // A group with an answer that is nobody's evidence yet is raised.
    const other = feedback(1, { customer: 'fjord', product: 'ihlp' });
    const more = findRecurrences([...same, other], RULE, NOW);
    const plan2 = planRecurrences(
      more,
      [...same, other],
      new Map([['customer:acme', 'nc-1']]),
      linked,
    );
    expect(plan2.raise.map((r) => groupKey(r.group))).toEqual(['product:ihlp']);
  });
});
