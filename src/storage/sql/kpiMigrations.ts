import type { Migration } from './migrations';

/**
 * The tables of `kpiSchema.ts`, appended to `MIGRATIONS` (names v321–v339): one DDL statement each,
 * no foreign keys, portable between MySQL (TiDB, MariaDB) and Postgres (PGlite).
 */
export const KPI_MIGRATIONS: readonly Migration[] = [
  {
    name: 'v321_create_kpi_values',
    statement: (db) =>
      db.schema
        .createTable('kpi_values')
        .ifNotExists()
        .addColumn('kpi_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('month', 'varchar(7)', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('entered_by', 'varchar(128)', (c) => c.notNull())
        .addColumn('entered_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('kpi_values_pk', ['kpi_id', 'month', 'revision']),
  },
  {
    // The claims of the owners' action issues of every area (`ownerActions.ts`).
    name: 'v322_create_owner_actions',
    statement: (db) =>
      db.schema
        .createTable('owner_actions')
        .ifNotExists()
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('subject', 'varchar(64)', (c) => c.notNull())
        .addColumn('period', 'varchar(16)', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('claimed_at', 'bigint', (c) => c.notNull())
        .addColumn('issue_key', 'varchar(64)')
        .addColumn('refused', 'varchar(2000)')
        .addColumn('detail', 'varchar(2000)', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('owner_actions_pk', ['kind', 'subject', 'period']),
  },
  {
    // The Quality page reads a kind's claims of a run of months.
    name: 'v323_index_owner_actions_period',
    statement: (db) =>
      db.schema.createIndex('owner_actions_period').on('owner_actions').columns(['kind', 'period']),
  },
];
