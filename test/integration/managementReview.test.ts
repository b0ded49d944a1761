/**
 * The management review on the demo site with the app's real sources (relationship measures,
 * KPI trends, risk trends and register, the quality loop's non-conformities, the management
 * report by customer): two weeks of the demo story, previewed by an agent, issued by the
 * administrator, and downloaded as issued.
 */
import { createHash } from 'node:crypto';
import { appResolvers } from '../../src/handlers';
import type {
  IssuedReviewSummary,
  ReviewDownload,
  ReviewDraft,
} from '../../src/resolvers/managementReviewViews';
import type { ResolverResult } from '../../src/resolvers/views';
import { playDemoStory } from '../../src/simulator/demo/demoStory';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';
import { DEMO_USERS } from '../support/simulator';

const END = Date.parse('2026-03-16T09:00:00Z');

describe('the management review on the demo site', () => {
  let sim: Simulator;
  const call = async <T>(fn: string, payload: unknown, as: string) =>
    (await appResolvers.workListResolver[fn]!(
      payload,
      { accountId: as },
      sim.forge.resolverContext(as),
    )) as ResolverResult<T>;
  const ok = async <T>(fn: string, payload: unknown, as: string = DEMO_USERS.admin) => {
    const result = await call<T>(fn, payload, as);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };

  beforeAll(async () => {
    sim = new Simulator({ start: END - 14 * 86_400_000 });
    await setUpDemoSite(sim);
    await playDemoStory(sim, END);
  });

  it('gathers every section from the app’s records', async () => {
    const { pack } = await ok<ReviewDraft>(
      'previewManagementReview',
      { from: '2026-02', to: '2026-03' },
      DEMO_USERS.agents[0],
    );
    expect(pack.period).toMatchObject({ from: '2026-02', to: '2026-03' });
    expect(pack.customerSatisfaction.months.map((m) => m.month)).toEqual(['2026-02', '2026-03']);
    expect(pack.risk.trend.composite.map((m) => m.month)).toEqual(['2026-02', '2026-03']);
    expect(pack.nonConformities.months).toHaveLength(2);
    for (const kpi of pack.kpis.trends)
      expect(kpi.months.map((m) => m.month)).toEqual(['2026-02', '2026-03']);
    const sla = pack.slaCompliance;
    expect(sla.customers.length).toBeGreaterThan(0);
    expect(sla.total.met + sla.total.missed).toBe(
      sla.customers.reduce((n, c) => n + c.met + c.missed, 0),
    );
  });

  it('issues the pack and gives it back exactly as issued', async () => {
    const issued = await ok<IssuedReviewSummary>('issueManagementReview', {
      from: '2026-02',
      to: '2026-03',
      auditResults: {
        audits: [
          {
            kind: 'internal',
            title: 'Internal audit of incident handling',
            heldOn: '2026-03-05',
            auditor: 'Lars Lead',
            majorFindings: 0,
            minorFindings: 1,
            observations: 2,
            summary: 'Escalations documented late.',
          },
        ],
        conclusion: 'Effective, one improvement.',
      },
    });
    expect(issued).toMatchObject({ revision: 1, issuedBy: DEMO_USERS.admin });
    const json = await ok<ReviewDownload>(
      'downloadManagementReview',
      { packId: issued.packId, format: 'json' },
      DEMO_USERS.agents[0],
    );
    expect(createHash('sha256').update(json.content).digest('hex')).toBe(issued.contentHash);
    expect(
      await call('issueManagementReview', { from: '2026-02', to: '2026-03' }, DEMO_USERS.lead),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await call('listManagementReviews', {}, 'cust-mette-schultz')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
