import type { Migration } from './migrations';
import { largeText } from './largeText';

/**
 * The tables of `riskSchema.ts`, appended to `MIGRATIONS` (names v341–v359): one DDL statement each,
 * no foreign keys, portable between MySQL (TiDB, MariaDB) and Postgres (PGlite).
 */
export const RISK_MIGRATIONS: readonly Migration[] = [
  {
    name: 'v341_create_risk_scores',
    statement: (db) =>
      db.schema
        .createTable('risk_scores')
        .ifNotExists()
        .addColumn('area_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('month', 'varchar(7)', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('score', 'integer', (c) => c.notNull())
        .addColumn('source', 'varchar(16)', (c) => c.notNull())
        .addColumn('note', 'varchar(1000)')
        .addColumn('scored_by', 'varchar(128)', (c) => c.notNull())
        .addColumn('scored_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('risk_scores_pk', ['area_id', 'month', 'revision']),
  },
  {
    // The trends read a run of months of every area.
    name: 'v342_index_risk_scores_month',
    statement: (db) =>
      db.schema.createIndex('risk_scores_month').on('risk_scores').columns(['month']),
  },
  {
    name: 'v344_create_risk_revisions',
    statement: (db) =>
      db.schema
        .createTable('risk_revisions')
        .ifNotExists()
        .addColumn('risk_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('title', 'varchar(255)', (c) => c.notNull())
        .addColumn('description', largeText(db), (c) => c.notNull())
        .addColumn('area_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('owner', 'varchar(128)')
        .addColumn('level', 'varchar(16)', (c) => c.notNull())
        .addColumn('mitigation', largeText(db), (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('changed_by', 'varchar(128)', (c) => c.notNull())
        .addColumn('changed_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('risk_revisions_pk', ['risk_id', 'revision']),
  },
  {
    name: 'v345_create_risk_approvals',
    statement: (db) =>
      db.schema
        .createTable('risk_approvals')
        .ifNotExists()
        .addColumn('approval_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('risk_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('level', 'varchar(16)', (c) => c.notNull())
        .addColumn('body', 'varchar(32)', (c) => c.notNull())
        .addColumn('approved_by', 'varchar(128)', (c) => c.notNull())
        .addColumn('approved_at', 'bigint', (c) => c.notNull())
        .addColumn('note', 'varchar(1000)'),
  },
  {
    name: 'v346_index_risk_approvals_risk',
    statement: (db) =>
      db.schema.createIndex('risk_approvals_risk').on('risk_approvals').columns(['risk_id']),
  },
];
