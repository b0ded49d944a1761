import type { Migration } from './migrations';

/**
 * The development loop's tables (`devLoopSchema.ts`), appended to `MIGRATIONS`: one DDL
 * statement each, no foreign keys, portable between MySQL (TiDB, MariaDB) and Postgres (PGlite).
 */
export const DEV_LOOP_MIGRATIONS: readonly Migration[] = [
  {
    name: 'v201_create_environment_versions',
    statement: (db) =>
      db.schema
        .createTable('environment_versions')
        .ifNotExists()
        .addColumn('report_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('environment', 'varchar(64)', (c) => c.notNull())
        .addColumn('product', 'varchar(64)')
        .addColumn('version', 'varchar(100)', (c) => c.notNull())
        .addColumn('source', 'varchar(16)', (c) => c.notNull())
        .addColumn('reported_by', 'varchar(128)', (c) => c.notNull())
        .addColumn('reported_at', 'bigint', (c) => c.notNull())
        .addColumn('request_id', 'varchar(128)')
        .addUniqueConstraint('environment_versions_request', ['environment', 'request_id']),
  },
  {
    name: 'v202_index_environment_versions_reported',
    statement: (db) =>
      db.schema
        .createIndex('environment_versions_reported')
        .on('environment_versions')
        .columns(['environment', 'reported_at']),
  },
  {
    name: 'v203_create_dev_handovers',
    statement: (db) =>
      db.schema
        .createTable('dev_handovers')
        .ifNotExists()
        .addColumn('case_id', 'varchar(32)', (c) => c.primaryKey())
        .addColumn('case_key', 'varchar(64)', (c) => c.notNull())
        .addColumn('dev_key', 'varchar(64)', (c) => c.notNull())
        .addColumn('product', 'varchar(64)')
        .addColumn('environment', 'varchar(64)')
        .addColumn('handed_over_at', 'bigint', (c) => c.notNull())
        .addColumn('handed_over_by', 'varchar(128)', (c) => c.notNull())
        .addColumn('dev_status', 'varchar(255)')
        .addColumn('fixed_in', 'varchar(100)')
        .addColumn('fixed_at', 'bigint')
        .addColumn('updated_at', 'bigint', (c) => c.notNull()),
  },
  {
    name: 'v204_index_dev_handovers_dev_key',
    statement: (db) =>
      db.schema.createIndex('dev_handovers_dev_key').on('dev_handovers').column('dev_key'),
  },
  {
    name: 'v205_create_case_closures',
    statement: (db) =>
      db.schema
        .createTable('case_closures')
        .ifNotExists()
        .addColumn('case_id', 'varchar(32)', (c) => c.notNull())
        .addColumn('fixed_in', 'varchar(100)', (c) => c.notNull())
        .addColumn('environment', 'varchar(64)', (c) => c.notNull())
        .addColumn('report_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'varchar(1000)')
        .addColumn('claimed_at', 'bigint', (c) => c.notNull())
        .addColumn('closed_at', 'bigint')
        // The "ready to test" comment once posted, so a retry never posts it twice.
        .addColumn('comment_id', 'varchar(64)')
        // When the current attempt started: the retry schedule counts from it.
        .addColumn('attempted_at', 'bigint')
        .addPrimaryKeyConstraint('case_closures_pk', ['case_id', 'fixed_in']),
  },
  {
    name: 'v232_create_release_notes',
    statement: (db) =>
      db.schema
        .createTable('release_notes')
        .ifNotExists()
        .addColumn('report_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('environment', 'varchar(64)', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('issue_key', 'varchar(64)')
        .addColumn('case_keys', 'varchar(2000)')
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'varchar(1000)')
        .addColumn('claimed_at', 'bigint', (c) => c.notNull())
        .addColumn('attempted_at', 'bigint')
        .addColumn('sent_at', 'bigint'),
  },
];
