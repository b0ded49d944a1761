import {
  actionsOf,
  appendMeetingRevision,
  insertMeeting,
  meetingById,
  meetingsOf,
  reclaimAction,
  setActionIssue,
} from '../../src/storage/relationships/customerMeetings';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

const T = Date.parse('2026-03-02T10:00:00Z');
const meeting = (meetingId: string, heldOn: string) => ({
  meetingId,
  customerId: 'acme',
  heldOn,
  attendees: ['Ann', 'Bo'],
  minutes: 'Minutes\n'.repeat(2000),
  recordedAt: T,
  recordedBy: 'acc-admin',
});

describe('customer meetings in SQL', () => {
  let db: SqlDatabase;
  beforeEach(async () => (db = await testDatabase()));
  afterEach(() => db.destroy());

  it('keep corrections as revisions and read each meeting at its newest, newest meeting first', async () => {
    await insertMeeting(db, meeting('m-1', '2026-02-01'), []);
    await insertMeeting(db, meeting('m-2', '2026-03-01'), []);
    const first = (await meetingById(db, 'm-1'))!;
    expect(first.minutes).toBe('Minutes\n'.repeat(2000));
    const corrected = { ...first, revision: 2, minutes: 'Corrected', recordedAt: T + 1 };
    expect(await appendMeetingRevision(db, corrected)).toBe(true);
    // A second correction from the same revision is refused: the key is the claim.
    expect(await appendMeetingRevision(db, { ...corrected, minutes: 'Other' })).toBe(false);
    const read = await meetingsOf(db, 'acme');
    expect(read.map((m) => [m.meetingId, m.revision, m.minutes.slice(0, 9)])).toEqual([
      ['m-2', 1, 'Minutes\nM'],
      ['m-1', 2, 'Corrected'],
    ]);
    expect(await meetingsOf(db, 'beta')).toEqual([]);
  });

  it('claim each action once: the key recorded once, a takeover won by one run only', async () => {
    await insertMeeting(db, meeting('m-1', '2026-03-01'), [
      { kind: 'new', summary: 'Call', owner: 'acc-lead', dueDate: '2026-03-09' },
      { kind: 'existing', issueKey: 'SUP-4' },
    ]);
    const [claim, existing] = await actionsOf(db, ['m-1']);
    expect(existing).toMatchObject({ issueKey: 'SUP-4', createdByApp: false });
    expect(claim).toMatchObject({ issueKey: null, createdByApp: true, claimedAt: T });
    expect(await reclaimAction(db, claim!, T + 1)).toBe(true);
    expect(await reclaimAction(db, claim!, T + 2)).toBe(false);
    await setActionIssue(db, 'm-1', 0, 'QM-1');
    await setActionIssue(db, 'm-1', 0, 'QM-2');
    expect((await actionsOf(db, ['m-1']))[0]).toMatchObject({ issueKey: 'QM-1', claimedAt: T + 1 });
  });
});
