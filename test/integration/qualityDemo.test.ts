import { playDemoStory } from '../../src/simulator/demo/demoStory';
import { setUpQualityDemo } from '../../src/simulator/demo/qualitySettings';
import { setUpDemoSite } from '../../src/simulator/demo/site';
import { Simulator } from '../../src/simulator/simulator';

const DAY = 86_400_000;

/**
 * What `npm start` shows of the quality loop: two weeks of the demo desk with the demo's quality
 * settings. Low JSM ratings are followed up by the team lead in QM, and the recurring ones raise
 * a non-conformity there, with nothing failing on the way.
 */
describe('the demo desk with its quality settings', () => {
  it('follows up the low ratings and raises a non-conformity for the recurring ones', async () => {
    const end = Date.parse('2026-12-01T12:00:00Z');
    const sim = new Simulator({ start: end - 14 * DAY });
    await setUpDemoSite(sim);
    await setUpQualityDemo(sim);
    await playDemoStory(sim, end);

    const db = sim.forge.sql.db;
    const flagged = await db
      .selectFrom('feedback')
      .select('feedback_id')
      .where('flagged', '=', 1)
      .execute();
    const followUps = await db.selectFrom('follow_ups').select(['issue_key', 'lead']).execute();
    expect(flagged.length).toBeGreaterThanOrEqual(3);
    expect(followUps).toHaveLength(flagged.length);
    expect(followUps.every((f) => f.issue_key.startsWith('QM-') && f.lead === 'acc-lead')).toBe(
      true,
    );
    const nonConformities = await db
      .selectFrom('non_conformities')
      .select(['issue_key', 'capa_step'])
      .execute();
    expect(nonConformities.length).toBeGreaterThanOrEqual(1);
    expect(
      nonConformities.every((n) => n.issue_key.startsWith('QM-') && n.capa_step === 'containment'),
    ).toBe(true);
    expect(sim.forge.log.filter((l) => l.level === 'error')).toEqual([]);
  });
});
