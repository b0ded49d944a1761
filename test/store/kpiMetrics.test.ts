/**
 * The KPI sources read from SQL equal their definitions over the same records in memory: SLA
 * compliance (the management report's, customer-facing goals only), the quality KPIs over every
 * team, complaints received and uptime.
 */
import {
  everyTeamMeasures,
  qualityKpiValue,
  QUALITY_KPI_METRICS,
} from '../../src/domain/kpi/qualityKpis';
import { uptimeByMonth } from '../../src/domain/kpi/uptime';
import { DEFAULT_KPI_SOURCE_SETTINGS } from '../../src/domain/kpi/kpiSourceSettings';
import { NEW_CAPA } from '../../src/domain/quality/capa';
import {
  tallyFeedback,
  tallyFollowUps,
  type MeasuredFeedback,
} from '../../src/domain/quality/qualityMeasures';
import { managementReportFromFacts } from '../../src/domain/reports/managementReport';
import { reportMonths } from '../../src/domain/reports/reportMonths';
import { seededRandom } from '../../src/domain/seededRandom';
import { complaintsByMonth } from '../../src/services/kpi/complaintsMetric';
import { qualityKpiByMonth } from '../../src/services/kpi/qualityMetric';
import { slaComplianceByMonth } from '../../src/services/kpi/slaComplianceMetric';
import { uptimeMetricByMonth } from '../../src/services/kpi/uptimeMetric';
import { insertFeedback } from '../../src/storage/quality/feedbackRecords';
import { insertFollowUp, recordFollowUpOutcome } from '../../src/storage/quality/followUpRecords';
import {
  claimNonConformity,
  linkFeedback,
  nonConformityOfIssue,
  recordIssueKey,
  updateCapa,
} from '../../src/storage/quality/nonConformities';
import { writeIssueFacts } from '../../src/storage/sql/issueFacts';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { insertFacts, issueFactsOf, syntheticFacts } from '../support/reportFacts';
import { testDatabase } from '../support/testDatabase';

const DAY = 86_400_000;
const TZ = 'Europe/Copenhagen';
const FIRST = Date.parse('2026-08-01T00:00Z');
const LAST = Date.parse('2026-12-31T00:00Z');
// October ends in the DST change; December is still running at `now`.
const months = reportMonths('2026-09', '2026-12', TZ);
const now = Date.parse('2026-12-15T12:00Z');

