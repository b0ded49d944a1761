/**
 * Report benchmark on the embedded engine (PGlite): a 12-month management report over 100,000
 * issues with 3 goals each (reaction, resolution, an internal pick-up), and one agreement's
 * customer report for a month with 10,000 of them. The facts are written as the refresh writes
 * them (`issueFacts` of each evaluation). The baseline in the same run computes the same
 * management figures by re-evaluating every issue from its history (in memory: no Jira reads
 * counted, which on a site would cost far more) and aggregating the evaluations; the bench checks
 * both give the same report. The management report reads monthly rollups: the first report
 * after the facts were written builds them (timed apart, `firstReportMs`), the measured ones read
 * them. Target: the report ≥ 100× faster than re-evaluating.
 */
import { DENMARK } from '../src/domain/calendar';
import { compileContract, type Contract } from '../src/domain/contract';
import { goalMeasures } from '../src/domain/reports/goalMeasures';
import {
  managementReportFromFacts,
  type CaseFact,
  type CycleFact,
  type ManagementQuery,
} from '../src/domain/reports/managementReport';
import { reportMonths } from '../src/domain/reports/reportMonths';
import { reportPeriod } from '../src/domain/reports/reportPeriod';
import { seededRandom } from '../src/domain/seededRandom';
import { evaluateIssue, type HistoryEntry, type IssueSnapshot } from '../src/domain/sla';
import { generateCustomerReport } from '../src/services/customerReports';
import { managementReportQuery } from '../src/services/reports/managementReportQuery';
import { CountedSql } from '../src/simulator/countedSql';
import { createDatabase } from '../src/storage/sql/database';
import { issueFacts, writeIssueFacts, type IssueFacts } from '../src/storage/sql/issueFacts';
import { COPENHAGEN_OFFICE } from '../test/support/calendars';

const ISSUES = 100_000;
const MONTH_ISSUES = 10_000;
const TARGET_RATIO = 100;
const H = 3_600_000;
const CUSTOMERS = ['acme', 'fjord', 'nordlys', 'schultz', 'zeta'];
const TZ = 'Europe/Copenhagen';
const YEAR_START = Date.parse('2026-01-01T00:00:00+01:00');
const YEAR_MS = 365 * 24 * H;
/** The month of one agreement that gets `MONTH_ISSUES` issues of its own. */
const BUSY_MONTH = '2026-06';

const CONTRACT: Contract = {
  format: 'slm-contract/1',
  holidaySets: [DENMARK],
  calendars: [COPENHAGEN_OFFICE],
  priorityModels: [
    {
      id: 'numeric',
      name: 'Priority 1-3',
      priorities: [1, 2, 3].map((n) => ({ id: String(n), name: `Priority ${n}`, rank: n })),
    },
  ],
  actionModels: [
    {
      id: 'reaction',
      name: 'Reaction',
      start: [{ on: 'created' }],
      stop: [{ on: 'commentByAgent' }],
    },
    {
      id: 'resolution',
      name: 'Resolution',
      start: [{ on: 'created' }],
      pause: [{ whileStatus: ['Waiting for customer'] }],
      stop: [{ on: 'resolutionSet' }],
      reset: [{ on: 'resolutionCleared' }],
    },
    {
      id: 'pickup',
      name: 'Pick-up',
      start: [{ on: 'created' }],
      stop: [{ on: 'assigneeChanged' }],
    },
  ],
  goals: [
    { id: 'reaction', name: 'Reaction', actionModel: 'reaction', calendar: 'cph-office' },
    { id: 'resolution', name: 'Resolution', actionModel: 'resolution', calendar: 'cph-office' },
    {
      id: 'pickup',
      name: 'Pick-up (OLA)',
      actionModel: 'pickup',
      calendar: 'cph-office',
      internal: true,
    },
  ],
  customers: CUSTOMERS.map((id) => ({
    id,
    name: id,
    environments: [
      { id: `${id}-prod`, name: 'Production', kind: 'production' as const, product: 'ihlp' },
    ],
  })),
  agreements: CUSTOMERS.map((id) => ({
    id: `${id}-gold`,
    name: `${id} gold`,
    customer: id,
    environments: [`${id}-prod`],
    product: 'ihlp',
    priorityModel: 'numeric',
    validFrom: '2025-01-01',
    validTo: null,
    obligations: ['reaction', 'resolution', 'pickup'].map((goal) => ({
      goal,
      issueTypes: ['Incident'],
      targets: { '1': 'PT2H', '2': 'PT8H', '3': 'P2D' },
    })),
  })),
};

