import { largeText } from './largeText';
import type { Migration } from './migrations';

/**
 * The tables of `relationshipSchema.ts`, appended to `MIGRATIONS` (names v301–v319): one DDL statement each,
 * no foreign keys, portable between MySQL (TiDB, MariaDB) and Postgres (PGlite).
 */
export const RELATIONSHIP_MIGRATIONS: readonly Migration[] = [
  {
    name: 'v301_create_customer_relationships',
    statement: (db) =>
      db.schema
        .createTable('customer_relationships')
        .ifNotExists()
        .addColumn('customer_id', 'varchar(255)', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('saved_at', 'bigint', (c) => c.notNull())
        .addColumn('saved_by', 'varchar(128)', (c) => c.notNull())
        .addColumn('account_manager', 'varchar(128)')
        .addColumn('orderer_count', 'integer', (c) => c.notNull())
        .addColumn('orderers_with_contact', 'integer', (c) => c.notNull())
        .addColumn('relationship', largeText(db), (c) => c.notNull())
        .addPrimaryKeyConstraint('customer_relationships_pk', ['customer_id', 'revision']),
  },
  {
    name: 'v302_index_customer_relationships_saved',
    statement: (db) =>
      db.schema
        .createIndex('customer_relationships_saved')
        .on('customer_relationships')
        .columns(['saved_at']),
  },
  {
    name: 'v303_create_customer_meetings',
    statement: (db) =>
      db.schema
        .createTable('customer_meetings')
        .ifNotExists()
        .addColumn('meeting_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('customer_id', 'varchar(255)', (c) => c.notNull())
        .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
        .addColumn('attendees', largeText(db), (c) => c.notNull())
        .addColumn('minutes', largeText(db), (c) => c.notNull())
        .addColumn('recorded_at', 'bigint', (c) => c.notNull())
        .addColumn('recorded_by', 'varchar(128)', (c) => c.notNull())
        .addPrimaryKeyConstraint('customer_meetings_pk', ['meeting_id', 'revision']),
  },
  {
    name: 'v304_index_customer_meetings_customer',
    statement: (db) =>
      db.schema
        .createIndex('customer_meetings_customer')
        .on('customer_meetings')
        .columns(['customer_id', 'held_on']),
  },
  {
    name: 'v305_create_meeting_actions',
    statement: (db) =>
      db.schema
        .createTable('meeting_actions')
        .ifNotExists()
        .addColumn('meeting_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('summary', 'varchar(255)')
        .addColumn('owner', 'varchar(128)')
        .addColumn('due_date', 'varchar(10)')
        .addColumn('issue_key', 'varchar(64)')
        .addColumn('created_by_app', 'smallint', (c) => c.notNull())
        .addColumn('claimed_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('meeting_actions_pk', ['meeting_id', 'position']),
  },
];
