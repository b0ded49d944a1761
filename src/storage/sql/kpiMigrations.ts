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
    name: 'v322_create_kpi_actions',
    statement: (db) =>
      db.schema
        .createTable('kpi_actions')
        .ifNotExists()
        .addColumn('kpi_id', 'varchar(64)', (c) => c.notNull())
        .addColumn('month', 'varchar(7)', (c) => c.notNull())
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('started_at', 'bigint', (c) => c.notNull())
        .addColumn('issue_key', 'varchar(64)')
        .addColumn('findings', 'varchar(2000)', (c) => c.notNull())
        .addColumn('error', 'varchar(2000)')
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('kpi_actions_pk', ['kpi_id', 'month']),
  },
];
