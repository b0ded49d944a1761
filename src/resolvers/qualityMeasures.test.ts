import { insertFeedback } from '../storage/quality/feedbackRecords';
import type { SqlDatabase } from '../storage/sql/schema';
import { testDatabase } from '../../test/support/testDatabase';
import { qualityMeasuresResolvers } from './qualityMeasures';
import type { ResolverCall, ResolverContext } from './resolverKit';
import type { QualityMeasures } from './views';

const CALL: ResolverCall = { accountId: 'acc-1' };
let db: SqlDatabase;
let viewer: { admin: boolean; groups: string[] };
let ctx: ResolverContext;

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; errors?: unknown } };
const call = <T>(payload: unknown) =>
  qualityMeasuresResolvers.getQualityMeasures!(payload, CALL, ctx) as Promise<Answer<T>>;

beforeEach(() => {
  viewer = { admin: false, groups: ['team-leads'] };
  // Only what this resolver uses: the store, the clock and the viewer.
  ctx = {
    sql: db,
    now: () => Date.parse('2026-11-15T12:00:00Z'),
    log: () => undefined,
    jiraAsUser: {
      myPermissions: async () => ({ ADMINISTER: viewer.admin }),
      myselfWithGroups: async () => ({
        accountId: 'acc-1',
        timeZone: 'Europe/Copenhagen',
        groups: viewer.groups,
      }),
    },
  } as unknown as ResolverContext;
});

describe('getQualityMeasures', () => {
  // Inside the describe: its afterAll runs before the file's, which closes the embedded database.
  beforeAll(async () => {
    db = await testDatabase();
    // 00:30 on 1 November in Copenhagen, 23:30 on 31 October in UTC.
    await insertFeedback(db, {
      id: 'fb-1',
      source: 'app',
      sourceId: 'fb-1',
      scale: 'csat',
      score: 5,
      reason: null,
      comment: null,
      issueKey: 'SUP-1',
      customer: 'acme',
      product: null,
      component: null,
      team: 'Support',
      answeredAt: Date.parse('2026-10-31T23:30Z'),
      receivedAt: Date.parse('2026-10-31T23:30Z'),
      flagCauses: [],
      rawPayload: '{}',
    });
  });
  afterAll(() => db.destroy());

  it('gives a team lead the months in their time zone', async () => {
    const answer = await call<QualityMeasures>({ from: '2026-10', to: '2026-11' });
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    expect(answer.data.months.map((m) => [m.month, m.csatAnswers])).toEqual([
      ['2026-10', 0],
      ['2026-11', 1],
    ]);
    expect(answer.data.rows).toMatchObject([
      { month: '2026-11', team: 'Support', csatPercent: 100 },
    ]);
  });

  it('gives an administrator the last 12 months by the app’s clock without a payload', async () => {
    viewer = { admin: true, groups: [] };
    const answer = await call<QualityMeasures>(undefined);
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    expect([answer.data.from, answer.data.to]).toEqual(['2025-12', '2026-11']);
  });

  it('refuses agents', async () => {
    viewer = { admin: false, groups: ['support-team'] };
    const answer = await call<QualityMeasures>({});
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a bad request naming the field', async () => {
    const answer = await call<QualityMeasures>({ from: '2026-11', to: '2026-10', team: 'x' });
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { path: '$.to', message: 'must not be before from' },
          { path: '$.team', message: 'is not a field of the request' },
        ],
      },
    });
  });
});
