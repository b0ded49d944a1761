import type { SlmProperty } from '../../domain/state/slmProperty';
import { simulatedEntities } from '../../simulator/customEntityStore';
import { manifestModules } from '../../simulator/manifestModules';
import { MANIFEST_FILE } from '../../simulator/simulator';
import { issueSlaRecord, IssueSlaRecords } from '../../storage/issueSlaRecords';
import type { SqlDatabase } from '../../storage/sql/schema';
import { insertFacts } from '../../../test/support/reportFacts';
import { testDatabase } from '../../../test/support/testDatabase';
import { openGoals } from './openGoals';

const at = (text: string): number => Date.parse(text);
const dims = {
  customer: 'acme',
  product: null,
  agreement: 'gold',
  issueType: 'Incident',
  assignee: null,
};

/** A record whose property has one running goal breaching at `breachesAt`. */
const record = (id: string, breachesAt: string, state = 'running') =>
  issueSlaRecord({ id, key: `SUP-${id}` }, {
    nextCheckMs: at(breachesAt),
    goals: [
      {
        goal: 'resolution',
        name: 'Resolution time',
        internal: false,
        state,
        breached: false,
        breachesAt,
      },
    ],
  } as unknown as SlmProperty);

describe('the open goals of the operational view', () => {
  let db: SqlDatabase;
  beforeAll(async () => (db = await testDatabase()));
  afterAll(() => db.destroy());

  it('takes breaches from the facts and coming breaches from the records, with the team from the facts', async () => {
    const now = at('2026-12-01T13:30Z');
    const dayEnd = at('2026-12-01T23:00Z');
    await insertFacts(db, {
      cases: [
        {
          ...dims,
          team: 'blue',
          issueId: '1',
          createdAt: at('2026-12-01T08:00Z'),
          resolvedAt: null,
        },
        {
          ...dims,
          team: 'red',
          issueId: '2',
          createdAt: at('2026-12-01T08:00Z'),
          resolvedAt: null,
        },
        {
          ...dims,
          team: 'red',
          issueId: '3',
          createdAt: at('2026-11-01T08:00Z'),
          resolvedAt: at('2026-11-02T08:00Z'),
        },
      ],
      cycles: [
        {
          ...dims,
          team: 'blue',
          issueId: '1',
          goal: 'reaction',
          internal: false,
          result: 'running',
          elapsedMs: 9,
          stoppedAt: null,
          breachedAt: at('2026-12-01T10:00Z'),
        },
        {
          ...dims,
          team: 'red',
          issueId: '2',
          goal: 'reaction',
          internal: false,
          result: 'met',
          elapsedMs: 1,
          stoppedAt: at('2026-12-01T09:00Z'),
          breachedAt: null,
        },
        // A resolved issue's cycle left running is no open breach.
        {
          ...dims,
          team: 'red',
          issueId: '3',
          goal: 'pickup',
          internal: true,
          result: 'running',
          elapsedMs: 9,
          stoppedAt: null,
          breachedAt: at('2026-11-01T12:00Z'),
        },
      ],
    });
    const entities = simulatedEntities(manifestModules(MANIFEST_FILE).entities);
    const records = new IssueSlaRecords(entities);
    await records.save(record('2', '2026-12-01T14:00:00.000Z'));
    await records.save(record('1', '2026-12-01T20:00:00.000Z', 'paused')); // paused: no projection
    await records.save(record('4', '2026-12-02T09:00:00.000Z')); // tomorrow: not due by day's end

    expect(await openGoals({ sql: db, entities }, now, dayEnd)).toEqual([
      {
        issueKey: 'SUP-1',
        team: 'blue',
        goal: 'reaction',
        goalName: 'reaction',
        internal: false,
        breachedAt: at('2026-12-01T10:00Z'),
        breachesAt: null,
      },
      {
        issueKey: 'SUP-2',
        team: 'red',
        goal: 'resolution',
        goalName: 'Resolution time',
        internal: false,
        breachedAt: null,
        breachesAt: at('2026-12-01T14:00Z'),
      },
    ]);
  });
});
