import type { ReportMonth } from '../reports/managementReport';
import {
  qualityMeasures,
  type FeedbackTally,
  type FollowUpTally,
  type MeasuredNonConformity,
} from '../quality/qualityMeasures';
import { everyTeamMeasures, qualityKpiValue, QUALITY_KPI_METRICS } from './qualityKpis';

const DAY = 86_400_000;
const JAN = Date.parse('2026-01-01T00:00Z');
const FEB = Date.parse('2026-02-01T00:00Z');
const MAR = Date.parse('2026-03-01T00:00Z');
const months: ReportMonth[] = [
  { key: '2026-01', start: JAN, end: FEB },
  { key: '2026-02', start: FEB, end: MAR },
];
const query = { months, now: MAR + DAY, timeZone: 'UTC' };

const feedback: FeedbackTally[] = [
  { month: '2026-01', team: 'A', scale: 'csat', score: 5, answers: 3, flagged: 0 },
  { month: '2026-01', team: 'B', scale: 'csat', score: 1, answers: 1, flagged: 1 },
  { month: '2026-01', team: 'A', scale: 'nps', score: 10, answers: 1, flagged: 0 },
  { month: '2026-01', team: null, scale: 'nps', score: 3, answers: 1, flagged: 1 },
];
const followUps: FollowUpTally[] = [
  { month: '2026-01', team: 'A', due: 2, inTime: 2 },
  { month: '2026-01', team: 'B', due: 2, inTime: 0 },
];
// Linked to feedback of two teams: one non-conformity, counted once over every team.
const nonConformities: MeasuredNonConformity[] = [
  { id: 'nc-1', teams: ['A', 'B'], raisedAt: JAN + DAY, closedAt: FEB + 3 * DAY, actions: [] },
  { id: 'nc-2', teams: ['A'], raisedAt: JAN + 2 * DAY, closedAt: null, actions: [] },
  { id: 'nc-3', teams: [], raisedAt: FEB + DAY, closedAt: FEB + 6 * DAY, actions: [] },
];

describe('quality KPIs over every team', () => {
  const rows = everyTeamMeasures(query, feedback, followUps, nonConformities);
  const value = (metric: (typeof QUALITY_KPI_METRICS)[number], month: string) =>
    qualityKpiValue(metric, rows.get(month));

  it('adds every team into one figure per month', () => {
    expect(value('csat', '2026-01')).toBe(75);
    expect(value('nps', '2026-01')).toBe(0);
    expect(value('follow-ups-in-time', '2026-01')).toBe(50);
    expect(value('open-non-conformities', '2026-01')).toBe(2);
    expect(value('open-non-conformities', '2026-02')).toBe(1);
    // Closed in February: 30 days (nc-1) and 5 (nc-3); the lower middle of two.
    expect(value('capa-cycle-time', '2026-02')).toBe(5);
  });

  it('agrees with the measures’ own month figures for CSAT and NPS', () => {
    const measures = qualityMeasures(query, feedback, followUps, nonConformities);
    for (const month of measures.months) {
      expect(value('csat', month.month)).toBe(month.csatPercent);
      expect(value('nps', month.month)).toBe(month.nps);
    }
  });

  it('is null with nothing to measure, except the count of open non-conformities', () => {
    const empty = everyTeamMeasures(query, [], [], []);
    for (const metric of QUALITY_KPI_METRICS)
      expect(qualityKpiValue(metric, empty.get('2026-02'))).toBe(
        metric === 'open-non-conformities' ? 0 : null,
      );
  });
});
