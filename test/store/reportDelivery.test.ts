import example from '../../examples/contract.json';
import type { ReportDeliverySettings } from '../../src/domain/reports/reportDelivery';
import { adfToText } from '../../src/jira/adf';
import { JiraClient } from '../../src/jira/jiraClient';
import type { JiraHttpRequest, JiraTransport } from '../../src/jira/transport';
import type { AdfDocument, AdfNode } from '../../src/jira/types';
import { issueCustomerReport, type ReportContext } from '../../src/services/customerReports';
import {
  INTERRUPTED_AFTER_MS,
  MAX_DELIVERY_ATTEMPTS,
  deliverReport,
  retryDelivery,
  retryDueDeliveries,
} from '../../src/services/reportDelivery';
import { ContractRepository } from '../../src/storage/contractRepository';
import { MemoryStore } from '../../src/storage/memoryStore';
import { issuedReport, type IssuedReportRow } from '../../src/storage/reports/issuedReports';
import { deliveryOf } from '../../src/storage/reports/reportDeliveries';
import { saveReportDeliverySettings } from '../../src/storage/reports/reportDeliverySettings';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

const GOLD = 'schultz-prod-gold';
const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const SETTINGS: ReportDeliverySettings = {
  schedule: 'monthly',
  deliveryIssue: 'SUP-12',
  recipients: { users: ['acc-customer'], groups: ['schultz-it'], reporter: true, watchers: false },
};

/**
 * Jira as a scripted transport: it keeps the comments posted and the notifications sent, and
 * fails the requests `failNext` names (a 400: Jira refusing them).
 */
function scriptedJira() {
  const requests: JiraHttpRequest[] = [];
  const comments: { id: string; body: AdfDocument }[] = [];
  const notifications: Record<string, unknown>[] = [];
  const failNext: { comment: number; notify: number; commentAfterPosting: number } = {
    comment: 0,
    notify: 0,
    commentAfterPosting: 0,
  };
  const refused = { status: 400, headers: {}, body: { errorMessages: ['Refused.'] } };
  const transport: JiraTransport = async (request) => {
    requests.push(request);
    const body = request.body as Record<string, unknown>;
    if (request.method === 'POST' && request.path.endsWith('/comment')) {
      if (failNext.comment > 0) return (failNext.comment--, refused);
      const comment = { id: String(10_000 + comments.length), body: body.body as AdfDocument };
      comments.push(comment);
      // Jira posted it, but its answer never arrived: a time-out on the way back.
      if (failNext.commentAfterPosting > 0) return (failNext.commentAfterPosting--, refused);
      return { status: 201, headers: {}, body: comment };
    }
    if (request.method === 'GET' && request.path.endsWith('/comment')) {
      return {
        status: 200,
        headers: {},
        body: { startAt: 0, maxResults: 100, total: comments.length, comments },
      };
    }
    if (request.path.endsWith('/notify')) {
      if (failNext.notify > 0) return (failNext.notify--, refused);
      notifications.push(body);
      return { status: 204, headers: {}, body: undefined };
    }
    throw new Error(`unexpected request ${request.method} ${request.path}`);
  };
  const jira = new JiraClient(transport, { sleep: async () => undefined });
  return { jira, requests, comments, notifications, failNext };
}

let db: SqlDatabase;
let ctx: ReportContext;
let clock: number;
let jira: ReturnType<typeof scriptedJira>;
let logged: string[];

beforeEach(async () => {
  db = await testDatabase();
  const store = new MemoryStore();
  const contracts = new ContractRepository(store);
  await contracts.save(example, { savedBy: 'admin', savedAt: '2026-01-01T00:00:00.000Z' });
  clock = at('2026-11-01T00:30:00Z');
  jira = scriptedJira();
  logged = [];
  ctx = {
    sql: db,
    store,
    contracts,
    jira: jira.jira,
    now: () => clock,
    log: (message) => logged.push(message),
  };
  await saveReportDeliverySettings(store, GOLD, SETTINGS);
  await seedOctober();
});

afterEach(() => db.destroy());

