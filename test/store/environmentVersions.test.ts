import {
  currentEnvironmentVersion,
  environmentHistory,
  environmentVersionReport,
  recordEnvironmentVersion,
  type NewReport,
} from '../../src/storage/devloop/environmentVersions';
import { casesWaitingFor } from '../../src/storage/devloop/environmentVersionsWaitingCases';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

const T = Date.parse('2026-12-01T10:00:00Z');

const report = (over: Partial<NewReport> = {}): NewReport => ({
  environment: 'schultz-prod',
  product: 'ihlp',
  version: '5.3.0',
  source: 'pipeline',
  reportedBy: 'deploy',
  reportedAt: T,
  requestId: 'req-1',
  ...over,
});

describe('environment version records', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('record a report and read it back', async () => {
    const outcome = await recordEnvironmentVersion(db, report());
    expect(outcome.kind).toBe('recorded');
    if (outcome.kind !== 'recorded') return;
    expect(await environmentVersionReport(db, outcome.report.reportId)).toEqual(outcome.report);
  });

  it('store nothing for a replayed (environment, request id) and name the first report', async () => {
    const first = await recordEnvironmentVersion(db, report());
    const again = await recordEnvironmentVersion(db, report({ version: '9.9', reportedAt: T + 1 }));
    expect(first.kind).toBe('recorded');
    expect(again).toEqual({
      kind: 'replayed',
      reportId: first.kind === 'recorded' ? first.report.reportId : '',
    });
    expect(await environmentHistory(db, 'schultz-prod')).toHaveLength(1);
    // The same request id for another environment is another request.
    const other = await recordEnvironmentVersion(db, report({ environment: 'gota-prod' }));
    expect(other.kind).toBe('recorded');
  });

  it('record one of two concurrent deliveries of a request, the other a replay', async () => {
    const outcomes = await Promise.all([
      recordEnvironmentVersion(db, report()),
      recordEnvironmentVersion(db, report()),
    ]);
    expect(outcomes.map((o) => o.kind).sort()).toEqual(['recorded', 'replayed']);
    expect(await environmentHistory(db, 'schultz-prod')).toHaveLength(1);
  });

  it('never take reports without a request id (admin) for replays', async () => {
    await recordEnvironmentVersion(db, report({ requestId: null, source: 'admin' }));
    await recordEnvironmentVersion(db, report({ requestId: null, source: 'admin' }));
    expect(await environmentHistory(db, 'schultz-prod')).toHaveLength(2);
  });

  it('take the contract’s version before any report, then the newest report’s', async () => {
    const env = { id: 'schultz-prod', version: '5.2.1' };
    expect(await currentEnvironmentVersion(db, env)).toEqual({ version: '5.2.1', report: null });
    expect(await currentEnvironmentVersion(db, { id: 'x' })).toEqual({
      version: null,
      report: null,
    });
    await recordEnvironmentVersion(db, report({ version: '5.3.0', requestId: 'a' }));
    // Same instant (a clock standing still): the later record is still the newest.
    await recordEnvironmentVersion(db, report({ version: '5.1.0', requestId: 'b' }));
    expect((await currentEnvironmentVersion(db, env)).version).toBe('5.1.0');
    await recordEnvironmentVersion(
      db,
      report({ version: '6.0', requestId: 'c', reportedAt: T + 5 }),
    );
    expect((await currentEnvironmentVersion(db, env)).version).toBe('6.0');
  });

  it('list an environment’s history newest first, bounded', async () => {
    for (let i = 0; i < 60; i++) {
      await recordEnvironmentVersion(
        db,
        report({ version: `5.${i}`, requestId: `r${i}`, reportedAt: T + i * 1000 }),
      );
    }
    await recordEnvironmentVersion(db, report({ environment: 'gota-prod', requestId: 'g' }));
    const history = await environmentHistory(db, 'schultz-prod', 3);
    expect(history.map((r) => r.version)).toEqual(['5.59', '5.58', '5.57']);
    expect(await environmentHistory(db, 'schultz-prod')).toHaveLength(50);
  });

  it('list the cases waiting for an environment: fixed, and not closed for that version', async () => {
    const handover = (caseId: string, over: Record<string, unknown> = {}) =>
      db
        .insertInto('dev_handovers')
        .values({
          case_id: caseId,
          case_key: `SUP-${caseId}`,
          dev_key: `DEV-${caseId}`,
          product: 'ihlp',
          environment: 'schultz-prod',
          handed_over_at: T,
          handed_over_by: 'agent',
          dev_status: 'Done',
          fixed_in: '5.4.0',
          fixed_at: T + Number(caseId),
          updated_at: T,
          ...over,
        })
        .execute();
    const closure = (caseId: string, status: string, fixedIn = '5.4.0') =>
      db
        .insertInto('case_closures')
        .values({
          case_id: caseId,
          fixed_in: fixedIn,
          environment: 'schultz-prod',
          report_id: 'r',
          status,
          attempts: 1,
          last_error: null,
          claimed_at: T,
          closed_at: null,
        })
        .execute();
    await handover('1');
    await handover('2');
    await closure('2', 'closed');
    await handover('3');
    await closure('3', 'failed');
    await handover('4', { fixed_in: null, fixed_at: null }); // not fixed yet
    await handover('5', { environment: 'gota-prod' });
    await handover('6', { fixed_in: '5.5' });
    await closure('6', 'closed', '5.4.0'); // closed for another version: still waiting
    expect(await casesWaitingFor(db, 'schultz-prod')).toEqual([
      { caseId: '1', caseKey: 'SUP-1', devKey: 'DEV-1', fixedIn: '5.4.0', closure: null },
      { caseId: '3', caseKey: 'SUP-3', devKey: 'DEV-3', fixedIn: '5.4.0', closure: 'failed' },
      { caseId: '6', caseKey: 'SUP-6', devKey: 'DEV-6', fixedIn: '5.5', closure: null },
    ]);
  });
});
