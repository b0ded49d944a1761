import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Insertable } from 'kysely';
import example from '../../examples/contract.json';
import { testDatabase } from '../../test/support/testDatabase';
import { buildCustomerReport } from '../domain/reports/buildCustomerReport';
import type { CustomerReport } from '../domain/reports/customerReport';
import { reportPeriod } from '../domain/reports/reportPeriod';
import { JiraClient } from '../jira/jiraClient';
import { ContractRepository } from '../storage/contractRepository';
import { MemoryStore } from '../storage/memoryStore';
import { fetchCustomerReportFacts } from '../storage/reports/customerReportFacts';
import { issuedReport, listIssuedReports } from '../storage/reports/issuedReports';
import { deliveryOf } from '../storage/reports/reportDeliveries';
import { saveReportDeliverySettings } from '../storage/reports/reportDeliverySettings';
import type { GoalCyclesTable, IssueFactsTable, SqlDatabase } from '../storage/sql/schema';
import {
  contentHash,
  issueCustomerReport,
  issueDueCustomerReports,
  type ReportContext,
} from './customerReports';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const GOLD = 'schultz-prod-gold';
// October 2026 in Copenhagen: 2026-09-30T22:00Z to 2026-10-31T23:00Z (DST ended on the 25th).
const october = reportPeriod('2026-10', 'Europe/Copenhagen');

let db: SqlDatabase;
let ctx: ReportContext;
let clock: number;
let store: MemoryStore;
let requests: string[];

beforeEach(async () => {
  db = await testDatabase();
  const contracts = new ContractRepository(new MemoryStore());
  await contracts.save(example, { savedBy: 'admin', savedAt: '2026-01-01T00:00:00.000Z' });
  clock = at('2026-11-01T00:30:00Z');
  store = new MemoryStore();
  requests = [];
  // Jira as a transport that keeps the requests and accepts them all.
  const jira = new JiraClient(
    async (request) => {
      requests.push(`${request.method} ${request.path}`);
      return request.path.endsWith('/comment')
        ? { status: 201, headers: {}, body: { id: String(requests.length) } }
        : { status: 204, headers: {}, body: undefined };
    },
    { sleep: async () => undefined },
  );
  ctx = { sql: db, store, jira, contracts, now: () => clock, log: () => undefined };
});

afterEach(() => db.destroy());

function issueRow(
  id: number,
  created: string,
  resolved: string | null,
  status: string,
  priority: 'p1' | 'p2' = 'p2',
  agreement = GOLD,
): Insertable<IssueFactsTable> {
  return {
    issue_id: String(id),
    issue_key: `SUP-${id}`,
    customer: 'schultz',
    environment: 'prod',
    product: 'erp',
    agreement,
    contract_version: 1,
    team: null,
    assignee: null,
    issue_type: 'Incident',
    priority,
    priority_name: priority === 'p1' ? 'Priority 1' : 'Priority 2',
    priority_rank: priority === 'p1' ? 1 : 2,
    status,
    resolved: resolved === null ? 0 : 1,
    created_at: at(created),
    resolved_at: resolved === null ? null : at(resolved),
    evaluated_at: at('2026-11-01T00:00:00Z'),
  };
}

function goalRow(
  id: number,
  goal: 'reaction' | 'resolution' | 'second-line-pickup',
  cycle: number,
  started: string,
  stopped: string | null,
  result: 'met' | 'missed' | 'running',
  breached: string | null = null,
  priority: 'p1' | 'p2' = 'p2',
  agreement = GOLD,
): Insertable<GoalCyclesTable> {
  return {
    issue_id: String(id),
    goal,
    cycle,
    goal_name: goal === 'reaction' ? 'Reaction' : goal === 'resolution' ? 'Resolution' : 'Pickup',
    internal: goal === 'second-line-pickup' ? 1 : 0,
    agreement,
    contract_version: 1,
    customer: 'schultz',
    environment: 'prod',
    product: 'erp',
    team: null,
    assignee: null,
    issue_type: 'Incident',
    priority,
    priority_rank: priority === 'p1' ? 1 : 2,
    started_at: at(started),
    stopped_at: stopped === null ? null : at(stopped),
    target_ms: 4 * HOUR,
    elapsed_ms: result === 'met' ? HOUR : 5 * HOUR,
    paused_ms: 0,
    result,
    breached_at: breached === null ? null : at(breached),
    evaluated_at: at('2026-11-01T00:00:00Z'),
  };
}

