import { largeText } from './largeText';
import type { Migration } from './migrations';

/**
 * The tables of `reviewSchema.ts`, appended to `MIGRATIONS` (names v361–v379): one DDL statement
 * each, no foreign keys, portable between MySQL (TiDB, MariaDB) and Postgres (PGlite).
 */
export const REVIEW_MIGRATIONS: readonly Migration[] = [
  {
    name: 'v361_create_review_packs',
    statement: (db) =>
      db.schema
        .createTable('review_packs')
        .ifNotExists()
        .addColumn('pack_id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('period', 'varchar(16)', (c) => c.notNull())
        .addColumn('period_from', 'varchar(7)', (c) => c.notNull())
        .addColumn('period_to', 'varchar(7)', (c) => c.notNull())
        .addColumn('time_zone', 'varchar(64)', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('content_hash', 'char(64)', (c) => c.notNull())
        .addColumn('content', largeText(db), (c) => c.notNull())
        .addColumn('issued_at', 'bigint', (c) => c.notNull())
        .addColumn('issued_by', 'varchar(128)', (c) => c.notNull())
        .addUniqueConstraint('review_packs_revision', ['period', 'revision']),
  },
  {
    // The list of issued packs, newest first.
    name: 'v362_index_review_packs_issued',
    statement: (db) =>
      db.schema.createIndex('review_packs_issued').on('review_packs').column('issued_at'),
  },
];
