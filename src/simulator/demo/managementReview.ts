import type { AuditResults } from '../../domain/review/auditResults';
import {
  defaultReviewPeriod,
  reviewPeriodKey,
  type ReviewPeriod,
} from '../../domain/review/reviewPeriod';
import { issueReviewPack, prepareReviewPack } from '../../services/review/managementReview';
import { appReviewSources } from '../../services/review/reviewSources';
import { latestReviewPack } from '../../storage/review/reviewPacks';
import {
  loadSavedReviewSchedule,
  saveReviewSchedule,
} from '../../storage/review/reviewScheduleSettings';
import type { Simulator } from '../simulator';
import { DEMO_USERS } from './site';

/** The demo's time zone: the desk is in Copenhagen. */
const TIME_ZONE = 'Europe/Copenhagen';

/** The `n`th month (1–12) of the period, as `YYYY-MM`. */
function monthOf(period: ReviewPeriod, n: number): string {
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  month += n - 1;
  while (month > 12) [year, month] = [year + 1, month - 12];
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** An internal audit in the 4th month and the certification body's in the 9th. */
function demoAudits(period: ReviewPeriod): AuditResults {
  return {
    audits: [
      {
        kind: 'internal',
        title: 'Internal audit: incident handling and escalation',
        heldOn: `${monthOf(period, 4)}-14`,
        auditor: 'Lars Lead',
        majorFindings: 0,
        minorFindings: 2,
        observations: 1,
        summary: 'Escalations to the 2nd line were documented late in two cases.',
      },
      {
        kind: 'external',
        title: 'ISO 9001 surveillance audit',
        heldOn: `${monthOf(period, 9)}-03`,
        auditor: 'Certification body',
        majorFindings: 0,
        minorFindings: 1,
        observations: 3,
        summary: 'Customer complaints were not always linked to their non-conformity.',
      },
    ],
    conclusion: 'The quality management system is effective; the findings have CAPA.',
  };
}

/**
 * The demo's management review (`npm start`): the annual pack of the 12 months before this one,
 * issued by the admin through the app's own service from the other demo data (relationships,
 * KPIs, risk score, the story's SLA figures), so the tab lists one issued pack to download and
 * print. Run after the other areas' demo data. The annual review falls due each January, asked of
 * the admin in QM (kept if already saved: KVS outlives a restart).
 */
export async function setUpManagementReviewDemo(sim: Simulator): Promise<void> {
  await setUpSchedule(sim);
  const ctx = sim.forge.context();
  const now = sim.now();
  const period = defaultReviewPeriod(now, TIME_ZONE);
  if (await latestReviewPack(ctx.sql, reviewPeriodKey(period))) return;
  const pack = await prepareReviewPack(appReviewSources(ctx), {
    period,
    timeZone: TIME_ZONE,
    auditResults: demoAudits(period),
    now,
  });
  await issueReviewPack(ctx.sql, pack, DEMO_USERS.admin, now);
}

/** The annual review falls due each January, asked of the admin in QM; a saved one is kept. */
async function setUpSchedule(sim: Simulator): Promise<void> {
  const ctx = sim.forge.context();
  if (!(await loadSavedReviewSchedule(ctx.store))) {
    await saveReviewSchedule(
      ctx.store,
      {
        month: 1,
        timeZone: TIME_ZONE,
        projectKey: 'QM',
        issueType: 'Task',
        owner: DEMO_USERS.admin,
      },
      { savedBy: DEMO_USERS.admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
    );
  }
}
