import { PGlite } from '@electric-sql/pglite';
import {
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import { NO_STREAMING, NO_TRANSACTIONS } from '../../forge/forgeSqlRefusals';
import { migrateDatabase } from './migrateDatabase';
import type { Database } from './schema';

/**
 * One embedded Postgres (PGlite: Postgres compiled to WebAssembly, nothing to install), the local
 * engine of `npm start` and `npm test`. It is one session, so it serves one holder at a time.
 * Several databases can share it, each in a Postgres schema of its own (`pgliteDialect`), since
 * starting PGlite takes a second or two and much memory: every simulator in a test file shares one.
 */
export class PgliteServer {
  private queue: Promise<void> = Promise.resolve();
  private schemas = 0;

  constructor(readonly pglite: PGlite) {}

  /** An in-memory PGlite, or one kept in `dataDir`. */
  static open(dataDir?: string): PgliteServer {
    return new PgliteServer(new PGlite(dataDir));
  }

  /** Waits for the session; call the returned function to hand it on. */
  async acquire(): Promise<() => void> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise((resolve) => (release = resolve));
    await previous;
    return release;
  }

  /** A name for a new schema, unique on this server. */
  nextSchema(): string {
    this.schemas += 1;
    return `db_${this.schemas}`;
  }
}

/**
 * The dialect of a database on `server`: in `schema` (created and migrated on first use) when
 * given, else in the server's default schema (migrated by the caller). Usable at once: the first
 * query waits for PGlite to start. Like Forge SQL, it has no transactions.
 */
export function pgliteDialect(server: PgliteServer, schema?: string): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new PgliteDriver(server, schema),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

class PgliteDriver implements Driver {
  private release: (() => void) | undefined;

  constructor(
    private readonly server: PgliteServer,
    private readonly schema: string | undefined,
  ) {}

  async init(): Promise<void> {
    await this.server.pglite.waitReady;
    if (!this.schema) return;
    await this.server.pglite.exec(`create schema if not exists "${this.schema}"`);
    const setUp = new Kysely<Database>({
      dialect: {
        ...pgliteDialect(this.server, this.schema),
        createDriver: () => this.unmigrated(),
      },
    });
    await migrateDatabase(setUp);
  }

  /** This schema's session without the set-up, to run the migrations through. */
  private unmigrated(): Driver {
    const driver = new PgliteDriver(this.server, this.schema);
    driver.init = async () => undefined;
    driver.destroy = async () => undefined;
    return driver;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    this.release = await this.server.acquire();
    if (this.schema) await this.server.pglite.exec(`set search_path to "${this.schema}"`);
    return new PgliteConnection(this.server.pglite);
  }

  async beginTransaction(): Promise<void> {
    throw new Error(NO_TRANSACTIONS);
  }

  async commitTransaction(): Promise<void> {
    throw new Error(NO_TRANSACTIONS);
  }

  async rollbackTransaction(): Promise<void> {
    throw new Error(NO_TRANSACTIONS);
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    // A database in a schema of a shared server leaves the server running for the others.
    if (this.schema) {
      const release = await this.server.acquire();
      try {
        await this.server.pglite.exec(`drop schema if exists "${this.schema}" cascade`);
      } finally {
        release();
      }
    } else await this.server.pglite.close();
  }
}

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly pglite: PGlite) {}

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.pglite.query<R>(compiledQuery.sql, [...compiledQuery.parameters]);
    return {
      rows: result.rows,
      ...(result.affectedRows !== undefined && { numAffectedRows: BigInt(result.affectedRows) }),
    };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error(NO_STREAMING);
  }
}
