import { MIGRATIONS } from '../storage/sql/migrations';
import { forgeSql, runForgeMigrations } from './forgeSql';

// jest.mock is hoisted above the imports; the mock reads these only when a statement runs.
/** Forge SQL's client as the app sees it: each statement answered by `answer`, and recorded. */
const statements: { query: string; params: unknown[] }[] = [];
let answer: (query: string) => unknown = () => ({ rows: [] });
const enqueued: [string, string][] = [];

jest.mock('@forge/sql', () => ({
  sql: {
    prepare: (query: string) => ({
      bindParams(...params: unknown[]) {
        return {
          execute: async () => {
            statements.push({ query, params });
            return answer(query);
          },
        };
      },
    }),
  },
  migrationRunner: {
    enqueue(name: string, statement: string) {
      enqueued.push([name, statement]);
      return this;
    },
    run: async () => enqueued.map(([name]) => name),
  },
}));

beforeEach(() => {
  statements.length = 0;
  enqueued.length = 0;
});

describe('Kysely over Forge SQL', () => {
  it('sends MySQL with ? placeholders, the values bound in order, and reads the rows', async () => {
    answer = () => ({ rows: [{ issue_id: '10001', status: 'Open' }] });
    const rows = await forgeSql
      .selectFrom('issue_facts')
      .select(['issue_id', 'status'])
      .where('agreement', '=', 'gold')
      .where('created_at', '>=', 5)
      .execute();
    expect(statements).toEqual([
      {
        query:
          'select `issue_id`, `status` from `issue_facts` where `agreement` = ? and `created_at` >= ?',
        params: ['gold', 5],
      },
    ]);
    expect(rows).toEqual([{ issue_id: '10001', status: 'Open' }]);
  });

  it('reads what an INSERT, UPDATE or DELETE changed from Forge’s update response', async () => {
    answer = () => ({
      rows: {
        affectedRows: 3,
        fieldCount: 0,
        info: '',
        insertId: 0,
        serverStatus: 2,
        warningStatus: 0,
      },
    });
    const result = await forgeSql.deleteFrom('goal_cycles').where('issue_id', '=', '1').execute();
    expect(result[0]!.numDeletedRows).toBe(3n);
  });

  it('lets Forge SQL’s own error through untouched, so the app sees what @forge/sql threw', async () => {
    const refusal = Object.assign(new Error('The provided query took more than 5 seconds'), {
      code: 'QUERY_TIMED_OUT',
    });
    answer = () => {
      throw refusal;
    };
    await expect(forgeSql.selectFrom('issue_facts').selectAll().execute()).rejects.toBe(refusal);
  });

  it('refuses a transaction rather than pretend one: each statement is a request of its own', async () => {
    await expect(forgeSql.transaction().execute(async () => undefined)).rejects.toThrow(
      /no transactions/,
    );
  });

  it('hands the migrations to Forge’s migrationRunner, in order, one MySQL DDL statement each', async () => {
    expect(await runForgeMigrations()).toEqual(MIGRATIONS.map((m) => m.name));
    for (const [, statement] of enqueued) {
      expect(statement).toMatch(/^create (table if not exists|index) `/);
      expect(statement).not.toMatch(/\?|;|foreign key|references/i);
    }
    expect(enqueued.find(([name]) => name === 'v006_create_issued_reports')![1]).toContain(
      '`content` longtext not null',
    );
  });
});
