import type { Migration } from './migrations';
import { largeText } from './largeText';

/**
 * The quality loop's tables (`qualitySchema.ts`), appended to `MIGRATIONS`: one DDL statement
 * each, no foreign keys, portable between MySQL (TiDB, MariaDB) and Postgres (PGlite).
 */
export const QUALITY_MIGRATIONS: readonly Migration[] = [
  {
    name: 'v101_create_feedback',
    statement: (db) =>
      db.schema
        .createTable('feedback')
        .ifNotExists()
        .addColumn('feedback_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('source', 'varchar(16)', (c) => c.notNull())
        .addColumn('source_id', 'varchar(255)', (c) => c.notNull())
        .addColumn('scale', 'varchar(8)', (c) => c.notNull())
        .addColumn('score', 'integer', (c) => c.notNull())
        .addColumn('reason', 'varchar(64)')
        .addColumn('comment', 'varchar(4000)')
        .addColumn('issue_key', 'varchar(64)')
        .addColumn('customer', 'varchar(255)')
        .addColumn('product', 'varchar(64)')
        .addColumn('component', 'varchar(255)')
        .addColumn('team', 'varchar(255)')
        .addColumn('answered_at', 'bigint', (c) => c.notNull())
        .addColumn('received_at', 'bigint', (c) => c.notNull())
        .addColumn('flagged', 'smallint', (c) => c.notNull())
        .addColumn('flag_causes', 'varchar(1000)')
        .addColumn('raw_payload', largeText(db), (c) => c.notNull())
        .addUniqueConstraint('feedback_source_id', ['source', 'source_id']),
  },
  {
    name: 'v102_index_feedback_answered',
    statement: (db) =>
      db.schema.createIndex('feedback_answered').on('feedback').columns(['flagged', 'answered_at']),
  },
  {
    name: 'v103_create_follow_ups',
    statement: (db) =>
      db.schema
        .createTable('follow_ups')
        .ifNotExists()
        .addColumn('feedback_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('issue_key', 'varchar(64)', (c) => c.notNull())
        .addColumn('lead', 'varchar(128)')
        .addColumn('due_at', 'bigint', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('recorded_at', 'bigint')
        .addColumn('recorded_by', 'varchar(128)')
        .addColumn('customer_contacted', 'smallint')
        .addColumn('outcome', 'varchar(32)')
        .addColumn('note', 'varchar(4000)')
        // When the sweep escalated it as overdue: setting it from null is the claim.
        .addColumn('escalated_at', 'bigint'),
  },
  {
    name: 'v104_create_non_conformities',
    statement: (db) =>
      db.schema
        .createTable('non_conformities')
        .ifNotExists()
        .addColumn('nc_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('issue_key', 'varchar(64)', (c) => c.notNull().unique())
        .addColumn('group_key', 'varchar(320)')
        .addColumn('open_group_key', 'varchar(320)', (c) => c.unique())
        .addColumn('raised_at', 'bigint', (c) => c.notNull())
        .addColumn('raised_by', 'varchar(128)', (c) => c.notNull())
        .addColumn('reason', 'varchar(4000)', (c) => c.notNull())
        .addColumn('capa', largeText(db), (c) => c.notNull())
        .addColumn('capa_step', 'varchar(32)', (c) => c.notNull())
        .addColumn('check_due_at', 'bigint')
        .addColumn('closed_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull()),
  },
  {
    name: 'v105_create_non_conformity_links',
    statement: (db) =>
      db.schema
        .createTable('non_conformity_links')
        .ifNotExists()
        .addColumn('nc_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('feedback_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('case_key', 'varchar(64)')
        .addColumn('linked_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('non_conformity_links_pk', ['nc_id', 'feedback_id']),
  },
  {
    name: 'v106_create_quality_audit',
    statement: (db) =>
      db.schema
        .createTable('quality_audit')
        .ifNotExists()
        .addColumn('audit_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('subject_type', 'varchar(32)', (c) => c.notNull())
        .addColumn('subject_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('actor', 'varchar(128)', (c) => c.notNull())
        .addColumn('action', 'varchar(64)', (c) => c.notNull())
        .addColumn('field', 'varchar(64)')
        .addColumn('before_value', largeText(db))
        .addColumn('after_value', largeText(db)),
  },
  {
    name: 'v107_index_quality_audit_subject',
    statement: (db) =>
      db.schema
        .createIndex('quality_audit_subject')
        .on('quality_audit')
        .columns(['subject_type', 'subject_id', 'at']),
  },
  {
    // The issue panel lists a case's feedback (`feedbackOfIssue`), newest first.
    name: 'v110_index_feedback_issue',
    statement: (db) =>
      db.schema.createIndex('feedback_issue').on('feedback').columns(['issue_key', 'answered_at']),
  },
  {
    name: 'v120_create_follow_up_attempts',
    statement: (db) =>
      db.schema
        .createTable('follow_up_attempts')
        .ifNotExists()
        .addColumn('feedback_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('issue_key', 'varchar(64)')
        .addPrimaryKeyConstraint('follow_up_attempts_pk', ['feedback_id', 'attempt']),
  },
  {
    name: 'v122_index_follow_ups_open',
    statement: (db) =>
      db.schema.createIndex('follow_ups_open').on('follow_ups').columns(['recorded_at', 'due_at']),
  },
  {
    name: 'v130_create_non_conformity_notices',
    statement: (db) =>
      db.schema
        .createTable('non_conformity_notices')
        .ifNotExists()
        .addColumn('nc_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('notice', 'varchar(64)', (c) => c.notNull())
        .addColumn('claimed_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('non_conformity_notices_pk', ['nc_id', 'notice']),
  },
  {
    // The quality measures read a run of months of answers, flagged or not (`feedback_answered`
    // leads with `flagged`): a range on the answer time alone.
    name: 'v140_index_feedback_answered_at',
    statement: (db) =>
      db.schema.createIndex('feedback_answered_at').on('feedback').columns(['answered_at']),
  },
];
