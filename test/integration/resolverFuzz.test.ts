/**
 * Hostile input to every resolver of the admin page, the issue panel and the work list: for
 * each, the whole payload and each field it reads (and fields inside them) is replaced by
 * null, arrays, wrong types, huge strings, nested nulls and impossible dates. Every answer must
 * be a success or a refusal the screen can act on (`invalid` with the paths of the problems,
 * `forbidden`, `notFound`, `conflict`), never the generic `failed` of a resolver that threw.
 */
import contract from '../../examples/contract.json';
import { appResolvers } from '../../src/handlers';
import type { ResolverContext, ResolverFunction } from '../../src/resolvers/resolverKit';
import type { ResolverResult } from '../../src/resolvers/views';
import { recalculateClosed } from '../../src/services/contractRuns';
import { DEFAULT_QUALITY_SETTINGS } from '../../src/domain/quality/qualitySettings';
import { createFollowUp } from '../../src/services/quality/followUpIssue';
import { raiseByHand } from '../../src/services/quality/nonConformityByHand';
import { insertFeedback } from '../../src/storage/quality/feedbackRecords';
import { saveQualitySettings } from '../../src/storage/qualitySettings';
import { DEFAULT_DEV_LOOP_SETTINGS } from '../../src/domain/devloop/devLoopSettings';
import { saveDevLoopSettings } from '../../src/storage/devloop/devLoopSettings';
import { DEFAULT_RISK_SETTINGS } from '../../src/domain/risk/riskSettings';
import { riskResolvers } from '../../src/resolvers/risks';
import { DEFAULT_KPI_CATALOGUE } from '../../src/domain/kpi/kpiCatalogue';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

const MB = 1024 * 1024;

let deep: unknown = 'bottom';
for (let i = 0; i < 5_000; i++) deep = [deep];

const HOSTILE: readonly [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['true', true],
  ['zero', 0],
  ['a negative number', -1],
  ['a fraction', 1.5],
  ['a huge number', 1e308],
  ['an empty string', ''],
  ['a string', 'x'],
  ['an impossible date', '2026-13-45'],
  ['an impossible instant', '2026-02-30T10:00:00Z'],
  ['a huge string', 'x'.repeat(2 * MB)],
  ['an empty array', []],
  ['an array of nulls', [null, null]],
  ['an array of mixed values', [1, 'x', {}, [], true]],
  ['an empty object', {}],
  ['nested nulls', { a: null, b: [null, { c: null }] }],
  ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}') as unknown],
  ['a deep array', deep],
];

/** A management review of February 2026 with one audit (`managementReview.ts`). */
const REVIEW_REQUEST = {
  from: '2026-02',
  to: '2026-02',
  auditResults: {
    audits: [{ kind: 'internal', title: 'Audit', heldOn: '2026-02-10', auditor: 'Lars' }],
    conclusion: '',
  },
};
const REVIEW_LOCATIONS: Location[] = [
  ['from'],
  ['to'],
  ['auditResults'],
  ['auditResults', 'audits'],
  ['auditResults', 'audits', 0],
  ['auditResults', 'audits', 0, 'heldOn'],
  ['auditResults', 'audits', 0, 'majorFindings'],
  ['auditResults', 'conclusion'],
];

/** A location in a payload: `[]` is the payload itself. */
type Location = readonly (string | number)[];