/** The month of the hand computation below, plus rows the October report must not read. */
async function seedOctober(): Promise<void> {
  await db
    .insertInto('issue_facts')
    .values([
      issueRow(1, '2026-09-20T08:00:00Z', '2026-10-05T08:00:00Z', 'Done'),
      issueRow(2, '2026-10-02T08:00:00Z', null, 'In Progress', 'p1'),
      issueRow(3, '2026-10-31T22:30:00Z', null, 'Waiting'),
      issueRow(4, '2026-10-31T23:30:00Z', null, 'Open', 'p1'),
      issueRow(5, '2026-09-30T22:30:00Z', null, 'Reopened'),
      issueRow(6, '2026-10-03T08:00:00Z', '2026-10-31T22:59:00Z', 'Done'),
      // Not October's: resolved in September; another agreement's.
      issueRow(7, '2026-09-01T08:00:00Z', '2026-09-10T08:00:00Z', 'Done'),
      issueRow(8, '2026-10-02T08:00:00Z', null, 'Open', 'p2', 'schultz-nonprod'),
    ])
    .execute();
  await db
    .insertInto('goal_cycles')
    .values([
      goalRow(1, 'reaction', 0, '2026-09-20T08:00:00Z', '2026-09-20T09:00:00Z', 'met'),
      goalRow(
        1,
        'resolution',
        0,
        '2026-09-20T08:00:00Z',
        '2026-10-05T08:00:00Z',
        'missed',
        '2026-09-28T08:00:00Z',
      ),
      goalRow(2, 'reaction', 0, '2026-10-02T08:00:00Z', '2026-10-02T09:00:00Z', 'met', null, 'p1'),
      goalRow(2, 'resolution', 0, '2026-10-02T08:00:00Z', null, 'running', null, 'p1'),
      goalRow(
        2,
        'second-line-pickup',
        0,
        '2026-10-02T08:00:00Z',
        '2026-10-02T08:10:00Z',
        'met',
        null,
        'p1',
      ),
      goalRow(5, 'resolution', 0, '2026-09-30T22:30:00Z', '2026-10-10T08:00:00Z', 'met'),
      goalRow(5, 'resolution', 1, '2026-10-20T08:00:00Z', null, 'missed', '2026-10-30T08:00:00Z'),
      goalRow(6, 'reaction', 0, '2026-10-03T08:00:00Z', '2026-10-31T23:30:00Z', 'met'),
      goalRow(
        6,
        'resolution',
        0,
        '2026-10-03T08:00:00Z',
        '2026-10-31T22:59:00Z',
        'missed',
        '2026-10-20T08:00:00Z',
      ),
      goalRow(4, 'reaction', 0, '2026-10-31T23:30:00Z', null, 'running', null, 'p1'),
      goalRow(7, 'resolution', 0, '2026-09-01T08:00:00Z', '2026-09-10T08:00:00Z', 'met'),
      goalRow(
        8,
        'reaction',
        0,
        '2026-10-02T08:00:00Z',
        '2026-10-02T09:00:00Z',
        'met',
        null,
        'p2',
        'schultz-nonprod',
      ),
    ])
    .execute();
}

const model = async () => (await ctx.contracts.model())!;
const gold = async () => (await model()).agreements.find((a) => a.agreement.id === GOLD)!.agreement;

describe('fetchCustomerReportFacts', () => {
  it('reads exactly the rows the period needs, page by page', async () => {
    await seedOctober();
    const facts = await fetchCustomerReportFacts(db, GOLD, october, 2);
    // Created in October or open at its end: not SUP-1 (September to 5 October), SUP-4
    // (November), SUP-7 (September) or SUP-8 (another agreement).
    expect(facts.issues.map((issue) => issue.issueKey).sort()).toEqual([
      'SUP-2',
      'SUP-3',
      'SUP-5',
      'SUP-6',
    ]);
    // Promised cycles completed in October or running at its end; no internal one, none of SUP-7.
    expect(facts.goals.map((g) => `${g.issueKey} ${g.goal} ${g.cycle}`).sort()).toEqual([
      'SUP-1 resolution 0',
      'SUP-2 reaction 0',
      'SUP-2 resolution 0',
      'SUP-5 resolution 0',
      'SUP-5 resolution 1',
      'SUP-6 reaction 0',
      'SUP-6 resolution 0',
    ]);
  });
});

