/**
 * Hostile input to the relationship register's resolvers (as `resolverFuzz.test.ts` does for
 * the others): the whole payload and each field it reads replaced by nulls, wrong types, huge
 * strings, impossible dates and deep arrays. Every answer must be a success or a refusal the
 * screen can act on, never the generic `failed`.
 */
import { appResolvers } from '../../src/handlers';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import type { ResolverResult } from '../../src/resolvers/views';
import { saveRelationshipSettings } from '../../src/storage/relationshipSettings';
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
  ['an empty string', ''],
  ['a string', 'x'],
  ['an impossible date', '2026-13-45'],
  ['a huge string', 'x'.repeat(2 * MB)],
  ['an empty array', []],
  ['an array of mixed values', [1, 'x', {}, [], true]],
  ['an empty object', {}],
  ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}') as unknown],
  ['a deep array', deep],
];

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

const RELATIONSHIP = {
  customerRole: { name: 'Mette', email: 'mette@x.example', accountId: null },
  orderers: [{ name: 'Jonas', email: 'jonas@x.example', accountId: null, ourContact: null }],
  accountManager: DEMO_USERS.lead,
};
const MEETING = {
  heldOn: '2026-03-02',
  attendees: ['Mette'],
  minutes: 'Review',
  actions: [{ kind: 'new', summary: 'Call back', owner: DEMO_USERS.lead, dueDate: '2026-03-09' }],
};

const CASES: Record<string, { valid: unknown; locations: Location[] }> = {
  getRelationshipRegister: { valid: {}, locations: [] },
  getCustomerRelationship: { valid: { customerId: 'schultz' }, locations: [['customerId']] },
  saveCustomerRelationship: {
    valid: { customerId: 'schultz', baseRevision: null, relationship: RELATIONSHIP },
    locations: [
      ['customerId'],
      ['baseRevision'],
      ['relationship'],
      ['relationship', 'customerRole'],
      ['relationship', 'customerRole', 'email'],
      ['relationship', 'orderers'],
      ['relationship', 'orderers', 0],
      ['relationship', 'orderers', 0, 'ourContact'],
      ['relationship', 'accountManager'],
    ],
  },
  recordCustomerMeeting: {
    valid: { customerId: 'schultz', meeting: MEETING },
    locations: [
      ['customerId'],
      ['meeting'],
      ['meeting', 'heldOn'],
      ['meeting', 'attendees'],
      ['meeting', 'attendees', 0],
      ['meeting', 'minutes'],
      ['meeting', 'actions'],
      ['meeting', 'actions', 0],
      ['meeting', 'actions', 0, 'kind'],
      ['meeting', 'actions', 0, 'owner'],
      ['meeting', 'actions', 0, 'dueDate'],
    ],
  },
  retryCustomerMeetingActions: { valid: { customerId: 'schultz' }, locations: [['customerId']] },
  getRelationshipMeasures: {
    valid: { from: '2026-02', to: '2026-03' },
    locations: [['from'], ['to']],
  },
  getRelationshipSettings: { valid: {}, locations: [] },
  saveRelationshipSettings: {
    valid: {
      settings: {
        complaintIssueTypes: ['Complaint'],
        meetingActions: { projectKey: 'QM', issueType: 'Task' },
      },
      // The test saved version 1 first.
      baseVersion: 1,
    },
    locations: [
      ['settings'],
      ['settings', 'complaintIssueTypes'],
      ['settings', 'complaintIssueTypes', 0],
      ['settings', 'meetingActions'],
      ['settings', 'meetingActions', 'projectKey'],
      ['settings', 'meetingActions', 'issueType'],
      ['baseVersion'],
    ],
  },
};

function problemWith(result: ResolverResult<unknown>): string | null {
  if (result.ok) return null;
  const { code, errors } = result.error;
  if (code === 'forbidden' || code === 'notFound' || code === 'conflict') return null;
  if (code !== 'invalid') return `answered ${code}`;
  const located =
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((e) => typeof e.path === 'string' && e.path.startsWith('$') && e.message !== '');
  return located ? null : `invalid without paths: ${JSON.stringify(errors)?.slice(0, 200)}`;
}

describe('the relationship resolvers under hostile input', () => {
  for (const [name, { valid, locations }] of Object.entries(CASES)) {
    it(`${name} answers with paths, never "failed"`, async () => {
      const { sim } = await demoSimulator();
      await saveRelationshipSettings(
        sim.forge.store,
        {
          complaintIssueTypes: ['Complaint'],
          meetingActions: { projectKey: 'QM', issueType: 'Task' },
        },
        {
          savedBy: DEMO_USERS.admin,
          savedAt: new Date(sim.now()).toISOString(),
          baseVersion: null,
        },
      );
      const admin: ResolverContext = {
        ...sim.forge.context(),
        jiraAsUser: sim.forge.jiraClient(DEMO_USERS.admin),
      };
      const run = appResolvers.workListResolver[name]!;
      expect(await run(valid, { accountId: DEMO_USERS.admin }, admin)).toMatchObject({ ok: true });
      const problems: string[] = [];
      for (const [label, value] of HOSTILE) {
        for (const location of [[], ...locations]) {
          const result = await run(
            at(valid, location, value),
            { accountId: DEMO_USERS.admin },
            admin,
          );
          const problem = problemWith(result);
          if (problem) problems.push(`${location.join('.') || 'payload'} = ${label}: ${problem}`);
        }
      }
      expect(problems).toEqual([]);
      expect(sim.forge.log.filter((entry) => entry.message === 'resolver failed')).toEqual([]);
    });
  }
});