const at = (base: unknown, location: Location, value: unknown): unknown => {
  if (location.length === 0) return value;
  const [head, ...rest] = location;
  const copy = (Array.isArray(base) ? [...(base as unknown[])] : { ...(base as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = at(copy[head!] ?? (typeof rest[0] === 'number' ? [] : {}), rest, value);
  return copy;
};

const CONTRACT_PARTS: Location[] = [
  ['contract'],
  ['contract', 'format'],
  ['contract', 'holidaySets'],
  ['contract', 'holidaySets', 0],
  ['contract', 'holidaySets', 0, 'rules', 0],
  ['contract', 'calendars', 0],
  ['contract', 'calendars', 0, 'week'],
  ['contract', 'calendars', 0, 'week', 'mon', 0],
  ['contract', 'priorityModels', 0, 'priorities'],
  ['contract', 'actionModels', 0, 'pause', 0],
  ['contract', 'goals', 0, 'escalations', 0, 'actions', 0],
  ['contract', 'customers', 0, 'environments', 0],
  ['contract', 'agreements', 0],
  ['contract', 'agreements', 0, 'validFrom'],
  ['contract', 'agreements', 0, 'obligations', 0, 'targets'],
];

const SIMULATION = {
  contract,
  agreement: 'schultz-prod-gold',
  issueType: 'Incident',
  priority: '2',
  created: '2026-03-02T07:00:00Z',
  pauses: [
    { status: 'Waiting for customer', from: '2026-03-02T08:00:00Z', to: '2026-03-02T09:00:00Z' },
  ],
};

const SETTINGS = {
  settings: {
    fields: {
      customer: 'customfield_10050',
      environment: 'customfield_10051',
      product: 'customfield_10052',
    },
  },
  baseVersion: 1,
};

const QUALITY_SETTINGS = {
  ...DEFAULT_QUALITY_SETTINGS,
  followUp: { projectKey: 'QM', issueType: 'Task', dueIn: 'PT8H', calendar: 'dk-office' },
  leads: {
    byTeam: [{ match: 'First line', accountId: DEMO_USERS.lead }],
    byComponent: [],
    byProject: [],
    fallback: null,
  },
};

/** Hand-overs go to the QM project of the demo site. */
const DEV_LOOP_SETTINGS = {
  ...DEFAULT_DEV_LOOP_SETTINGS,
  devProjectKey: 'QM',
  devIssueType: 'Task',
};

type Site = Awaited<ReturnType<typeof site>>;
const PERIOD = { from: '2026-03-01', to: '2026-03-31' };

/** Per resolver: a payload it accepts (made on the site, when it names something there), and the locations to spoil in it. */
const CASES: Record<
  string,
  Record<string, { valid: object | ((site: Site) => Promise<object>); locations: Location[] }>
> = {
  adminResolver: {
    getConfig: { valid: {}, locations: [] },
    getKpiCatalogue: { valid: {}, locations: [] },
    saveKpiCatalogue: {
      valid: {
        settings: {
          ...DEFAULT_KPI_CATALOGUE,
          kpis: DEFAULT_KPI_CATALOGUE.kpis.map((k) => ({ ...k, owner: DEMO_USERS.lead })),
        },
        baseVersion: null,
      },
      locations: [
        ['settings'],
        ['settings', 'kpis'],
        ['settings', 'kpis', 0],
        ['settings', 'kpis', 0, 'target'],
        ['settings', 'kpis', 0, 'source'],
        ['settings', 'kpis', 0, 'source', 'metric'],
        ['settings', 'sources'],
        ['settings', 'actions'],
        ['settings', 'actions', 'projectKey'],
        ['settings', 'timeZone'],
        ['baseVersion'],
      ],
    },
    validate: { valid: { contract }, locations: CONTRACT_PARTS },
    saveContract: {
      valid: { contract, baseVersion: 1 },
      locations: [...CONTRACT_PARTS, ['baseVersion']],
    },
    previewImport: { valid: { json: JSON.stringify(contract) }, locations: [['json']] },
    previewCalendar: {
      valid: { contract, calendar: 'dk-office', from: '2026-03-02', days: 7 },
      locations: [...CONTRACT_PARTS, ['calendar'], ['from'], ['days']],
    },
    simulate: {
      valid: SIMULATION,
      locations: [
        ...CONTRACT_PARTS,
        ['agreement'],
        ['issueType'],
        ['priority'],
        ['created'],
        ['pauses'],
        ['pauses', 0],
        ['pauses', 0, 'status'],
        ['pauses', 0, 'from'],
        ['pauses', 0, 'to'],
      ],
    },
    previewChange: { valid: { contract }, locations: CONTRACT_PARTS },
    getRun: {
      valid: async ({ sim }) => ({
        id: (await recalculateClosed(sim.forge.context(), PERIOD, 1, DEMO_USERS.admin)).id,
      }),
      locations: [['id']],
    },
    countClosedIssues: { valid: PERIOD, locations: [['from'], ['to']] },
    recalculateClosedIssues: { valid: PERIOD, locations: [['from'], ['to']] },
    getSettings: { valid: {}, locations: [] },
    listEnvironmentVersions: { valid: {}, locations: [] },
    setEnvironmentVersion: {
      valid: { environment: 'schultz-prod', version: '5.10.2' },
      locations: [['environment'], ['version']],
    },
    environmentSecretStatus: {
      valid: { environment: 'schultz-prod' },
      locations: [['environment']],
    },
    setEnvironmentSecret: {
      valid: { environment: 'schultz-prod', secret: 'a-long-pipeline-secret-42' },
      locations: [['environment'], ['secret']],
    },
    clearEnvironmentSecret: {
      valid: { environment: 'schultz-prod' },
      locations: [['environment']],
    },
    getQualitySettings: { valid: {}, locations: [] },
    saveQualitySettings: {
      valid: { settings: QUALITY_SETTINGS, baseVersion: null },
      locations: [
        ['settings'],
        ['settings', 'rules'],
        ['settings', 'rules', 'flagAtOrBelow', 'csat'],
        ['settings', 'rules', 'reasons'],
        ['settings', 'rules', 'reasons', 0],
        ['settings', 'rules', 'reasons', 0, 'id'],
        ['settings', 'rules', 'recurrence'],
        ['settings', 'rules', 'recurrence', 'rate'],
        ['settings', 'followUp'],
        ['settings', 'followUp', 'projectKey'],
        ['settings', 'followUp', 'dueIn'],
        ['settings', 'followUp', 'calendar'],
        ['settings', 'leads'],
        ['settings', 'leads', 'byTeam'],
        ['settings', 'leads', 'byTeam', 0],
        ['settings', 'leads', 'fallback'],
        ['settings', 'nonConformity'],
        ['settings', 'survicate'],
        ['settings', 'readJsmCsat'],
        ['baseVersion'],
      ],
    },
    getDevLoopSettings: { valid: {}, locations: [] },
    saveDevLoopSettings: {
      valid: { settings: DEV_LOOP_SETTINGS, baseVersion: null },
      locations: [
        ['settings'],
        ['settings', 'devProjectKey'],
        ['settings', 'devIssueType'],
        ['settings', 'linkType'],
        ['settings', 'wordings'],
        ['settings', 'wordings', 'fixedIn'],
        ['settings', 'resolvedStatus'],
        ['settings', 'resolution'],
        ['baseVersion'],
      ],
    },
    saveSettings: {
      valid: SETTINGS,
      locations: [
        ['settings'],
        ['settings', 'fields'],
        ['settings', 'fields', 'customer'],
        ['settings', 'timeLeftField'],
        ['baseVersion'],
      ],
    },
  },
  issuePanelResolver: {
    getIssueSla: { valid: {}, locations: [] },
    getIssueFeedback: { valid: {}, locations: [['issueKey']] },
    submitFeedback: {
      valid: { score: 4, reason: 'other', comment: 'Fine' },
      locations: [['issueKey'], ['score'], ['reason'], ['comment']],
    },
    getDevelopment: { valid: {}, locations: [['issueKey']] },
    handOverToDevelopment: {
      valid: async ({ sim }) => {
        await saveDevLoopSettings(sim.forge.store, DEV_LOOP_SETTINGS, {
          savedBy: DEMO_USERS.admin,
          savedAt: new Date(sim.now()).toISOString(),
          baseVersion: null,
        });
        return { summary: 'Login times out' };
      },
      locations: [['issueKey'], ['devKey'], ['summary']],
    },
  },
  workListResolver: {
    getWorkList: {
      valid: { filters: { customer: 'schultz' } },
      locations: [
        ['filters'],
        ['filters', 'customer'],
        ['filters', 'product'],
        ['filters', 'team'],
        ['filters', 'mine'],
        ['pageToken'],
      ],
    },
    getManagementReport: {
      valid: { from: '2026-02', to: '2026-03', grouping: 'customer', goals: 'sla' },
      locations: [['from'], ['to'], ['grouping'], ['goals']],
    },
    getOperationalView: { valid: {}, locations: [] },
    getQualityMeasures: {
      valid: { from: '2026-02', to: '2026-03' },
      locations: [['from'], ['to']],
    },
    getKpiTrends: { valid: { from: '2026-02', to: '2026-03' }, locations: [['from'], ['to']] },
    getKpiValueHistory: {
      valid: { from: '2026-02', to: '2026-03' },
      locations: [['from'], ['to']],
    },
    saveKpiValue: {
      valid: { kpiId: 'enps', month: '2026-02', value: 10 },
      locations: [['kpiId'], ['month'], ['value']],
    },
    getRiskScores: { valid: { from: '2026-02', to: '2026-03' }, locations: [['from'], ['to']] },
    saveRiskScore: {
      valid: { areaId: 'legal', month: '2026-02', score: 70, note: 'Audit' },
      locations: [['areaId'], ['month'], ['score'], ['note']],
    },
    saveRiskSettings: {
      valid: { settings: DEFAULT_RISK_SETTINGS, baseVersion: null },
      locations: [
        ['settings'],
        ['settings', 'areas'],
        ['settings', 'areas', 0],
        ['settings', 'areas', 0, 'weight'],
        ['settings', 'areas', 0, 'owner'],
        ['settings', 'actionPlan'],
        ['settings', 'actionPlan', 'projectKey'],
        ['settings', 'timeZone'],
        ['baseVersion'],
      ],
    },
    saveRisk: {
      valid: {
        riskId: null,
        baseRevision: null,
        risk: { title: 'Supplier fails', area: 'vendors', level: 'high', mitigation: 'Second one' },
      },
      locations: [
        ['riskId'],
        ['baseRevision'],
        ['risk'],
        ['risk', 'title'],
        ['risk', 'level'],
        ['risk', 'mitigation'],
        ['risk', 'owner'],
      ],
    },
    approveRisk: {
      valid: async ({ admin }) => {
        const saved = await riskResolvers.saveRisk!(
          {
            riskId: null,
            baseRevision: null,
            risk: { title: 'VPN', area: 'security', level: 'high', mitigation: 'Patch' },
          },
          { accountId: DEMO_USERS.admin },
          admin,
        );
        return {
          riskId: (saved as { data: { riskId: string } }).data.riskId,
          revision: 1,
          body: 'board',
        };
      },
      locations: [['riskId'], ['revision'], ['body'], ['note']],
    },
    listReviewQueue: {
      valid: { after: { dueAt: 0, feedbackId: 'f' }, limit: 10 },
      locations: [['after'], ['after', 'dueAt'], ['after', 'feedbackId'], ['limit']],
    },
    recordFollowUp: {
      valid: async ({ sim, issueKey }) => ({
        feedbackId: await openFollowUp(sim, issueKey),
        customerContacted: true,
        outcome: 'resolved',
        note: 'Called',
      }),
      locations: [['feedbackId'], ['customerContacted'], ['outcome'], ['note']],
    },
    raiseNonConformity: {
      valid: async ({ sim, issueKey }) => ({
        feedbackId: await negativeFeedback(sim, issueKey),
        reason: 'Threatened to cancel',
      }),
      locations: [['feedbackId'], ['reason']],
    },
    previewManagementReview: { valid: REVIEW_REQUEST, locations: REVIEW_LOCATIONS },
    issueManagementReview: { valid: REVIEW_REQUEST, locations: REVIEW_LOCATIONS },
    downloadManagementReview: {
      valid: async ({ admin }) => {
        const issued = await appResolvers.workListResolver.issueManagementReview!(
          REVIEW_REQUEST,
          { accountId: DEMO_USERS.admin },
          admin,
        );
        return { packId: (issued as { data: { packId: string } }).data.packId, format: 'csv' };
      },
      locations: [['packId'], ['format']],
    },
    saveManagementReviewSchedule: {
      valid: {
        settings: { month: 2, timeZone: 'UTC', projectKey: 'QM', issueType: 'Task', owner: null },
        baseVersion: null,
      },
      locations: [
        ['settings'],
        ['settings', 'month'],
        ['settings', 'timeZone'],
        ['settings', 'projectKey'],
        ['settings', 'owner'],
        ['baseVersion'],
      ],
    },
  },
  capaPanelResolver: {
    getCapa: {
      valid: async ({ sim, issueKey }) => ({ issueKey: await nonConformity(sim, issueKey) }),
      locations: [['issueKey']],
    },
    applyCapaCommand: {
      valid: async ({ sim, issueKey }) => ({
        issueKey: await nonConformity(sim, issueKey),
        command: { type: 'contain', containment: 'Paused', correction: 'Called back' },
      }),
      locations: [
        ['issueKey'],
        ['command'],
        ['command', 'type'],
        ['command', 'containment'],
        ['command', 'correction'],
      ],
    },
  },
};

/** An open follow-up of flagged feedback on the case; its feedback id. */
async function openFollowUp(sim: Site['sim'], issueKey: string): Promise<string> {
  await saveQualitySettings(sim.forge.store, QUALITY_SETTINGS, {
    savedBy: DEMO_USERS.admin,
    savedAt: new Date(sim.now()).toISOString(),
    baseVersion: null,
  });
  const id = 'fuzz-feedback';
  await insertFeedback(sim.forge.sql.db, {
    id,
    source: 'app',
    sourceId: id,
    scale: 'csat',
    score: 1,
    reason: null,
    comment: null,
    issueKey,
    customer: null,
    product: null,
    component: null,
    team: null,
    answeredAt: sim.now(),
    receivedAt: sim.now(),
    flagCauses: [{ kind: 'lowScore', score: 1, threshold: 2 }],
    rawPayload: '{}',
  });
  await createFollowUp(sim.forge.context(), id);
  return id;
}

/** What is wrong with an answer, or null when the screen can act on it. */
function problemWith(result: ResolverResult<unknown>): string | null {
  if (result.ok) return null;
  const { code, errors } = result.error;
  if (code === 'forbidden' || code === 'notFound' || code === 'conflict') return null;
  if (code !== 'invalid') return `answered ${code}`;
  const located =
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.length <= 101 &&
    errors.every(
      (e) =>
        typeof e.path === 'string' &&
        e.path.startsWith('$') &&
        typeof e.message === 'string' &&
        e.message !== '',
    );
  return located ? null : `invalid without paths: ${JSON.stringify(errors)?.slice(0, 200)}`;
}

async function site() {
  const env = await demoSimulator();
  const issueKey = await env.reportIncident();
  const as = (accountId: string): ResolverContext => ({
    ...env.sim.forge.context(),
    jiraAsUser: env.sim.forge.jiraClient(accountId),
  });
  return { ...env, issueKey, admin: as(DEMO_USERS.admin) };
}

describe('every resolver under hostile input', () => {
  for (const [module, resolvers] of Object.entries(CASES)) {
    for (const [name, { valid: made, locations }] of Object.entries(resolvers)) {
      it(`${module}.${name} answers with paths, never "failed"`, async () => {
        const env = await site();
        const { admin, issueKey, sim } = env;
        const valid = typeof made === 'function' ? await made(env) : made;
        const run = (appResolvers as Record<string, Record<string, ResolverFunction>>)[module]![
          name
        ]!;
        const problems: string[] = [];
        const check = async (what: string, payload: unknown, key = issueKey) => {
          const result = await run(payload, { accountId: DEMO_USERS.admin, issueKey: key }, admin);
          const problem = problemWith(result);
          if (problem) problems.push(`${what}: ${problem}`);
        };
        expect(await run(valid, { accountId: DEMO_USERS.admin, issueKey }, admin)).toMatchObject({
          ok: true,
        });
        for (const [label, value] of HOSTILE) {
          await check(`payload = ${label}`, value);
          for (const location of locations) {
            await check(`${location.join('.')} = ${label}`, at(valid, location, value));
          }
          if (module === 'issuePanelResolver' && typeof value === 'string') {
            await check(`issue key = ${label}`, valid, value);
          }
        }
        expect(problems).toEqual([]);
        expect(sim.forge.log.filter((entry) => entry.message === 'resolver failed')).toEqual([]);
      });
    }
  }
});

/** Negative feedback on the case, with a non-conformity project configured; its id. */
async function negativeFeedback(sim: Site['sim'], issueKey: string): Promise<string> {
  await saveQualitySettings(
    sim.forge.store,
    { ...QUALITY_SETTINGS, nonConformity: { projectKey: 'QM', issueType: 'Non-conformity' } },
    { savedBy: DEMO_USERS.admin, savedAt: new Date(sim.now()).toISOString(), baseVersion: null },
  );
  const id = 'fuzz-negative';
  await insertFeedback(sim.forge.sql.db, {
    id,
    source: 'app',
    sourceId: id,
    scale: 'csat',
    score: 1,
    reason: null,
    comment: null,
    issueKey,
    customer: null,
    product: null,
    component: null,
    team: null,
    answeredAt: sim.now(),
    receivedAt: sim.now(),
    flagCauses: [{ kind: 'lowScore', score: 1, threshold: 2 }],
    rawPayload: '{}',
  });
  return id;
}

/** A non-conformity raised by hand from negative feedback on the case; its issue key. */
async function nonConformity(sim: Site['sim'], issueKey: string): Promise<string> {
  const feedbackId = await negativeFeedback(sim, issueKey);
  const raised = await raiseByHand(sim.forge.context(), feedbackId, 'Fuzz', DEMO_USERS.lead);
  return (raised as { issueKey: string }).issueKey;
}
