import { sql } from 'kysely';
import { migrateDatabase } from '../../src/storage/sql/migrateDatabase';
import { MIGRATIONS } from '../../src/storage/sql/migrations';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

describe('migrations', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('create every table from nothing, and applying them again changes nothing', async () => {
    const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
    expect(tables).toEqual([
      'case_closures',
      'customer_meetings',
      'customer_relationships',
      'dev_handovers',
      'environment_versions',
      'feedback',
      'follow_up_attempts',
      'follow_ups',
      'goal_cycles',
      'issue_facts',
      'issued_reports',
      'kpi_values',
      'meeting_actions',
      'non_conformities',
      'non_conformity_links',
      'non_conformity_notices',
      'owner_actions',
      'quality_audit',
      'release_notes',
      'report_deliveries',
      'review_packs',
      'risk_approvals',
      'risk_revisions',
      'risk_scores',
      'rollup_case_figures',
      'rollup_goal_figures',
      'rollup_months',
      'slm_migrations',
    ]);
    expect(await migrateDatabase(db)).toEqual([]);
    const recorded = await sql<{
      name: string;
    }>`select name from slm_migrations order by name`.execute(db);
    expect(recorded.rows.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('are each one statement with no foreign key, as Forge SQL requires', () => {
    for (const migration of MIGRATIONS) {
      const text = migration.statement(db as never).compile().sql;
      expect(text).not.toMatch(/;\s*\S/);
      expect(text).not.toMatch(/foreign key|references/i);
    }
  });
});
