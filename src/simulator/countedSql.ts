import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import type { SqlDatabase } from '../storage/sql/schema';

/**
 * The app's database with a count of the statements it runs: on Forge each is one request to
 * Forge SQL, which the benchmark counts with Jira's and storage's.
 */
export class CountedSql implements KyselyPlugin {
  /** Statements run so far. */
  statements = 0;
  readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db.withPlugin(this);
  }

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    return node;
  }

  // Called once per statement run (compiling one without running it does not get here).
  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.statements += 1;
    return result;
  }
}