/** An issue's life: created, picked up, answered, perhaps parked with the customer, resolved. */
function issueWithHistory(n: number, next: () => number): IssueSnapshot {
  const busy = n < MONTH_ISSUES;
  const customer = busy ? 'acme' : CUSTOMERS[Math.floor(next() * CUSTOMERS.length)]!;
  const created = busy
    ? Date.parse('2026-06-01T00:00:00+02:00') + Math.floor(next() * 29 * 24 * H)
    : YEAR_START + Math.floor(next() * YEAR_MS);
  const history: HistoryEntry[] = [];
  let t = created;
  const at = (deltaMs: number) => new Date((t += deltaMs)).toISOString();
  history.push({ at: at(Math.floor(next() * 6 * H)), type: 'assignee', to: `agent-${n % 7}` });
  history.push({ at: at(Math.floor(next() * 8 * H)), type: 'comment', author: 'agent' });
  let status = 'In Progress';
  if (next() < 0.3) {
    history.push({
      at: at(Math.floor(next() * 4 * H)),
      type: 'status',
      from: status,
      to: 'Waiting for customer',
    });
    history.push({
      at: at(Math.floor(next() * 48 * H)),
      type: 'status',
      from: 'Waiting for customer',
      to: status,
    });
  }
  if (next() < 0.9) {
    history.push({
      at: at(Math.floor(next() * 72 * H)),
      type: 'status',
      from: status,
      to: 'Resolved',
    });
    history.push({ at: new Date(t).toISOString(), type: 'resolution', to: 'Done' });
    status = 'Resolved';
  }
  return {
    key: `SUP-${n}`,
    issueType: 'Incident',
    priority: String(1 + Math.floor(next() * 3)),
    status,
    customer,
    environment: `${customer}-prod`,
    product: 'ihlp',
    created: new Date(created).toISOString(),
    history,
  };
}

const caseFact = (f: IssueFacts): CaseFact => ({
  issueId: f.issue.issue_id,
  createdAt: f.issue.created_at,
  resolvedAt: f.issue.resolved_at ?? null,
  team: f.issue.team ?? null,
  customer: f.issue.customer ?? null,
  product: f.issue.product ?? null,
  agreement: f.issue.agreement ?? null,
  issueType: f.issue.issue_type,
  assignee: f.issue.assignee ?? null,
});

const cycleFacts = (f: IssueFacts): CycleFact[] =>
  f.cycles.map((c) => ({
    issueId: c.issue_id,
    goal: c.goal,
    internal: c.internal === 1,
    result: c.result,
    elapsedMs: c.elapsed_ms,
    stoppedAt: c.stopped_at ?? null,
    breachedAt: c.breached_at ?? null,
    team: c.team ?? null,
    customer: c.customer ?? null,
    product: c.product ?? null,
    agreement: c.agreement,
    issueType: c.issue_type,
    assignee: c.assignee ?? null,
  }));

const msSince = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;

/** The median of three runs, in ms (the first run also warms the engine's caches). */
async function medianOfThree(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    await run();
    times.push(msSince(start));
  }
  return times.sort((a, b) => a - b)[1]!;
}

