import {
  claimClosure,
  closureOf,
  CONTRACT_REPORT_ID,
  finishClosureAttempt,
  fixedCases,
  installedVersions,
  recordClosureComment,
  reportsWithoutReleaseNotes,
  startClosureAttempt,
  unfinishedClosures,
  versionBefore,
} from '../../src/storage/devloop/caseClosures';
import {
  claimReleaseNote,
  finishReleaseNoteAttempt,
  releaseNoteOf,
  startReleaseNoteAttempt,
  unsentReleaseNotes,
} from '../../src/storage/devloop/releaseNotes';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

describe('case closures and release notes in SQL', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  const handover = (caseId: string, over: Record<string, unknown> = {}) =>
    db
      .insertInto('dev_handovers')
      .values({
        case_id: caseId,
        case_key: `SUP-${caseId}`,
        dev_key: `DEV-${caseId}`,
        product: 'ihlp',
        environment: 'schultz-prod',
        handed_over_at: 1,
        handed_over_by: 'agent',
        dev_status: null,
        fixed_in: '5.10',
        fixed_at: 2,
        updated_at: 2,
        ...over,
      })
      .execute();

  const report = (reportId: string, environment: string, version: string, at: number) =>
    db
      .insertInto('environment_versions')
      .values({
        report_id: reportId,
        environment,
        product: 'ihlp',
        version,
        source: 'pipeline',
        reported_by: 'deploy',
        reported_at: at,
        request_id: reportId,
      })
      .execute();

  it('reads the fixed cases, with the customer of the last evaluation, unclaimed ones apart', async () => {
    await handover('1');
    await handover('2', { environment: null, product: null });
    await handover('3', { fixed_in: null }); // not fixed yet
    await handover('4', { dev_key: '' }); // hand-over under way
    await handover('5', { environment: 'schultz-test' });
    await db
      .insertInto('issue_facts')
      .values({
        issue_id: '2',
        issue_key: 'SUP-2',
        customer: 'schultz',
        environment: null,
        product: 'ihlp',
        agreement: null,
        contract_version: null,
        team: null,
        assignee: null,
        issue_type: 'Incident',
        priority: null,
        priority_name: null,
        priority_rank: null,
        status: 'Open',
        resolved: 0,
        created_at: 0,
        resolved_at: null,
        evaluated_at: 0,
      })
      .execute();
    const all = await fixedCases(db, {}, 10);
    expect(all.map((c) => c.caseId)).toEqual(['1', '2', '5']);
    expect(all[1]).toEqual({
      caseId: '2',
      caseKey: 'SUP-2',
      devKey: 'DEV-2',
      customer: 'schultz',
      product: 'ihlp',
      environment: null,
      fixedIn: '5.10',
    });
    const prod = await fixedCases(db, { environment: 'schultz-prod' }, 10);
    expect(prod.map((c) => c.caseId)).toEqual(['1', '2']);
    expect(
      await claimClosure(
        db,
        { caseId: '1', fixedIn: '5.10', environment: 'schultz-prod', reportId: 'r' },
        5,
      ),
    ).toBe(true);
    const unclaimed = await fixedCases(db, { unclaimed: true }, 10);
    expect(unclaimed.map((c) => c.caseId)).toEqual(['2', '5']);
    expect((await fixedCases(db, { caseId: '5' }, 10)).map((c) => c.caseId)).toEqual(['5']);
  });

  it('takes the newest report of each environment, else the contract’s version', async () => {
    await report('a', 'schultz-prod', '5.9', 100);
    await report('c', 'schultz-prod', '5.10', 200);
    await report('b', 'schultz-prod', '5.11', 200); // same instant, lower id: older
    await report('d', 'schultz-test', '6.0', 50);
    const installed = await installedVersions(db, [
      { id: 'schultz-prod', customer: 'schultz', product: 'ihlp', version: '5.2.1' },
      { id: 'schultz-uat', customer: 'schultz', product: 'ihlp', version: '5.3' },
      { id: 'schultz-dev', customer: 'schultz', product: 'ihlp' },
    ]);
    expect(installed).toEqual([
      {
        environment: 'schultz-prod',
        customer: 'schultz',
        product: 'ihlp',
        version: '5.10',
        reportId: 'c',
        reportedAt: 200,
      },
      {
        environment: 'schultz-uat',
        customer: 'schultz',
        product: 'ihlp',
        version: '5.3',
        reportId: CONTRACT_REPORT_ID,
        reportedAt: 0,
      },
    ]);
    expect(
      await versionBefore(db, { environment: 'schultz-prod', reportId: 'c', reportedAt: 200 }),
    ).toBe('5.11');
    expect(
      await versionBefore(db, { environment: 'schultz-prod', reportId: 'a', reportedAt: 100 }),
    ).toBeNull();
  });

  it('claims a closure once and lets one caller make each attempt', async () => {
    const decision = { caseId: '1', fixedIn: '5.10', environment: 'schultz-prod', reportId: 'r' };
    expect(await claimClosure(db, decision, 10)).toBe(true);
    expect(await claimClosure(db, { ...decision, reportId: 'other' }, 11)).toBe(false);
    const seen = (await closureOf(db, '1', '5.10'))!;
    expect(seen).toMatchObject({ status: 'pending', attempts: 0, reportId: 'r', commentId: null });
    expect(await startClosureAttempt(db, seen, 20)).toBe(true);
    expect(await startClosureAttempt(db, seen, 21)).toBe(false); // the same view: lost the race
    await recordClosureComment(db, seen, '9001');
    await finishClosureAttempt(db, seen, { error: 'Jira answered 400' });
    const failed = (await closureOf(db, '1', '5.10'))!;
    expect(failed).toMatchObject({
      status: 'failed',
      attempts: 1,
      attemptedAt: 20,
      commentId: '9001',
      lastError: 'Jira answered 400',
    });
    expect((await unfinishedClosures(db, 8, 10)).map((c) => c.caseId)).toEqual(['1']);
    expect(await unfinishedClosures(db, 1, 10)).toEqual([]);
    expect(await startClosureAttempt(db, failed, 30)).toBe(true);
    await finishClosureAttempt(db, failed, { closedAt: 31 });
    expect(await closureOf(db, '1', '5.10')).toMatchObject({
      status: 'closed',
      closedAt: 31,
      lastError: null,
      commentId: '9001',
    });
    expect(await unfinishedClosures(db, 8, 10)).toEqual([]);
  });

  it('claims release notes once per report; reports without them are the ones left to handle', async () => {
    await report('a', 'schultz-prod', '5.9', 100);
    await report('b', 'schultz-prod', '5.10', 200);
    expect(
      (await reportsWithoutReleaseNotes(db, { from: 0, to: 1000 }, 10)).map((r) => r.reportId),
    ).toEqual(['a', 'b']);
    const note = {
      reportId: 'b',
      environment: 'schultz-prod',
      status: 'pending' as const,
      issueKey: 'SUP-1',
      caseKeys: ['SUP-1', 'SUP-2'],
    };
    expect(await claimReleaseNote(db, note, 300)).toBe(true);
    expect(await claimReleaseNote(db, note, 301)).toBe(false);
    expect(
      await claimReleaseNote(
        db,
        { ...note, reportId: 'a', status: 'none', issueKey: null, caseKeys: [] },
        300,
      ),
    ).toBe(true);
    expect(await reportsWithoutReleaseNotes(db, { from: 0, to: 1000 }, 10)).toEqual([]);
    const seen = (await releaseNoteOf(db, 'b'))!;
    expect(seen).toMatchObject({ status: 'pending', caseKeys: ['SUP-1', 'SUP-2'], attempts: 0 });
    expect(await startReleaseNoteAttempt(db, seen, 310)).toBe(true);
    await finishReleaseNoteAttempt(db, 'b', { error: 'down' });
    expect((await unsentReleaseNotes(db, 8, 10)).map((n) => n.reportId)).toEqual(['b']);
    const failed = (await releaseNoteOf(db, 'b'))!;
    expect(await startReleaseNoteAttempt(db, failed, 320)).toBe(true);
    await finishReleaseNoteAttempt(db, 'b', { sentAt: 321 });
    expect(await releaseNoteOf(db, 'b')).toMatchObject({
      status: 'sent',
      sentAt: 321,
      attempts: 2,
    });
    expect(await releaseNoteOf(db, 'a')).toMatchObject({ status: 'none', caseKeys: [] });
    expect(await unsentReleaseNotes(db, 8, 10)).toEqual([]);
  });
});
