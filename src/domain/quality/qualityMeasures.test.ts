import { reportMonths } from '../reports/reportMonths';
import {
  qualityMeasuresFromRecords,
  type MeasuredFeedback,
  type MeasuredFollowUp,
  type MeasuredNonConformity,
} from './qualityMeasures';

const at = (iso: string): number => Date.parse(iso);
// October 2026 in Copenhagen: from 2026-09-30T22:00Z (UTC+2) to 2026-10-31T23:00Z (UTC+1 since
// the 25th); November is still running at `now`.
const months = reportMonths('2026-10', '2026-11', 'Europe/Copenhagen');
const now = at('2026-11-15T12:00Z');
const query = { months, now, timeZone: 'Europe/Copenhagen' };

const answer = (
  team: string | null,
  scale: 'csat' | 'nps',
  score: number,
  answeredAt: string,
  flagged = false,
): MeasuredFeedback => ({ team, scale, score, answeredAt: at(answeredAt), flagged });

const feedback: MeasuredFeedback[] = [
  // October, Support: CSAT 5 4 3 1 → 2 of 4 = 50 %; NPS 10 9 9 7 3 → (3 − 1) / 5 = 40.
  answer('Support', 'csat', 5, '2026-09-30T22:30Z'), // 00:30 on 1 October, local
  answer('Support', 'csat', 4, '2026-10-10T10:00Z'),
  answer('Support', 'csat', 3, '2026-10-11T10:00Z', true),
  answer('Support', 'csat', 1, '2026-10-12T10:00Z', true),
  answer('Support', 'nps', 10, '2026-10-13T10:00Z'),
  answer('Support', 'nps', 9, '2026-10-14T10:00Z'),
  answer('Support', 'nps', 9, '2026-10-15T10:00Z'),
  answer('Support', 'nps', 7, '2026-10-16T10:00Z'),
  answer('Support', 'nps', 3, '2026-10-17T10:00Z', true),
  // October, no team: one 5.
  answer(null, 'csat', 5, '2026-10-20T10:00Z'),
  // 00:30 on 1 November, local: November's.
  answer('Support', 'csat', 2, '2026-10-31T23:30Z', true),
  // Before the report: not counted.
  answer('Support', 'csat', 1, '2026-09-30T21:30Z', true),
];

const followUp = (dueAt: string, recordedAt: string | null): MeasuredFollowUp => ({
  team: 'Support',
  dueAt: at(dueAt),
  recordedAt: recordedAt === null ? null : at(recordedAt),
});

const followUps: MeasuredFollowUp[] = [
  // October: in time, late, and still open past its due time → 1 of 3.
  followUp('2026-10-05T12:00Z', '2026-10-05T12:00Z'),
  followUp('2026-10-06T12:00Z', '2026-10-07T09:00Z'),
  followUp('2026-10-08T12:00Z', null),
  // November: late and open; recorded early though due after now; open, due after now (not
  // judged yet) → 1 of 2.
  followUp('2026-11-03T12:00Z', null),
  followUp('2026-11-20T12:00Z', '2026-11-14T12:00Z'),
  followUp('2026-11-20T12:00Z', null),
];

const nonConformities: MeasuredNonConformity[] = [
  {
    id: 'nc-1',
    teams: ['Support'],
    raisedAt: at('2026-09-20T10:00Z'),
    closedAt: null,
    actions: [
      // Overdue at October's end (due on its last day) and still on 15 November.
      { dueDate: '2026-10-31', done: false },
      // Not due yet on 15 November.
      { dueDate: '2026-11-30', done: false },
      { dueDate: '2026-10-10', done: true },
    ],
  },
  // Closed in October after 10 and 20 days; nc-2 counts for Support and for no team.
  {
    id: 'nc-2',
    teams: ['Support', null],
    raisedAt: at('2026-10-01T10:00Z'),
    closedAt: at('2026-10-11T10:00Z'),
    actions: [],
  },
  {
    id: 'nc-3',
    teams: ['Support'],
    raisedAt: at('2026-10-05T10:00Z'),
    closedAt: at('2026-10-25T10:00Z'),
    actions: [],
  },
];

const none = {
  csatAnswers: 0,
  csatPercent: null,
  npsAnswers: 0,
  nps: null,
  flagged: 0,
  followUpsDue: 0,
  followUpsInTime: 0,
  followedUpInTimePercent: null,
  openNonConformities: 0,
  closedNonConformities: 0,
  capaCycleDays: null,
  overdueActions: 0,
};

describe('quality measures', () => {
  const measures = qualityMeasuresFromRecords(query, { feedback, followUps, nonConformities });

  it('give each team its month, computed by hand', () => {
    expect(measures.from).toBe('2026-10');
    expect(measures.to).toBe('2026-11');
    expect(measures.rows).toEqual([
      {
        month: '2026-10',
        team: 'Support',
        csatAnswers: 4,
        csatPercent: 50,
        npsAnswers: 5,
        nps: 40,
        flagged: 3,
        followUpsDue: 3,
        followUpsInTime: 1,
        followedUpInTimePercent: 100 / 3,
        openNonConformities: 1,
        closedNonConformities: 2,
        // Nearest rank: the lower middle of 10 and 20.
        capaCycleDays: 10,
        overdueActions: 1,
      },
      {
        ...none,
        month: '2026-10',
        team: null,
        csatAnswers: 1,
        csatPercent: 100,
        closedNonConformities: 1,
        capaCycleDays: 10,
      },
      {
        ...none,
        month: '2026-11',
        team: 'Support',
        csatAnswers: 1,
        csatPercent: 0,
        flagged: 1,
        followUpsDue: 2,
        followUpsInTime: 1,
        followedUpInTimePercent: 50,
        openNonConformities: 1,
        overdueActions: 1,
      },
    ]);
  });

  it('give CSAT % and NPS of each month over all teams, never mixing the scales', () => {
    expect(measures.months).toEqual([
      { month: '2026-10', csatAnswers: 5, csatPercent: 60, npsAnswers: 5, nps: 40 },
      { month: '2026-11', csatAnswers: 1, csatPercent: 0, npsAnswers: 0, nps: null },
    ]);
  });

  it('count a non-conformity without linked feedback for no team', () => {
    const alone = qualityMeasuresFromRecords(query, {
      feedback: [],
      followUps: [],
      nonConformities: [{ ...nonConformities[0]!, teams: [] }],
    });
    expect(alone.rows.map((r) => [r.month, r.team, r.openNonConformities])).toEqual([
      ['2026-10', null, 1],
      ['2026-11', null, 1],
    ]);
  });

  it('count actions overdue at a closed month’s end, whatever the date now', () => {
    const later = qualityMeasuresFromRecords(
      { ...query, now: at('2027-03-01T00:00Z') },
      { feedback: [], followUps: [], nonConformities: [nonConformities[0]!] },
    );
    // At November's end both open actions are overdue (the second was due on its last day).
    expect(later.rows.map((r) => [r.month, r.overdueActions])).toEqual([
      ['2026-10', 1],
      ['2026-11', 2],
    ]);
  });

  it('leave out a non-conformity raised after the month', () => {
    const raisedLater = qualityMeasuresFromRecords(query, {
      feedback: [],
      followUps: [],
      nonConformities: [{ ...nonConformities[0]!, raisedAt: at('2026-11-02T10:00Z') }],
    });
    expect(raisedLater.rows.map((r) => r.month)).toEqual(['2026-11']);
  });
});