export async function benchReports(): Promise<object> {
  console.log(
    `== Reports on the embedded engine: ${ISSUES.toLocaleString('en')} issues, 3 goals each ==`,
  );
  const model = compileContract(CONTRACT, 1);
  const now = Date.parse('2027-01-15T12:00:00Z');
  const months = reportMonths('2026-01', '2026-12', TZ);
  const query: ManagementQuery = {
    months,
    grouping: 'customer',
    goals: 'all',
    measures: goalMeasures(CONTRACT),
  };
  const db = await createDatabase({ engine: 'pglite' });
  try {
    // Baseline: re-evaluate every issue from its history and aggregate in memory. Generating
    // the histories and writing the rows are not timed.
    const next = seededRandom(11);
    const cases: CaseFact[] = [];
    const cycles: CycleFact[] = [];
    let batch: IssueFacts[] = [];
    let evaluationMs = 0;
    let writeMs = 0;
    for (let n = 0; n < ISSUES; n++) {
      const snapshot = issueWithHistory(n, next);
      const start = process.hrtime.bigint();
      const facts = issueFacts(
        {
          issueId: String(100_000 + n),
          assignee: `agent-${n % 7}`,
          team: null,
          priorityName: null,
          previousGoals: [],
        },
        snapshot,
        evaluateIssue(model, snapshot, now),
        now,
      );
      cases.push(caseFact(facts));
      cycles.push(...cycleFacts(facts));
      evaluationMs += msSince(start);
      batch.push(facts);
      if (batch.length === 1_000 || n === ISSUES - 1) {
        const write = process.hrtime.bigint();
        await writeIssueFacts(db, batch, now);
        writeMs += msSince(write);
        batch = [];
      }
    }
    const aggregate = process.hrtime.bigint();
    const expected = managementReportFromFacts(cases, cycles, query);
    const baselineMs = evaluationMs + msSince(aggregate);
    console.log(
      `facts written: ${cases.length.toLocaleString('en')} issues, ${cycles.length.toLocaleString('en')} goal cycles in ${(writeMs / 1000).toFixed(1)} s`,
    );

    // The first report after the facts were written builds every month's rollup; later ones read
    // them. Statements are counted as Forge SQL requests (`CountedSql`).
    const counted = new CountedSql(db);
    const firstStart = process.hrtime.bigint();
    let report = await managementReportQuery(counted.db, query, now);
    const firstReportMs = msSince(firstStart);
    const firstStatements = counted.statements;
    if (JSON.stringify(report) !== JSON.stringify(expected)) {
      throw new Error('the SQL management report differs from the one re-evaluated from history');
    }
    const managementMs = await medianOfThree(
      async () => (report = await managementReportQuery(counted.db, query, now)),
    );
    if (JSON.stringify(report) !== JSON.stringify(expected)) {
      throw new Error('the management report from rollups differs from the one re-evaluated');
    }
    const statements = (counted.statements - firstStatements) / 3;

    const agreement = CONTRACT.agreements.find((a) => a.id === 'acme-gold')!;
    const period = reportPeriod(BUSY_MONTH, TZ);
    let goalsInMonth = 0;
    const monthlyMs = await medianOfThree(async () => {
      const monthly = await generateCustomerReport(db, model, agreement, period);
      goalsInMonth = monthly.goals.length;
    });

    const ratio = baselineMs / managementMs;
    console.log(
      `first report after the facts changed: builds 12 months  ${firstReportMs.toFixed(0)} ms (${firstStatements} SQL statements)`,
    );
    console.log(
      `management report, 12 months by customer  ${managementMs.toFixed(0)} ms (${statements} SQL statements, ${report.rows.length} groups, the same figures as re-evaluated)`,
    );
    console.log(
      `monthly customer report, ${BUSY_MONTH} of acme-gold  ${monthlyMs.toFixed(0)} ms (${goalsInMonth.toLocaleString('en')} goal rows)`,
    );
    console.log(
      `baseline: re-evaluate ${ISSUES.toLocaleString('en')} issues from history  ${(baselineMs / 1000).toFixed(1)} s`,
    );
    const verdict = ratio >= TARGET_RATIO ? 'met' : 'NOT met';
    console.log(
      `Target "≥ ${TARGET_RATIO}× faster than re-evaluating": ${verdict} (${ratio.toFixed(0)}×)`,
    );
    return {
      reports: {
        monthlyMs: Math.round(monthlyMs),
        managementMs: Math.round(managementMs),
        firstReportMs: Math.round(firstReportMs),
        managementStatements: statements,
        reevaluationMs: Math.round(baselineMs),
        ratioToReevaluation: Math.round(ratio),
        issues: ISSUES,
        goalCycles: cycles.length,
      },
    };
  } finally {
    await db.destroy();
  }
}
