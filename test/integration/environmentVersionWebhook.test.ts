/**
 * The deployment pipelines' web trigger through the simulator's Forge: per-environment Bearer
 * secrets, every refusal a 4xx that stores nothing, replays refused, and an upgrade (only an
 * upgrade) announced on `dev-loop-events`, recorded first so a failed push loses nothing.
 */
import type { AppContext, WorkQueue } from '../../src/services/appContext';
import { webTriggerCall, webTriggerPath } from '../../src/simulator/webTriggers';
import { setEnvironmentSecret } from '../../src/storage/devloop/environmentVersionsSecrets';
import {
  ENVIRONMENT_VERSION_MAX_BODY_BYTES,
  onEnvironmentVersionWebhook,
} from '../../src/triggers/environmentVersionWebhook';
import { demoSimulator } from '../support/simulator';

const SECRET = 'pipeline-secret-0123456789';
const TRIGGER = 'environment-version';

describe('the environment-version web trigger', () => {
  let demo: Awaited<ReturnType<typeof demoSimulator>>;
  beforeEach(async () => {
    demo = await demoSimulator();
    await setEnvironmentSecret(demo.sim.forge.store, demo.sim.forge.store, 'schultz-prod', SECRET, {
      accountId: 'acc-admin',
      at: '2026-03-02T07:00:00.000Z',
    });
  });

  const report = (over: Record<string, unknown> = {}) =>
    JSON.stringify({ environment: 'schultz-prod', version: '5.10.2', requestId: 'run-1', ...over });

  const call = (body: string, headers: Record<string, string> = {}, method = 'POST') =>
    webTriggerCall(method, new URL(`http://localhost${webTriggerPath(TRIGGER)}`), headers, body);

  const send = async (body: string, headers: Record<string, string> = {}, method = 'POST') => {
    const answer = await demo.sim.forge.webTrigger(TRIGGER, call(body, headers, method));
    return {
      status: answer?.statusCode,
      body: JSON.parse(answer?.body ?? 'null') as Record<string, unknown>,
    };
  };
  const authorized = (body: string, secret = SECRET) =>
    send(body, { Authorization: `Bearer ${secret}` });

  const stored = () =>
    demo.sim.forge.sql.db.selectFrom('environment_versions').selectAll().execute();

  it('records an authenticated report: 202 with its id, source and time', async () => {
    const answer = await authorized(report({ pipeline: 'deploy-prod' }));
    expect(answer).toEqual({
      status: 202,
      body: { reportId: expect.any(String), previous: '5.2.1', upgraded: true },
    });
    expect(await stored()).toEqual([
      expect.objectContaining({
        report_id: answer.body.reportId,
        environment: 'schultz-prod',
        product: 'ihlp',
        version: '5.10.2',
        source: 'pipeline',
        reported_by: 'deploy-prod',
        request_id: 'run-1',
      }),
    ]);
    expect(Number((await stored())[0]!.reported_at)).toBe(demo.sim.forge.context().now());
  });

  it('refuses a missing, malformed or wrong secret with 401, storing nothing', async () => {
    const body = report();
    for (const headers of [
      {} as Record<string, string>,
      { Authorization: SECRET },
      { Authorization: `Basic ${SECRET}` },
      { Authorization: `Bearer ${SECRET}x` },
      { Authorization: 'Bearer ' },
    ]) {
      expect((await send(body, headers)).status).toBe(401);
    }
    expect(await stored()).toEqual([]);
  });

  it('answers an unknown environment exactly as a wrong secret: nothing about which exist', async () => {
    const wrong = await authorized(report(), 'not-the-secret-at-all');
    const unknown = await authorized(report({ environment: 'nowhere-prod' }));
    // An environment of the contract without a secret: the same again.
    const unset = await authorized(report({ environment: 'gota-prod' }));
    expect(wrong.status).toBe(401);
    expect(unknown).toEqual(wrong);
    expect(unset).toEqual(wrong);
    expect(await stored()).toEqual([]);
  });

  it('tells a caller with a valid secret that its environment left the contract (404)', async () => {
    await setEnvironmentSecret(demo.sim.forge.store, demo.sim.forge.store, 'old-prod', SECRET, {
      accountId: 'acc-admin',
      at: '2026-03-02T07:00:00.000Z',
    });
    const answer = await authorized(report({ environment: 'old-prod' }));
    expect(answer.status).toBe(404);
    expect(answer.body.error).toMatch(/old-prod is no longer in the contract/);
    expect(await stored()).toEqual([]);
  });

  it('refuses a replayed request with 409, changing nothing', async () => {
    const first = await authorized(report());
    const again = await authorized(report({ version: '6.0.0' }));
    expect(again).toEqual({
      status: 409,
      body: {
        error: 'Request run-1 was recorded before; nothing changed.',
        reportId: first.body.reportId,
      },
    });
    expect((await stored()).map((r) => r.version)).toEqual(['5.10.2']);
  });

  it('refuses an oversized body with 413 before reading it', async () => {
    const body = report({ pipeline: 'x'.repeat(ENVIRONMENT_VERSION_MAX_BODY_BYTES) });
    const answer = await authorized(body);
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatch(/at most 8192 are accepted/);
    expect(await stored()).toEqual([]);
  });

  it('refuses malformed bodies with 400 and the JSON path of each problem', async () => {
    expect(await authorized('{"environment": ')).toEqual({
      status: 400,
      body: {
        error: '1 problem in the report',
        errors: [{ path: '$', message: 'the body is not JSON' }],
      },
    });
    expect((await authorized('[1]')).body.errors).toEqual([
      { path: '$', message: 'must be an object, not an array' },
    ]);
    const answer = await authorized(
      JSON.stringify({ environment: 'schultz-prod', version: 5.1, versoin: '5.1' }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      { path: '$.version', message: 'must be a non-empty string' },
      { path: '$.requestId', message: 'must be a non-empty string' },
      {
        path: '$.versoin',
        message: 'is not a field of a version report (environment, version, requestId, pipeline)',
      },
    ]);
    expect((await authorized(report({ requestId: 'r'.repeat(129) }))).body.errors).toEqual([
      { path: '$.requestId', message: 'must be at most 128 characters' },
    ]);
    expect(await stored()).toEqual([]);
  });

  it('refuses an unreadable version with 422 and its reason, never storing it', async () => {
    const answer = await authorized(report({ version: 'latest' }));
    expect(answer).toEqual({
      status: 422,
      body: {
        error: '1 problem in the report',
        errors: [
          { path: '$.version', message: expect.stringMatching(/"latest" is not a version/) },
        ],
      },
    });
    expect(await stored()).toEqual([]);
  });

  it('refuses anything but POST with 405 and Allow: POST', async () => {
    const answer = await demo.sim.forge.webTrigger(TRIGGER, call('', {}, 'GET'));
    expect(answer?.statusCode).toBe(405);
    expect(answer?.headers?.allow).toEqual(['POST']);
    expect(await stored()).toEqual([]);
  });

  describe('announcing upgrades', () => {
    const withQueue = (devLoopEvents: WorkQueue): AppContext => ({
      ...demo.sim.forge.context(),
      devLoopEvents,
    });
    const request = (over: Record<string, unknown>) => ({
      method: 'POST' as const,
      headers: { authorization: [`Bearer ${SECRET}`] },
      body: report(over),
    });

    it('pushes { reportId, environment } when the version went up, and only then', async () => {
      const pushed: Record<string, unknown>[] = [];
      const ctx = withQueue({ push: async (bodies) => void pushed.push(...bodies) });
      const answers = [];
      // The contract says 5.2.1; each report is compared with the one before it: lower, the
      // same (5.1.9.0 = 5.1.9), higher, the same, lower (5.9 < 5.10, never by string), higher.
      const versions = ['5.1.9', '5.1.9.0', '5.10', '5.10.0', '5.9', '5.10.1-rc.1'];
      for (const [i, version] of versions.entries()) {
        const answer = await onEnvironmentVersionWebhook(
          request({ version, requestId: `r${i}` }),
          ctx,
        );
        answers.push(JSON.parse(answer.body!) as { reportId: string; upgraded: boolean });
      }
      expect(answers.map((a) => a.upgraded)).toEqual([false, false, true, false, false, true]);
      expect(pushed).toEqual([
        { reportId: answers[2]!.reportId, environment: 'schultz-prod' },
        { reportId: answers[5]!.reportId, environment: 'schultz-prod' },
      ]);
      // Every accepted report is in the history, the lower ones too.
      expect(await stored()).toHaveLength(6);
    });

    it('keeps the report when the queue is down and answers 503 (the sweep takes it up)', async () => {
      const ctx = withQueue({
        push: async () => {
          throw new Error('queue unavailable');
        },
      });
      const answer = await onEnvironmentVersionWebhook(request({}), ctx);
      expect(answer.statusCode).toBe(503);
      const body = JSON.parse(answer.body!) as { reportId: string; error: string };
      expect(body.error).toMatch(/recorded/);
      expect((await stored()).map((r) => r.report_id)).toEqual([body.reportId]);
      // The pipeline's retry of the same request changes nothing.
      expect((await onEnvironmentVersionWebhook(request({}), ctx)).statusCode).toBe(409);
      expect(await stored()).toHaveLength(1);
    });
  });
});
