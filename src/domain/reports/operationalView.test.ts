import { endOfLocalDay, operationalView, type OpenGoal } from './operationalView';

const at = (text: string): number => Date.parse(text);
const goal = (
  issueKey: string,
  team: string | null,
  breachedAt: string | null,
  breachesAt: string | null,
): OpenGoal => ({
  issueKey,
  team,
  goal: 'resolution',
  goalName: 'Resolution time',
  internal: false,
  breachedAt: breachedAt === null ? null : at(breachedAt),
  breachesAt: breachesAt === null ? null : at(breachesAt),
});

describe('the operational view', () => {
  // 14:30 in Copenhagen (UTC+1 in December): the hour runs to 14:30Z, the day to 23:00Z.
  const now = at('2026-12-01T13:30Z');

  it("ends the viewer's day at their midnight, also across a DST change", () => {
    expect(endOfLocalDay(now, 'Europe/Copenhagen')).toBe(at('2026-12-01T23:00Z'));
    expect(endOfLocalDay(at('2026-03-29T00:30Z'), 'Europe/Copenhagen')).toBe(
      at('2026-03-29T22:00Z'),
    );
  });

  it('puts each goal in one bucket per team: breached, within the hour, later today', () => {
    const view = operationalView(
      [
        goal('SUP-1', 'blue', '2026-12-01T09:00Z', null), // breached this morning
        goal('SUP-2', 'blue', null, '2026-12-01T14:30Z'), // exactly an hour ahead: within the hour
        goal('SUP-3', 'blue', null, '2026-12-01T14:31Z'), // later today
        goal('SUP-4', 'red', null, '2026-12-01T23:00Z'), // at local midnight: still today
        goal('SUP-5', 'red', null, '2026-12-01T23:01Z'), // tomorrow: not shown
        goal('SUP-6', null, '2026-11-30T09:00Z', null), // breached yesterday, no team
        goal('SUP-7', 'red', null, null), // paused: nothing projected
      ],
      now,
      'Europe/Copenhagen',
    );
    expect(view.teams).toEqual([
      { team: 'blue', breached: 1, withinHour: 1, today: 1 },
      { team: 'red', breached: 0, withinHour: 0, today: 1 },
      { team: null, breached: 1, withinHour: 0, today: 0 },
    ]);
    expect(view.goals.map((g) => [g.issueKey, g.bucket])).toEqual([
      ['SUP-6', 'breached'],
      ['SUP-1', 'breached'],
      ['SUP-2', 'withinHour'],
      ['SUP-3', 'today'],
      ['SUP-4', 'today'],
    ]);
  });
});
