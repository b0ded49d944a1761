import type { Compilable, CreateTableBuilder, Kysely } from 'kysely';
import { largeText } from './largeText';
import { DEV_LOOP_MIGRATIONS } from './devLoopMigrations';
import { KPI_MIGRATIONS } from './kpiMigrations';
import { QUALITY_MIGRATIONS } from './qualityMigrations';
import { RELATIONSHIP_MIGRATIONS } from './relationshipMigrations';
import { REVIEW_MIGRATIONS } from './reviewMigrations';
import { RISK_MIGRATIONS } from './riskMigrations';

/**
 * The schema as numbered migrations, applied in order and each exactly once, by name: on Forge by
 * `migrationRunner` from `@forge/sql` (`forgeMigrations.ts`), locally by `migrateDatabase`. Each
 * is one DDL statement, as Forge SQL runs one statement per request, and none declares a foreign
 * key, which Forge SQL refuses
 * (https://developer.atlassian.com/platform/forge/limits-sql, https://developer.atlassian.com/platform/forge/storage-reference/sql-api-schema).
 * They are written with Kysely's schema builder so that each compiles for MySQL (TiDB, MariaDB)
 * and Postgres (PGlite) alike. A published migration is never edited: change the schema with a
 * new one.
 */
export interface Migration {
  readonly name: string;
  readonly statement: (db: Kysely<unknown>) => Compilable;
}

type TableBuilder = CreateTableBuilder<string, string>;