describe('issueCustomerReport', () => {
  it('stores the figures computed by hand, with the contract version and the hash of its content', async () => {
    await seedOctober();
    const outcome = await issueCustomerReport(ctx, await model(), await gold(), '2026-10', 'admin');
    expect(outcome.issued).toBe(true);
    const stored = (await issuedReport(db, outcome.report.report_id))!;
    expect(stored).toMatchObject({
      revision: 1,
      contract_version: 1,
      period: '2026-10',
      change_note: null,
    });
    expect(stored.period_start).toBe(october.start);
    expect(stored.content_hash).toBe(contentHash(stored.content));
    const report = JSON.parse(stored.content) as CustomerReport;
    expect(report.casesCreated).toBe(4);
    expect(report.activeAtEnd.total).toBe(3);
    expect(report.compliance.total).toEqual({ met: 2, missed: 2, compliancePct: 50 });
    expect(report.compliance.byGoal).toEqual([
      { goal: 'reaction', goalName: 'Reaction', met: 1, missed: 0, compliancePct: 100 },
      { goal: 'resolution', goalName: 'Resolution', met: 1, missed: 2, compliancePct: 33.3 },
    ]);
    expect(report.goals).toHaveLength(7);
  });

  it('matches the domain report built from the same rows', async () => {
    await seedOctober();
    const outcome = await issueCustomerReport(ctx, await model(), await gold(), '2026-10', 'admin');
    const stored = (await issuedReport(db, outcome.report.report_id))!;
    const facts = await fetchCustomerReportFacts(db, GOLD, october);
    const expected = buildCustomerReport({
      agreement: { id: GOLD, name: (await gold()).name },
      customer: { id: 'schultz', name: 'Schultz A/S' },
      period: october,
      contractVersion: 1,
      ...facts,
    });
    expect(JSON.parse(stored.content)).toEqual(expected);
  });

  it('re-issues only as a new revision that says what changed, leaving revision 1 as it was', async () => {
    await seedOctober();
    const first = await issueCustomerReport(ctx, await model(), await gold(), '2026-10', 'admin');
    const before = (await issuedReport(db, first.report.report_id))!;
    const again = await issueCustomerReport(ctx, await model(), await gold(), '2026-10', 'admin');
    expect(again).toEqual({ issued: false, report: first.report });

    // SUP-2's reaction is recalculated as missed.
    await db
      .updateTable('goal_cycles')
      .set({ result: 'missed', elapsed_ms: 5 * HOUR })
      .where('issue_id', '=', '2')
      .where('goal', '=', 'reaction')
      .execute();
    clock += HOUR;
    const second = await issueCustomerReport(ctx, await model(), await gold(), '2026-10', 'lead');
    expect(second.issued).toBe(true);
    expect(second.report.revision).toBe(2);
    expect(second.report.change_note).toBe(
      'compliance: 2 met, 2 missed (50%) → 1 met, 3 missed (25%); ' +
        'Reaction compliance: 1 met, 0 missed (100%) → 0 met, 1 missed (0%); ' +
        'SUP-2 Reaction #1: met → missed',
    );
    expect(await issuedReport(db, first.report.report_id)).toEqual(before);
    const listed = await listIssuedReports(db, GOLD);
    expect(listed.map((row) => row.revision)).toEqual([2, 1]);
  });
});

describe('issueDueCustomerReports (the scheduled trigger)', () => {
  it('issues the ended period once per agreement, however often and concurrently it runs', async () => {
    await seedOctober();
    const first = await Promise.all([issueDueCustomerReports(ctx), issueDueCustomerReports(ctx)]);
    const third = await issueDueCustomerReports(ctx);
    const reports = await listIssuedReports(db);
    // Every agreement valid in October 2026 (not the silver one that ended in 2025).
    const valid = (await model()).agreements
      .map((a) => a.agreement.id)
      .filter((id) => id !== 'schultz-prod-silver-2024');
    expect(reports.map((r) => r.agreement).sort()).toEqual([...valid].sort());
    expect(
      reports.every((r) => r.period === '2026-10' && r.revision === 1 && r.issued_by === 'app'),
    ).toBe(true);
    expect(first[0] + first[1]).toBe(valid.length);
    expect(third).toBe(0);
  });

  it('leaves on-demand agreements alone and delivers the monthly ones that have a delivery issue', async () => {
    await saveReportDeliverySettings(store, GOLD, {
      schedule: 'monthly',
      deliveryIssue: 'SUP-12',
      recipients: { users: [], groups: [], reporter: true, watchers: false },
    });
    await saveReportDeliverySettings(store, 'schultz-nonprod', {
      schedule: 'onDemand',
      deliveryIssue: null,
      recipients: { users: [], groups: [], reporter: false, watchers: false },
    });
    await issueDueCustomerReports(ctx);
    const reports = await listIssuedReports(db);
    expect(reports.map((r) => r.agreement)).not.toContain('schultz-nonprod');
    expect(reports.map((r) => r.agreement)).toContain('fjellheim-prod');
    const gold = reports.find((r) => r.agreement === GOLD)!;
    expect(await deliveryOf(db, gold.report_id)).toMatchObject({ status: 'delivered' });
    // One comment and one notification, for the one agreement delivered.
    expect(requests).toEqual([
      'POST /rest/api/3/issue/SUP-12/comment',
      'POST /rest/api/3/issue/SUP-12/notify',
    ]);
  });

  it('waits for the period to end in the agreement time zone', async () => {
    // 22:30 UTC on 31 October is 23:30 in Copenhagen: October has not ended there yet.
    clock = at('2026-10-31T22:30:00Z');
    await issueDueCustomerReports(ctx);
    expect((await listIssuedReports(db)).every((r) => r.period === '2026-09')).toBe(true);
  });
});

describe('issued reports are append-only', () => {
  it('no source file updates or deletes issued_reports', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return sources(path);
        return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
      });
    const writers = sources(join(__dirname, '..')).filter((path) =>
      /(updateTable|deleteFrom)\(\s*'issued_reports'|(UPDATE|DELETE FROM)\s+issued_reports/i.test(
        readFileSync(path, 'utf8'),
      ),
    );
    expect(writers).toEqual([]);
  });
});