describe('KPI sources in SQL', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('SLA compliance: the management report’s month compliance of customer-facing goals', async () => {
    const facts = syntheticFacts(300, FIRST, LAST);
    await insertFacts(db, facts);
    const report = managementReportFromFacts(facts.cases, facts.cycles, {
      months,
      grouping: 'team',
      goals: 'sla',
      measures: { reaction: [], resolution: [] },
    });
    const values = await slaComplianceByMonth(db, months, now);
    expect([...values]).toEqual(report.months.map((m) => [m.month, m.compliancePct]));
    // Internal goals are left out: a different figure from all goals in some month.
    const all = managementReportFromFacts(facts.cases, facts.cycles, {
      months,
      grouping: 'team',
      goals: 'all',
      measures: { reaction: [], resolution: [] },
    });
    expect(all.months.map((m) => m.compliancePct)).not.toEqual([...values.values()]);
  });

  it('uptime: the incidents of the types, priorities and environment chosen, as defined', async () => {
    const random = seededRandom(11);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const rows = issueFactsOf(syntheticFacts(200, FIRST, LAST, 5), now).map((f) => ({
      ...f,
      issue: {
        ...f.issue,
        // Some by the contract priority's name, some by its id, some by Jira's name only.
        priority_name: pick(['Priority 1', 'Priority 2', 'Red', 'Highest']),
        priority: pick(['1', '2', null]),
        environment: pick(['prod', 'uat', null]),
        // Short outages: hours, not days.
        resolved_at:
          f.issue.resolved_at === null
            ? null
            : Number(f.issue.created_at) + Math.floor(random() * 10 * 3_600_000),
      },
    }));
    await writeIssueFacts(db, rows, now);
    const settings = {
      ...DEFAULT_KPI_SOURCE_SETTINGS.uptime,
      businessImpactingPriorities: ['Priority 1', 'Red', '1'],
    };
    for (const environment of ['prod', undefined]) {
      const incidents = rows
        .map((r) => r.issue)
        .filter(
          (i) =>
            i.issue_type === 'Incident' &&
            (settings.businessImpactingPriorities.includes(i.priority_name!) ||
              settings.businessImpactingPriorities.includes(i.priority!)) &&
            (environment === undefined || i.environment === environment),
        )
        .map((i) => ({
          start: Number(i.created_at),
          end: i.resolved_at === null ? null : Number(i.resolved_at),
        }));
      expect(incidents.length).toBeGreaterThan(5);
      const values = await uptimeMetricByMonth(db, settings, environment, months, now);
      expect(values).toEqual(uptimeByMonth(incidents, months, now));
      for (const value of values.values()) expect(value).toBeLessThan(100);
    }
  });

  it('complaints: feedback from complaints received in each month, 0 without one', async () => {
    const received = [
      Date.parse('2026-09-03T10:00Z'),
      Date.parse('2026-09-30T21:59Z'), // 23:59 in Copenhagen: still September
      Date.parse('2026-09-30T22:00Z'), // October
      Date.parse('2026-11-20T10:00Z'),
    ];
    let n = 0;
    const feedback = (source: 'complaint' | 'app', at: number) =>
      insertFeedback(db, {
        id: `fb-${(n += 1)}`,
        source,
        sourceId: `s-${n}`,
        scale: source === 'complaint' ? 'none' : 'csat',
        score: source === 'complaint' ? 0 : 2,
        reason: null,
        comment: null,
        issueKey: null,
        customer: null,
        product: null,
        component: null,
        team: null,
        answeredAt: at,
        receivedAt: at,
        flagCauses: [],
        rawPayload: '{}',
      });
    for (const at of received) await feedback('complaint', at);
    await feedback('app', Date.parse('2026-12-01T10:00Z'));
    expect(await complaintsByMonth(db, months)).toEqual(
      new Map([
        ['2026-09', 2],
        ['2026-10', 1],
        ['2026-11', 1],
        ['2026-12', 0],
      ]),
    );
  });

  it('quality KPIs: the quality measures over every team, as defined', async () => {
    const at = (iso: string) => Date.parse(iso);
    const answers: (MeasuredFeedback & { id: string })[] = [
      {
        id: 'f1',
        team: 'Support',
        scale: 'csat',
        score: 5,
        answeredAt: at('2026-09-02T10:00Z'),
        flagged: false,
      },
      {
        id: 'f2',
        team: 'Second line',
        scale: 'csat',
        score: 1,
        answeredAt: at('2026-09-05T10:00Z'),
        flagged: true,
      },
      {
        id: 'f3',
        team: null,
        scale: 'nps',
        score: 9,
        answeredAt: at('2026-10-02T10:00Z'),
        flagged: false,
      },
      {
        id: 'f4',
        team: 'Support',
        scale: 'nps',
        score: 2,
        answeredAt: at('2026-10-08T10:00Z'),
        flagged: true,
      },
    ];
    for (const f of answers)
      await insertFeedback(db, {
        ...f,
        source: 'app',
        sourceId: f.id,
        reason: null,
        comment: null,
        issueKey: null,
        customer: null,
        product: null,
        component: null,
        receivedAt: f.answeredAt,
        flagCauses: f.flagged ? [{ kind: 'lowScore', score: f.score, threshold: 6 }] : [],
        rawPayload: '{}',
      });
    // A complaint is feedback without a score: never an answer of CSAT or NPS.
    await insertFeedback(db, {
      id: 'complaint-1',
      source: 'complaint',
      sourceId: 'SUP-9',
      scale: 'none',
      score: 0,
      reason: null,
      comment: null,
      issueKey: 'SUP-9',
      customer: null,
      product: null,
      component: null,
      team: 'Support',
      answeredAt: at('2026-09-03T10:00Z'),
      receivedAt: at('2026-09-03T10:00Z'),
      flagCauses: [],
      rawPayload: '{}',
    });
    const followUps = [
      {
        feedbackId: 'f2',
        team: 'Second line',
        dueAt: at('2026-09-07T10:00Z'),
        recordedAt: at('2026-09-06T10:00Z'),
      },
      { feedbackId: 'f4', team: 'Support', dueAt: at('2026-10-10T10:00Z'), recordedAt: null },
    ];
    for (const u of followUps) {
      await insertFollowUp(db, {
        feedbackId: u.feedbackId,
        issueKey: `FU-${u.feedbackId}`,
        lead: null,
        dueAt: u.dueAt,
        createdAt: u.dueAt - 2 * DAY,
      });
      if (u.recordedAt !== null)
        await recordFollowUpOutcome(db, u.feedbackId, {
          recordedAt: u.recordedAt,
          recordedBy: 'lead-1',
          customerContacted: true,
          outcome: 'resolved',
          note: 'Called',
        });
    }
    // nc-1 is linked to feedback of two teams: one non-conformity over every team.
    const ncs = [
      {
        id: 'nc-1',
        raisedAt: at('2026-09-10T10:00Z'),
        closedAt: at('2026-10-20T10:00Z'),
        feedbackIds: ['f1', 'f2'],
      },
      { id: 'nc-2', raisedAt: at('2026-10-11T10:00Z'), closedAt: null, feedbackIds: ['f4'] },
    ];
    for (const nc of ncs) {
      await claimNonConformity(db, {
        id: nc.id,
        groupKey: null,
        raisedAt: nc.raisedAt,
        raisedBy: 'app',
        reason: 'recurring',
      });
      await recordIssueKey(db, nc.id, `NC-${nc.id}`);
      const stored = (await nonConformityOfIssue(db, `NC-${nc.id}`))!;
      if (nc.closedAt !== null)
        await updateCapa(
          db,
          stored,
          { ...NEW_CAPA, step: 'closed', closedAt: nc.closedAt },
          nc.closedAt,
        );
      for (const feedbackId of nc.feedbackIds)
        await linkFeedback(db, { ncId: nc.id, feedbackId, caseKey: null, at: nc.raisedAt });
    }

    const query = { months, now, timeZone: TZ };
    const teamsOf = (ids: string[]) => [
      ...new Set(ids.map((id) => answers.find((f) => f.id === id)!.team)),
    ];
    const defined = everyTeamMeasures(
      query,
      tallyFeedback(answers, months),
      tallyFollowUps(followUps, months, now),
      ncs.map((nc) => ({
        id: nc.id,
        teams: teamsOf(nc.feedbackIds),
        raisedAt: nc.raisedAt,
        closedAt: nc.closedAt,
        actions: [],
      })),
    );
    for (const metric of QUALITY_KPI_METRICS) {
      const values = await qualityKpiByMonth(db, metric, months, now, TZ);
      expect([...values]).toEqual(
        months.map((m) => [m.key, qualityKpiValue(metric, defined.get(m.key))]),
      );
    }
    const open = await qualityKpiByMonth(db, 'open-non-conformities', months, now, TZ);
    expect([...open.values()]).toEqual([1, 1, 1, 1]);
    expect((await qualityKpiByMonth(db, 'csat', months, now, TZ)).get('2026-09')).toBe(50);
    expect(
      (await qualityKpiByMonth(db, 'follow-ups-in-time', months, now, TZ)).get('2026-10'),
    ).toBe(0);
    expect((await qualityKpiByMonth(db, 'capa-cycle-time', months, now, TZ)).get('2026-10')).toBe(
      40,
    );
  });
});