/** Columns that issue_facts and goal_cycles share: who and what the issue is about. */
const issueDimensions = (table: TableBuilder): TableBuilder =>
  table
    .addColumn('customer', 'varchar(255)')
    .addColumn('environment', 'varchar(64)')
    .addColumn('product', 'varchar(64)')
    .addColumn('team', 'varchar(255)')
    .addColumn('assignee', 'varchar(128)')
    .addColumn('issue_type', 'varchar(255)', (c) => c.notNull())
    .addColumn('priority', 'varchar(64)')
    .addColumn('priority_rank', 'integer');

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'v001_create_issue_facts',
    statement: (db) =>
      issueDimensions(
        db.schema
          .createTable('issue_facts')
          .ifNotExists()
          .addColumn('issue_id', 'varchar(32)', (c) => c.primaryKey())
          .addColumn('issue_key', 'varchar(64)', (c) => c.notNull())
          .addColumn('agreement', 'varchar(64)')
          .addColumn('contract_version', 'integer'),
      )
        .addColumn('priority_name', 'varchar(255)')
        .addColumn('status', 'varchar(255)', (c) => c.notNull())
        .addColumn('resolved', 'smallint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('resolved_at', 'bigint')
        .addColumn('evaluated_at', 'bigint', (c) => c.notNull()),
  },
  {
    name: 'v002_create_goal_cycles',
    statement: (db) =>
      issueDimensions(
        db.schema
          .createTable('goal_cycles')
          .ifNotExists()
          .addColumn('issue_id', 'varchar(32)', (c) => c.notNull())
          .addColumn('goal', 'varchar(64)', (c) => c.notNull())
          .addColumn('cycle', 'integer', (c) => c.notNull())
          .addColumn('goal_name', 'varchar(255)', (c) => c.notNull())
          .addColumn('internal', 'smallint', (c) => c.notNull())
          .addColumn('agreement', 'varchar(64)', (c) => c.notNull())
          .addColumn('contract_version', 'integer', (c) => c.notNull()),
      )
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('stopped_at', 'bigint')
        .addColumn('target_ms', 'bigint', (c) => c.notNull())
        .addColumn('elapsed_ms', 'bigint', (c) => c.notNull())
        .addColumn('paused_ms', 'bigint', (c) => c.notNull())
        .addColumn('result', 'varchar(16)', (c) => c.notNull())
        .addColumn('breached_at', 'bigint')
        .addColumn('evaluated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('goal_cycles_pk', ['issue_id', 'goal', 'cycle']),
  },
  {
    name: 'v003_index_goal_cycles_agreement_stopped',
    statement: (db) =>
      db.schema
        .createIndex('goal_cycles_agreement_stopped')
        .on('goal_cycles')
        .columns(['agreement', 'stopped_at']),
  },
  {
    name: 'v004_index_goal_cycles_customer_stopped',
    statement: (db) =>
      db.schema
        .createIndex('goal_cycles_customer_stopped')
        .on('goal_cycles')
        .columns(['customer', 'stopped_at']),
  },
  {
    name: 'v005_index_goal_cycles_started',
    statement: (db) =>
      db.schema.createIndex('goal_cycles_started').on('goal_cycles').column('started_at'),
  },
  {
    name: 'v006_create_issued_reports',
    statement: (db) =>
      db.schema
        .createTable('issued_reports')
        .ifNotExists()
        .addColumn('report_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('agreement', 'varchar(64)', (c) => c.notNull())
        .addColumn('customer', 'varchar(255)', (c) => c.notNull())
        .addColumn('period', 'varchar(16)', (c) => c.notNull())
        .addColumn('period_start', 'bigint', (c) => c.notNull())
        .addColumn('period_end', 'bigint', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('contract_version', 'integer')
        .addColumn('content_hash', 'char(64)', (c) => c.notNull())
        .addColumn('content', largeText(db), (c) => c.notNull())
        .addColumn('issued_at', 'bigint', (c) => c.notNull())
        .addColumn('issued_by', 'varchar(128)', (c) => c.notNull())
        .addColumn('change_note', 'varchar(2000)')
        .addUniqueConstraint('issued_reports_revision', ['agreement', 'period', 'revision']),
  },
  {
    // The management report's monthly rollups (`src/services/reports/monthRollups.ts`).
    name: 'v007_create_rollup_months',
    statement: (db) =>
      db.schema
        .createTable('rollup_months')
        .ifNotExists()
        .addColumn('start_ms', 'bigint', (c) => c.notNull())
        .addColumn('end_ms', 'bigint', (c) => c.notNull())
        .addColumn('build_id', 'varchar(32)')
        .addColumn('built_at', 'bigint')
        .addColumn('changed_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('rollup_months_pk', ['start_ms', 'end_ms']),
  },
  {
    // Key columns stay within TiDB's and InnoDB's 3,072 bytes of index key (4 bytes a character).
    name: 'v008_create_rollup_case_figures',
    statement: (db) =>
      db.schema
        .createTable('rollup_case_figures')
        .ifNotExists()
        .addColumn('start_ms', 'bigint', (c) => c.notNull())
        .addColumn('end_ms', 'bigint', (c) => c.notNull())
        .addColumn('build_id', 'varchar(32)', (c) => c.notNull())
        .addColumn('grouped_by', 'varchar(16)', (c) => c.notNull())
        .addColumn('grp', 'varchar(256)', (c) => c.notNull())
        .addColumn('received', 'integer', (c) => c.notNull())
        .addColumn('resolved', 'integer', (c) => c.notNull())
        .addColumn('case_load_at_end', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('rollup_case_figures_pk', [
          'start_ms',
          'end_ms',
          'build_id',
          'grouped_by',
          'grp',
        ]),
  },
  {
    name: 'v009_create_rollup_goal_figures',
    statement: (db) =>
      db.schema
        .createTable('rollup_goal_figures')
        .ifNotExists()
        .addColumn('start_ms', 'bigint', (c) => c.notNull())
        .addColumn('end_ms', 'bigint', (c) => c.notNull())
        .addColumn('build_id', 'varchar(32)', (c) => c.notNull())
        .addColumn('grouped_by', 'varchar(16)', (c) => c.notNull())
        .addColumn('grp', 'varchar(256)', (c) => c.notNull())
        .addColumn('goal', 'varchar(64)', (c) => c.notNull())
        .addColumn('internal', 'smallint', (c) => c.notNull())
        .addColumn('met', 'integer', (c) => c.notNull())
        .addColumn('missed', 'integer', (c) => c.notNull())
        .addColumn('open_breaches_at_end', 'integer', (c) => c.notNull())
        // At most 674 `bucket:count` entries: far within MySQL's 64 KiB TEXT.
        .addColumn('histogram', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('rollup_goal_figures_pk', [
          'start_ms',
          'end_ms',
          'build_id',
          'grouped_by',
          'grp',
          'goal',
          'internal',
        ]),
  },
  {
    // One row per issued revision that is distributed: its primary key is the claim that keeps a
    // revision from being posted twice (`src/services/reportDelivery.ts`).
    name: 'v010_create_report_deliveries',
    statement: (db) =>
      db.schema
        .createTable('report_deliveries')
        .ifNotExists()
        .addColumn('report_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('agreement', 'varchar(64)', (c) => c.notNull())
        .addColumn('issue_key', 'varchar(255)', (c) => c.notNull())
        .addColumn('recipients', 'text', (c) => c.notNull())
        .addColumn('comment_id', 'varchar(64)')
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'varchar(1000)')
        .addColumn('claimed_at', 'bigint', (c) => c.notNull())
        .addColumn('attempted_at', 'bigint')
        .addColumn('delivered_at', 'bigint'),
  },
  ...QUALITY_MIGRATIONS,
  ...DEV_LOOP_MIGRATIONS,
  ...RELATIONSHIP_MIGRATIONS,
  ...KPI_MIGRATIONS,
  ...RISK_MIGRATIONS,
  ...REVIEW_MIGRATIONS,
];
