import { previousPeriodKey, periodKeyAt } from '../../domain/reports/reportPeriod';
import { DEFAULT_RISK_SETTINGS, type RiskSettings } from '../../domain/risk/riskSettings';
import type { RiskFields } from '../../domain/risk/riskRecord';
import { saveEnteredRiskScore } from '../../services/risk/riskScoreSave';
import { appendRiskApproval, appendRiskRevision } from '../../storage/risk/riskRegister';
import { riskScoreRevisions } from '../../storage/risk/riskScores';
import {
  loadRiskSettings,
  loadSavedRiskSettings,
  saveRiskSettings,
} from '../../storage/risk/riskSettings';
import type { Simulator } from '../simulator';
import { DEMO_USERS } from './site';

/** The areas' scores over six months up to last month: Security drops last month. */
const SCORES: Readonly<Record<string, readonly number[]>> = {
  legal: [70, 72, 75, 75, 78, 80],
  security: [60, 65, 70, 74, 80, 66],
  sustainability: [50, 52, 55, 55, 58, 60],
  training: [40, 45, 50, 55, 60, 62],
  vendors: [70, 70, 70, 72, 72, 75],
  financial: [85, 85, 86, 86, 88, 90],
};

const RISKS: readonly (RiskFields & { approvedBy?: 'board' })[] = [
  {
    title: 'Key hosting supplier fails',
    description: 'The production environments run at one hosting supplier.',
    area: 'vendors',
    owner: DEMO_USERS.lead,
    level: 'medium',
    mitigation: 'Contract a second supplier and rehearse a move twice a year.',
    status: 'open',
    approvedBy: 'board',
  },
  {
    title: 'Unpatched VPN appliance',
    description: 'The office VPN runs firmware two releases behind.',
    area: 'security',
    owner: DEMO_USERS.admin,
    level: 'high',
    mitigation: 'Patch within a week of each release; monitor the vendor’s advisories.',
    status: 'open',
  },
  {
    title: 'New staff skip the security course',
    description: '',
    area: 'training',
    owner: DEMO_USERS.lead,
    level: 'low',
    mitigation: 'The course is part of the first week’s checklist.',
    status: 'open',
  },
];

/**
 * The demo's risk score (`npm start`): the default areas with owners from the demo users, action
 * plans in the QM project, six months of scores entered by the admin up to last month, where
 * Security drops (its action plan is raised as saving the score raises it), and a small register:
 * a medium risk approved by the board, a high one awaiting the board, a low one needing none.
 * Settings are kept when an admin saved some; the SQL records are made once per fresh database.
 */
export async function setUpRiskDemo(sim: Simulator): Promise<void> {
  const ctx = sim.forge.context();
  if (!(await loadSavedRiskSettings(ctx.store))) {
    const settings: RiskSettings = {
      ...DEFAULT_RISK_SETTINGS,
      areas: DEFAULT_RISK_SETTINGS.areas.map((area, i) => ({
        ...area,
        owner: i % 2 === 0 ? DEMO_USERS.admin : DEMO_USERS.lead,
      })),
      actionPlan: { projectKey: 'QM', issueType: 'Task', dueInDays: 30 },
      timeZone: 'Europe/Copenhagen',
    };
    await saveRiskSettings(ctx.store, settings, {
      savedBy: DEMO_USERS.admin,
      savedAt: new Date(sim.now()).toISOString(),
      baseVersion: null,
    });
  }
  const settings = await loadRiskSettings(ctx.store);
  const lastMonth = previousPeriodKey(periodKeyAt(sim.now(), settings.timeZone));
  const months = [lastMonth];
  while (months.length < 6) months.unshift(previousPeriodKey(months[0]!));
  if ((await riskScoreRevisions(ctx.sql, { from: months[0]!, to: lastMonth })).length > 0) return;
  for (const [i, month] of months.entries()) {
    for (const area of settings.areas) {
      const score = SCORES[area.id]?.[i];
      if (score === undefined || area.source !== 'entered') continue;
      await saveEnteredRiskScore(
        ctx,
        { areaId: area.id, month, score, note: '' },
        DEMO_USERS.admin,
      );
    }
  }
  const known = new Set(settings.areas.map((a) => a.id));
  for (const [i, { approvedBy, ...risk }] of RISKS.entries()) {
    if (!known.has(risk.area)) continue;
    const riskId = `demo-risk-${i + 1}`;
    const saved = await appendRiskRevision(ctx.sql, riskId, null, risk, {
      changedBy: DEMO_USERS.admin,
      changedAt: sim.now(),
    });
    if (!saved.saved || !approvedBy) continue;
    await appendRiskApproval(ctx.sql, {
      approvalId: `${riskId}-approval-1`,
      riskId,
      revision: saved.revision.revision,
      level: risk.level,
      body: approvedBy,
      approvedBy: DEMO_USERS.admin,
      approvedAt: sim.now(),
      note: 'Board meeting',
    });
  }
}
