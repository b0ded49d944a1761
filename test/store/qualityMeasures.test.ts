import { NEW_CAPA, type Capa } from '../../src/domain/quality/capa';
import {
  qualityMeasuresFromRecords,
  type MeasuredFeedback,
  type MeasuredFollowUp,
  type MeasuredNonConformity,
} from '../../src/domain/quality/qualityMeasures';
import { reportMonths } from '../../src/domain/reports/reportMonths';
import { NC_PAGES, qualityMeasuresQuery } from '../../src/services/reports/qualityMeasuresQuery';
import { insertFeedback } from '../../src/storage/quality/feedbackRecords';
import { insertFollowUp, recordFollowUpOutcome } from '../../src/storage/quality/followUpRecords';
import {
  abandonClaim,
  claimNonConformity,
  linkFeedback,
  nonConformityOfIssue,
  recordIssueKey,
  updateCapa,
} from '../../src/storage/quality/nonConformities';
import type { SqlDatabase } from '../../src/storage/sql/schema';
import { testDatabase } from '../support/testDatabase';

const DAY = 86_400_000;
const TEAMS = ['Support', 'Second line', null] as const;
const FIRST = Date.parse('2026-08-01T00:00Z');
const LAST = Date.parse('2026-12-31T00:00Z');

/** A small deterministic generator (LCG), so the data are the same on every run. */
function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    // 32-bit arithmetic (Math.imul): a product of doubles would lose its low bits.
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    // The high bits: the low bits of a power-of-two LCG repeat with short periods.
    return Math.floor((state / 2 ** 32) * n);
  };
}

interface Synthetic {
  feedback: (MeasuredFeedback & { id: string })[];
  followUps: (MeasuredFollowUp & { feedbackId: string })[];
  nonConformities: (MeasuredNonConformity & { feedbackIds: string[] })[];
}

/** Answers, follow-ups and non-conformities from August to December. */
function synthetic(): Synthetic {
  const random = generator(42);
  const between = (): number => FIRST + random(Math.floor((LAST - FIRST) / 60_000)) * 60_000;
  const feedback = Array.from({ length: 400 }, (_, i) => {
    const scale = random(2) === 0 ? ('csat' as const) : ('nps' as const);
    const score = scale === 'csat' ? 1 + random(5) : random(11);
    return {
      id: `fb-${String(i).padStart(4, '0')}`,
      team: TEAMS[random(TEAMS.length)]!,
      scale,
      score,
      answeredAt: between(),
      flagged: scale === 'csat' ? score <= 2 : score <= 6,
    };
  });
  const followUps = feedback
    .filter((f) => f.flagged)
    .map((f, i) => {
      const dueAt = f.answeredAt + 2 * DAY;
      const recordedAt = [null, dueAt - DAY, dueAt, dueAt + 1][i % 4]!;
      return { feedbackId: f.id, team: f.team, dueAt, recordedAt };
    });
  const nonConformities = Array.from({ length: 40 }, (_, i) => {
    const raisedAt = between();
    const closedAt = i % 3 === 0 ? null : raisedAt + (1 + random(60)) * DAY;
    const linked = Array.from({ length: random(4) }, () => feedback[random(feedback.length)]!);
    const feedbackIds = [...new Set(linked.map((f) => f.id))];
    return {
      id: `nc-${String(i).padStart(3, '0')}`,
      feedbackIds,
      teams: [...new Set(feedbackIds.map((id) => feedback.find((f) => f.id === id)!.team))],
      raisedAt,
      closedAt,
      actions:
        closedAt === null
          ? Array.from({ length: random(4) }, () => ({
              dueDate: new Date(between()).toISOString().slice(0, 10),
              done: random(3) === 0,
            }))
          : [],
    };
  });
  return { feedback, followUps, nonConformities };
}

