import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { survicateSignature } from '../../src/services/quality/survicateSignature';
import { createServer } from '../../src/simulator/server';
import { webTriggerPath } from '../../src/simulator/webTriggers';
import { feedbackFromSource } from '../../src/storage/quality/feedbackRecords';
import { setSurvicateSecret } from '../../src/storage/survicateSecret';
import { SURVICATE_MAX_BODY_BYTES } from '../../src/triggers/survicateWebhook';
import { demoSimulator } from '../support/simulator';

const SECRET = 'whsec-test-4f9a';

/** A signed `questionAnswered` rating, as Survicate sends it. */
const ratingEvent = (over: { messageId?: string; body?: string; attributes?: unknown } = {}) => ({
  messageId: over.messageId ?? 'msg-1',
  deliveryTries: 0,
  event: {
    questionAnswered: {
      type: 'rating',
      responseUuid: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
      survey: { id: 'b92b6ecae6dd7207', name: 'Satisfaction' },
      timestamp: '2026-03-02T09:30:00+00:00',
      respondent: { id: '534759', attributes: over.attributes ?? {} },
      question: { id: 12123, body: 'How would you rate our support?' },
      choice: { id: 21573, body: over.body ?? '4', comment: 'Fine' },
    },
  },
});

describe('the Survicate web trigger', () => {
  let server: http.Server;
  let url: string;
  let demo: Awaited<ReturnType<typeof demoSimulator>>;

  beforeEach(async () => {
    demo = await demoSimulator();
    server = createServer({ sim: demo.sim });
    await new Promise<void>((resolve) => server.listen(0, resolve));
    url = `http://localhost:${(server.address() as AddressInfo).port}${webTriggerPath('survicate-feedback')}`;
  });
  afterEach(() => new Promise((resolve) => server.close(resolve)));

  const setSecret = () =>
    setSurvicateSecret(demo.sim.forge.store, demo.sim.forge.store, SECRET, {
      accountId: 'acc-admin',
      at: '2026-03-02T08:00:00.000Z',
    });

  const post = async (body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };
  const signed = (body: string, secret = SECRET) =>
    post(body, { Hmac: survicateSignature(secret, body) });

  const stored = () => demo.sim.forge.sql.db.selectFrom('feedback').selectAll().execute();

  it('refuses everything with 503 until an admin sets the signing secret', async () => {
    const body = JSON.stringify(ratingEvent());
    const answer = await signed(body);
    expect(answer.status).toBe(503);
    expect(answer.body.error).toMatch(/No Survicate signing secret is set/);
    expect(await stored()).toEqual([]);
  });

  it('refuses a wrong or missing signature with 401, storing nothing', async () => {
    await setSecret();
    const body = JSON.stringify(ratingEvent());
    expect((await signed(body, 'another-secret')).status).toBe(401);
    expect((await post(body)).status).toBe(401);
    // Signed, then changed on the way.
    const tampered = await post(body.replace('"4"', '"1"'), {
      Hmac: survicateSignature(SECRET, body),
    });
    expect(tampered.status).toBe(401);
    expect(await stored()).toEqual([]);
  });

  it('records a signed answer about a case once: 202 with the id, then 409 for the replay', async () => {
    await setSecret();
    const key = await demo.reportIncident();
    const body = JSON.stringify(ratingEvent({ attributes: { issue_key: key } }));
    const first = await signed(body);
    expect(first).toEqual({
      status: 202,
      body: { feedbackId: expect.any(String), flagged: false },
    });
    const record = await feedbackFromSource(demo.sim.forge.sql.db, 'survicate', 'msg-1');
    expect(record).toMatchObject({
      id: first.body.feedbackId,
      scale: 'csat',
      score: 4,
      comment: 'Fine',
      issueKey: key,
      customer: 'schultz',
      answeredAt: Date.parse('2026-03-02T09:30:00Z'),
      rawPayload: body,
    });

    const replay = await signed(body);
    expect(replay.status).toBe(409);
    expect(replay.body).toMatchObject({ feedbackId: first.body.feedbackId });
    expect(await stored()).toHaveLength(1);
  });

  it('refuses an oversized body with 413 before anything else', async () => {
    await setSecret();
    const body = JSON.stringify({
      ...ratingEvent(),
      padding: 'x'.repeat(SURVICATE_MAX_BODY_BYTES),
    });
    const answer = await signed(body);
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatch(/at most 65536 are accepted/);
    expect(await stored()).toEqual([]);
  });

  it('refuses malformed JSON and wrong fields with 400, naming every path', async () => {
    await setSecret();
    expect(await signed('{"messageId":')).toEqual({
      status: 400,
      body: {
        error: '1 problem in the event',
        errors: [{ path: '$', message: 'the body is not JSON' }],
      },
    });
    const wrong = JSON.stringify({ messageId: 7, event: { questionAnswered: { type: 'rating' } } });
    const answer = await signed(wrong);
    expect(answer.status).toBe(400);
    expect((answer.body.errors as { path: string }[]).map((e) => e.path)).toEqual([
      '$.messageId',
      '$.event.questionAnswered.timestamp',
      '$.event.questionAnswered.survey',
      '$.event.questionAnswered.question',
      '$.event.questionAnswered.choice',
    ]);
    expect(await stored()).toEqual([]);
  });

  it('refuses a rating that is no number, and an unknown issue key, with 422', async () => {
    await setSecret();
    const words = await signed(JSON.stringify(ratingEvent({ body: 'Great' })));
    expect(words.status).toBe(422);
    expect(words.body.errors).toEqual([
      {
        path: '$.event.questionAnswered.choice.body',
        message: 'must be a whole number from 1 to 5 for a rating question, not "Great"',
      },
    ]);
    const unknown = await signed(
      JSON.stringify(ratingEvent({ messageId: 'msg-2', attributes: { issue_key: 'SUP-404' } })),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([
      {
        path: '$.event.questionAnswered.respondent.attributes.issue_key',
        message: 'no issue SUP-404 exists, or the app cannot see it',
      },
    ]);
    expect(await stored()).toEqual([]);
  });

  it('accepts survey completions with 202 but records nothing, saying which events to enable', async () => {
    await setSecret();
    const body = JSON.stringify({
      messageId: 'm-3',
      deliveryTries: 0,
      event: { surveyCompleted: {} },
    });
    const answer = await signed(body);
    expect(answer.status).toBe(202);
    expect(answer.body.status).toMatch(/enable Question answered events/);
    expect(await stored()).toEqual([]);
  });

  it('asks Survicate to deliver again later when Jira stays busy, storing nothing', async () => {
    await setSecret();
    const key = await demo.reportIncident();
    // Jira answers 429 with a wait longer than the trigger's retry budget allows.
    demo.sim.jira.failNext(1_000, 429, {
      retryAfterSeconds: 120,
      pathPrefix: `/rest/api/3/issue/${key}`,
    });
    const body = JSON.stringify(ratingEvent({ attributes: { issue_key: key } }));
    const response = await fetch(url, {
      method: 'POST',
      headers: { Hmac: survicateSignature(SECRET, body) },
      body,
    });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('120');
    expect(await stored()).toEqual([]);
    // Once Jira recovers, the same message is recorded.
    demo.sim.jira.recover();
    expect((await signed(body)).status).toBe(202);
  });

  it('answers 405 to anything but POST', async () => {
    await setSecret();
    const response = await fetch(url, { method: 'GET' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });
});
