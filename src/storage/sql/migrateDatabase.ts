import type { Kysely } from 'kysely';
import { throughDdlEndpoint } from './ddlEndpoint';
import { MIGRATIONS, type Migration } from './migrations';
import type { SqlDatabase } from './schema';

/**
 * Applies the migrations a local database (PGlite, MariaDB) has not had yet, in order, recording
 * each by name, as Forge's `migrationRunner` does on Forge SQL (`forgeSql.ts`), and like it through
 * Forge SQL's DDL endpoint (`ddlEndpoint.ts`). Returns the names applied.
 */
export function migrateDatabase(
  db: SqlDatabase,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  return throughDdlEndpoint(() => applyMigrations(db, migrations));
}

async function applyMigrations(
  db: SqlDatabase,
  migrations: readonly Migration[],
): Promise<string[]> {
  const untyped = db as unknown as Kysely<MigrationsTable>;
  await untyped.schema
    .createTable('slm_migrations')
    .ifNotExists()
    .addColumn('name', 'varchar(255)', (c) => c.primaryKey())
    .addColumn('migrated_at', 'bigint', (c) => c.notNull())
    .execute();
  const done = new Set(
    (await untyped.selectFrom('slm_migrations').select('name').execute()).map((row) => row.name),
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.name)) continue;
    await db.executeQuery(migration.statement(db as unknown as Kysely<unknown>).compile());
    await untyped
      .insertInto('slm_migrations')
      .values({ name: migration.name, migrated_at: Date.now() })
      .execute();
    applied.push(migration.name);
  }
  return applied;
}

interface MigrationsTable {
  slm_migrations: { name: string; migrated_at: number };
}