/** One case with a customer goal met and an internal (OLA) goal missed in October. */
async function seedOctober(): Promise<void> {
  const dims = {
    agreement: GOLD,
    contract_version: 1,
    customer: 'schultz',
    environment: 'prod',
    product: 'erp',
    team: null,
    assignee: null,
    issue_type: 'Incident',
    priority: 'p2',
    priority_rank: 2,
  };
  await db
    .insertInto('issue_facts')
    .values({
      ...dims,
      issue_id: '1',
      issue_key: 'SUP-1',
      priority_name: 'Priority 2',
      status: 'Done',
      resolved: 1,
      created_at: at('2026-10-05T08:00:00Z'),
      resolved_at: at('2026-10-06T08:00:00Z'),
      evaluated_at: at('2026-11-01T00:00:00Z'),
    })
    .execute();
  const cycle = (goal: string, goalName: string, internal: 0 | 1, result: 'met' | 'missed') => ({
    ...dims,
    issue_id: '1',
    goal,
    cycle: 0,
    goal_name: goalName,
    internal,
    started_at: at('2026-10-05T08:00:00Z'),
    stopped_at: at('2026-10-05T09:00:00Z'),
    target_ms: 4 * HOUR,
    elapsed_ms: HOUR,
    paused_ms: 0,
    result,
    breached_at: null,
    evaluated_at: at('2026-11-01T00:00:00Z'),
  });
  await db
    .insertInto('goal_cycles')
    .values([
      cycle('reaction', 'Reaction', 0, 'met'),
      cycle('second-line-pickup', 'Second line pick-up', 1, 'missed'),
    ])
    .execute();
}

async function issueOctober(notify = true): Promise<IssuedReportRow> {
  const model = (await ctx.contracts.model())!;
  const agreement = model.contract.agreements.find((a) => a.id === GOLD)!;
  const outcome = await issueCustomerReport(ctx, model, agreement, '2026-10', 'admin-1', {
    notify,
  });
  return (await issuedReport(db, outcome.report.report_id))!;
}

const texts = (node: AdfNode): string[] =>
  node.type === 'text' ? [node.text!] : (node.content ?? []).flatMap(texts);
const posts = () => jira.requests.filter((r) => r.method === 'POST');