async function insert(db: SqlDatabase, data: Synthetic): Promise<void> {
  for (const f of data.feedback) {
    await insertFeedback(db, {
      id: f.id,
      source: 'app',
      sourceId: f.id,
      scale: f.scale,
      score: f.score,
      reason: null,
      comment: null,
      issueKey: null,
      customer: null,
      product: null,
      component: null,
      team: f.team,
      answeredAt: f.answeredAt,
      receivedAt: f.answeredAt,
      flagCauses: f.flagged ? [{ kind: 'lowScore', score: f.score, threshold: 6 }] : [],
      rawPayload: '{}',
    });
  }
  for (const u of data.followUps) {
    await insertFollowUp(db, {
      feedbackId: u.feedbackId,
      issueKey: `FU-${u.feedbackId}`,
      lead: null,
      dueAt: u.dueAt,
      createdAt: u.dueAt - 2 * DAY,
    });
    if (u.recordedAt !== null) {
      await recordFollowUpOutcome(db, u.feedbackId, {
        recordedAt: u.recordedAt,
        recordedBy: 'lead-1',
        customerContacted: true,
        outcome: 'resolved',
        note: 'Called back',
      });
    }
  }
  for (const nc of data.nonConformities) {
    await claimNonConformity(db, {
      id: nc.id,
      groupKey: null,
      raisedAt: nc.raisedAt,
      raisedBy: 'app',
      reason: 'recurring',
    });
    await recordIssueKey(db, nc.id, `NC-${nc.id}`);
    const stored = (await nonConformityOfIssue(db, `NC-${nc.id}`))!;
    const capa: Capa =
      nc.closedAt === null
        ? {
            ...NEW_CAPA,
            step: 'correctiveActions',
            actions: nc.actions.map((a, i) => ({
              ...a,
              kind: 'corrective',
              issueKey: `ACT-${i}`,
              owner: 'owner-1',
            })),
          }
        : { ...NEW_CAPA, step: 'closed', closedAt: nc.closedAt };
    await updateCapa(db, stored, capa, nc.closedAt ?? nc.raisedAt);
    for (const feedbackId of nc.feedbackIds) {
      await linkFeedback(db, { ncId: nc.id, feedbackId, caseKey: null, at: nc.raisedAt });
    }
  }
}

describe('the quality measures in SQL', () => {
  let db: SqlDatabase;
  const data = synthetic();
  beforeAll(async () => {
    db = await testDatabase();
    await insert(db, data);
    // A claim whose issue Jira never created: not a non-conformity.
    await claimNonConformity(db, {
      id: 'nc-abandoned',
      groupKey: 'customer:acme',
      raisedAt: Date.parse('2026-10-02T00:00Z'),
      raisedBy: 'app',
      reason: 'recurring',
    });
    await abandonClaim(db, 'nc-abandoned', Date.parse('2026-10-02T00:01Z'));
  });
  afterAll(() => db.destroy());

  // Around the DST change at October's end in Copenhagen, and with November still running.
  const months = reportMonths('2026-09', '2026-11', 'Europe/Copenhagen');

  it('gives exactly the measures of the definition, the month still running included', async () => {
    for (const now of [Date.parse('2026-11-12T09:30Z'), Date.parse('2027-01-05T00:00Z')]) {
      const query = { months, now, timeZone: 'Europe/Copenhagen' };
      const measures = await qualityMeasuresQuery(db, query);
      expect(measures).toEqual(qualityMeasuresFromRecords(query, data));
      // The data reach every kind of measure.
      expect(measures.rows.some((r) => r.capaCycleDays !== null)).toBe(true);
      expect(measures.rows.some((r) => r.overdueActions > 0)).toBe(true);
      expect(measures.rows.some((r) => r.team === null && r.openNonConformities > 0)).toBe(true);
      expect(measures.rows.some((r) => r.followedUpInTimePercent !== null)).toBe(true);
    }
  });

  it('reads non-conformities page by page, and refuses more than it may read', async () => {
    const query = { months, now: Date.parse('2026-11-12T09:30Z'), timeZone: 'UTC' };
    const expected = qualityMeasuresFromRecords(query, data);
    // Pages of 7 end on a short page, pages of 10 on an empty one (40 non-conformities, some
    // outside the months).
    expect(await qualityMeasuresQuery(db, query, 7)).toEqual(expected);
    expect(await qualityMeasuresQuery(db, query, 10)).toEqual(expected);
    await expect(qualityMeasuresQuery(db, query, 1)).rejects.toThrow(
      `more than ${NC_PAGES} non-conformities in the months`,
    );
  });
});
