import { adfToText } from '../../src/jira/adf';
import { demoSimulator, DEMO_USERS, HOUR, MINUTE } from '../support/simulator';

/**
 * The example contract's Schultz production agreement, for an Incident at Priority 2 (Jira
 * "High"): reaction 30 min on dk-extended (Mon–Fri 07:00–20:00), resolution 8 h on the
 * Copenhagen office calendar, status update every 4 h, escalations on reaction and resolution.
 */
describe('live SLAs through the simulator', () => {
  it('evaluates a new issue and writes the slm property, indexed for JQL', async () => {
    const { sim, reportIncident, property } = await demoSimulator();
    const key = await reportIncident();
    const slm = await property(key);
    expect(slm).toMatchObject({
      format: 'slm-issue/1',
      agreement: 'schultz-prod-gold',
      customer: 'schultz',
      environment: 'schultz-prod',
      priority: { id: '2', rank: 2, model: 'numeric' },
      breached: 'false',
      nextAction: { goal: 'reaction', action: expect.any(String), due: '2026-03-02T07:30:00.000Z' },
    });
    expect(slm.goals.map((g) => [g.goal, g.state])).toEqual([
      ['reaction', 'running'],
      ['resolution', 'running'],
      ['status-update', 'running'],
      ['second-line-pickup', 'notStarted'],
    ]);
    const found = await sim.call<{ issues: { key: string }[] }>({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      accountId: null,
      body: {
        jql: 'slmAgreement = "schultz-prod-gold" AND slmBreached = "false"',
        fields: ['key'],
      },
    });
    expect(found.issues.map((i) => i.key)).toEqual([key]);
  });

  it('stops the reaction clock on an agent reply and parks resolution while waiting for the customer', async () => {
    const { sim, act, reportIncident, property } = await demoSimulator();
    const key = await reportIncident();
    await sim.advanceBy(10 * MINUTE);
    await act.comment(DEMO_USERS.agents[0], key, 'We are on it.');
    await act.transition(DEMO_USERS.agents[0], key, 'Waiting for customer');
    await sim.advanceBy(2 * HOUR);
    const slm = await property(key);
    const goal = (id: string) => slm.goals.find((g) => g.goal === id)!;
    expect(goal('reaction')).toMatchObject({ state: 'met', elapsedMs: 10 * MINUTE });
    expect(goal('resolution')).toMatchObject({ state: 'paused', elapsedMs: 10 * MINUTE });
  });

  it('breaches as the clock moves, escalates once per threshold, and sweeps only at due instants', async () => {
    const { sim, act, reportIncident, property, comments } = await demoSimulator();
    const key = await reportIncident();
    const quiet = await reportIncident('Low', 'Typo on the help page');
    await act.assign(DEMO_USERS.lead, key, DEMO_USERS.agents[0]);

    // 75 % of the 30 min reaction target falls at 07:22:30; the sweep at 07:25 notifies the
    // assignee.
    await sim.advanceBy(23 * MINUTE);
    expect(sim.jira.notifications.filter((n) => n.issueKey === key)).toHaveLength(0);
    await sim.advanceBy(2 * MINUTE);
    expect(sim.jira.notifications.filter((n) => n.issueKey === key)).toHaveLength(1);
    // Breach just after 07:30: the sweep at 07:35 notifies team leads and adds a label.
    await sim.advanceBy(10 * MINUTE);
    const slm = await property(key);
    expect(slm.breached).toBe('true');
    expect(slm.goals[0]).toMatchObject({
      goal: 'reaction',
      breached: true,
      breachedAt: '2026-03-02T07:30:00.000Z',
    });
    const issue = await sim.call<{ fields: { labels: string[] } }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      query: { fields: 'labels' },
      accountId: null,
    });
    expect(issue.fields.labels).toContain('sla-breached');
    const notified = sim.jira.notifications.filter((n) => n.issueKey === key);
    expect(notified.map((n) => n.recipients)).toEqual([
      [DEMO_USERS.agents[0]],
      [DEMO_USERS.lead, DEMO_USERS.agents[0]],
    ]);

    // Hours later, many sweeps on: nothing fires twice.
    await sim.advanceBy(6 * HOUR);
    expect(sim.jira.notifications.filter((n) => n.issueKey === key)).toHaveLength(2);
    // Resolution at 75 % of 8 h: 6 h of office time, 14:00 local; one comment, in ADF.
    const texts = (await comments(key)).map((c) => c.text);
    expect(texts.filter((t) => t.includes('75 % of the resolution time'))).toHaveLength(1);
    // Priority 4 reacts within 4 h: the other issue breached on its own schedule.
    expect((await property(quiet)).goals[0]).toMatchObject({
      goal: 'reaction',
      breachedAt: '2026-03-02T11:00:00.000Z',
    });
    // 80 sweeps ran; only those at a warning or breach instant queued anything.
    const queued = sim.forge.log.filter((l) => l.message === 'sweep queued due issues');
    expect(queued.length).toBeLessThan(12);
  });

  it('repairs duplicated, late and missing events: escalations still fire exactly once', async () => {
    const { sim, act, reportIncident, property } = await demoSimulator();
    const key = await reportIncident();
    await act.assign(DEMO_USERS.lead, key, DEMO_USERS.agents[1]);
    // Duplicated: the creation event is delivered three more times.
    const created = {
      eventType: 'avi:jira:created:issue',
      issue: { id: '10000', key, fields: {} },
    };
    for (let i = 0; i < 3; i++) sim.forge.receive(created);
    await sim.forge.settle();
    // Missing: the reply's event is lost on its way to the app.
    await sim.advanceBy(40 * MINUTE);
    await sim.jira.handle({
      method: 'POST',
      path: `/rest/api/3/issue/${key}/comment`,
      accountId: DEMO_USERS.agents[1],
      body: {
        body: {
          type: 'doc',
          version: 1,
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Looking.' }] }],
        },
      },
    });
    sim.forge.dropPendingEvents();
    // Late: the next event (a status change) makes the consumer replay the whole history.
    await sim.advanceBy(HOUR);
    await act.transition(DEMO_USERS.agents[1], key, 'In Progress');
    const slm = await property(key);
    expect(slm.goals[0]).toMatchObject({
      goal: 'reaction',
      state: 'missed',
      elapsedMs: 40 * MINUTE,
    });
    const notifications = sim.jira.notifications.filter((n) => n.issueKey === key);
    expect(notifications.map((n) => n.subject)).toEqual([
      'SLA: Reaction time on SUP-1',
      'SLA: Reaction time on SUP-1',
    ]);
  });

  it('never asks Jira to notify the assignee of an unassigned issue, which Jira refuses', async () => {
    const { sim, reportIncident } = await demoSimulator();
    const key = await reportIncident();
    await sim.advanceBy(35 * MINUTE);
    // At 75 % the reaction notice is for the assignee alone: skipped, and the log says why. At
    // the breach it goes to the team leads, and would go to the assignee.
    expect(sim.jira.notifications.filter((n) => n.issueKey === key)).toEqual([
      expect.objectContaining({
        textBody: `${key}: the reaction time is breached.`,
        to: expect.objectContaining({ groups: [{ name: 'team-leads' }], assignee: false }),
        recipients: [DEMO_USERS.lead],
      }),
    ]);
    expect(sim.forge.log.filter((l) => l.message.startsWith('escalation action'))).toEqual([
      expect.objectContaining({
        message: 'escalation action skipped',
        details: {
          issue: key,
          escalation: expect.stringMatching(/^reaction@.*@0\.75$/),
          action: 'notify',
          reason: 'the issue is unassigned',
        },
      }),
    ]);
  });

  it('keeps working when Jira answers 429 twice', async () => {
    const { sim, reportIncident, property } = await demoSimulator();
    sim.jira.failNext(2, 429, {
      retryAfterSeconds: 2,
      pathPrefix: '/rest/api/3/issue/SUP-1/changelog',
    });
    const key = await reportIncident();
    expect((await property(key)).agreement).toBe('schultz-prod-gold');
    const changelogCalls = sim.jira.requestLog.filter((r) => r.path.endsWith('/changelog'));
    expect(changelogCalls.length).toBeGreaterThanOrEqual(3);
  });

  it('writes the SLA field that lists and boards show', async () => {
    const { sim, reportIncident } = await demoSimulator();
    const key = await reportIncident();
    const issue = await sim.call<{ fields: Record<string, unknown> }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}`,
      query: { fields: 'customfield_10060' },
      accountId: null,
    });
    expect(issue.fields.customfield_10060).toBe('Reaction time due 2026-03-02 07:30 UTC');
  });
});

describe('adfToText', () => {
  it('reads the comments the app writes', () => {
    expect(
      adfToText({
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }],
      }),
    ).toBe('a');
  });
});