describe('delivering an issued report', () => {
  it('posts the customer copy on the delivery issue once, then notifies the recipients: two requests', async () => {
    const report = await issueOctober();
    expect(posts().map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /rest/api/3/issue/SUP-12/comment',
      'POST /rest/api/3/issue/SUP-12/notify',
    ]);
    const [comment] = jira.comments;
    const words = texts(comment!.body).join('\n');
    expect(words).toContain('Service report Schultz production gold, 2026-10');
    expect(words).toContain('1 October 2026 to 31 October 2026 (Europe/Copenhagen)');
    expect(words).toContain(report.content_hash);
    expect(words).toContain('Reaction');
    // The customer's copy: the internal goal is not in it.
    expect(words).not.toMatch(/pick-up/i);
    const tables = comment!.body.content!.filter((node) => node.type === 'table');
    expect(tables).toHaveLength(2);
    expect(texts(tables[0]!)).toEqual([
      'Goal',
      'Met',
      'Missed',
      'Compliance',
      'Reaction',
      '1',
      '0',
      '100 %',
    ]);
    expect(jira.notifications).toEqual([
      expect.objectContaining({
        subject: 'Service report Schultz production gold, 2026-10',
        textBody: expect.stringContaining('The report is posted on SUP-12.'),
        htmlBody: expect.stringContaining('<p>'),
        to: {
          users: [{ accountId: 'acc-customer' }],
          groups: [{ name: 'schultz-it' }],
          reporter: true,
          watchers: false,
        },
      }),
    ]);
    expect(await deliveryOf(db, report.report_id)).toMatchObject({
      issue_key: 'SUP-12',
      comment_id: '10000',
      status: 'delivered',
      attempts: 1,
      delivered_at: clock,
      last_error: null,
    });
  });

  it('never posts a revision twice, however often and concurrently it is delivered', async () => {
    const report = await issueOctober(false);
    await Promise.all([
      deliverReport(ctx, report, SETTINGS),
      deliverReport(ctx, report, SETTINGS),
      retryDelivery(ctx, report),
    ]);
    await deliverReport(ctx, report, SETTINGS);
    await retryDueDeliveries(ctx);
    expect(jira.comments).toHaveLength(1);
    expect(jira.notifications).toHaveLength(1);
  });

  it('tries a failed delivery once when the schedule and an administrator retry it at once', async () => {
    jira.failNext.comment = 1;
    const report = await issueOctober();
    clock += HOUR;
    await Promise.all([
      retryDueDeliveries(ctx),
      retryDueDeliveries(ctx),
      retryDelivery(ctx, report),
    ]);
    expect(jira.comments).toHaveLength(1);
    expect(jira.notifications).toHaveLength(1);
    expect(await deliveryOf(db, report.report_id)).toMatchObject({
      status: 'delivered',
      attempts: 2,
    });
  });

  it('delivers nothing for an agreement without a delivery issue, or when asked not to notify', async () => {
    const report = await issueOctober(false);
    expect(jira.requests).toEqual([]);
    expect(await deliveryOf(db, report.report_id)).toBeUndefined();
    const other = await deliverReport(ctx, report, {
      ...SETTINGS,
      deliveryIssue: null,
      recipients: { users: [], groups: [], reporter: false, watchers: false },
    });
    expect(other).toBeUndefined();
    expect(jira.requests).toEqual([]);
  });

  it(`tries a failed delivery again hourly, ${MAX_DELIVERY_ATTEMPTS} attempts in all, then leaves it failed`, async () => {
    jira.failNext.comment = 10;
    const report = await issueOctober();
    expect(await deliveryOf(db, report.report_id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: expect.stringContaining('Refused.'),
    });
    for (let hour = 1; hour <= 5; hour += 1) {
      clock += HOUR;
      await retryDueDeliveries(ctx);
    }
    expect(await deliveryOf(db, report.report_id)).toMatchObject({
      status: 'failed',
      attempts: MAX_DELIVERY_ATTEMPTS,
    });
    expect(posts().filter((r) => r.path.endsWith('/comment'))).toHaveLength(MAX_DELIVERY_ATTEMPTS);
    expect(logged.filter((m) => m === 'customer report delivery failed')).toHaveLength(
      MAX_DELIVERY_ATTEMPTS,
    );
    // An administrator may still retry it, once Jira accepts it.
    jira.failNext.comment = 0;
    expect(await retryDelivery(ctx, report)).toMatchObject({ status: 'delivered', attempts: 4 });
    expect(jira.comments).toHaveLength(1);
  });

  it('does not post the comment again when only the notification failed', async () => {
    jira.failNext.notify = 1;
    const report = await issueOctober();
    expect(await deliveryOf(db, report.report_id)).toMatchObject({
      status: 'failed',
      comment_id: '10000',
    });
    clock += HOUR;
    await retryDueDeliveries(ctx);
    expect(jira.comments).toHaveLength(1);
    expect(jira.notifications).toHaveLength(1);
    expect(await deliveryOf(db, report.report_id)).toMatchObject({
      status: 'delivered',
      attempts: 2,
    });
  });

  it('finds a comment Jira posted although its answer was lost, instead of posting it again', async () => {
    jira.failNext.commentAfterPosting = 1;
    const report = await issueOctober();
    expect(await deliveryOf(db, report.report_id)).toMatchObject({
      status: 'failed',
      comment_id: null,
    });
    clock += HOUR;
    await retryDueDeliveries(ctx);
    expect(jira.comments).toHaveLength(1);
    expect(adfToText(jira.comments[0]!.body)).toContain(report.report_id);
    expect(await deliveryOf(db, report.report_id)).toMatchObject({
      status: 'delivered',
      comment_id: '10000',
    });
  });

  it('takes up a delivery whose invocation ended mid-attempt, once it is surely over', async () => {
    const report = await issueOctober(false);
    // An invocation claimed and started the attempt, posted the comment, then was stopped.
    await db
      .insertInto('report_deliveries')
      .values({
        report_id: report.report_id,
        agreement: GOLD,
        issue_key: 'SUP-12',
        recipients: JSON.stringify(SETTINGS.recipients),
        comment_id: null,
        status: 'posting',
        attempts: 1,
        last_error: null,
        claimed_at: clock,
        attempted_at: clock,
        delivered_at: null,
      })
      .execute();
    await jira.jira.addComment('SUP-12', {
      type: 'doc',
      version: 1,
      content: [{ type: 'paragraph', content: [{ type: 'text', text: report.report_id }] }],
    });
    clock += INTERRUPTED_AFTER_MS - 1;
    await retryDueDeliveries(ctx);
    expect(await deliveryOf(db, report.report_id)).toMatchObject({ status: 'posting' });
    clock += 1;
    await retryDueDeliveries(ctx);
    expect(jira.comments).toHaveLength(1);
    expect(await deliveryOf(db, report.report_id)).toMatchObject({
      status: 'delivered',
      attempts: 2,
      comment_id: '10000',
    });
  });

  it("retries by hand on the agreement's current settings while nothing was posted", async () => {
    jira.failNext.comment = 1;
    const report = await issueOctober();
    await saveReportDeliverySettings(ctx.store, GOLD, { ...SETTINGS, deliveryIssue: 'SUP-13' });
    expect(await retryDelivery(ctx, report)).toMatchObject({
      status: 'delivered',
      issue_key: 'SUP-13',
    });
    expect(posts().map((r) => r.path)).toEqual([
      '/rest/api/3/issue/SUP-12/comment',
      '/rest/api/3/issue/SUP-13/comment',
      '/rest/api/3/issue/SUP-13/notify',
    ]);
  });
});
