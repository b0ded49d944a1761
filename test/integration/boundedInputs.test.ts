/**
 * Big and malformed input at the resolvers, as the admin page and the work list send it: a
 * document over the size limit is refused before it is parsed or validated, a broken one gets
 * a capped list of errors, and each bad field gets an error at its path.
 */
import contract from '../../examples/contract.json';
import { MAX_DOCUMENT_BYTES } from '../../src/domain/documentSize';
import { appResolvers } from '../../src/handlers';
import type { ResolverContext } from '../../src/resolvers/resolverKit';
import type { ResolverResult } from '../../src/resolvers/views';
import { demoSimulator, DEMO_USERS } from '../support/simulator';

async function site() {
  const env = await demoSimulator();
  const as = (accountId: string) => {
    const ctx: ResolverContext = {
      ...env.sim.forge.context(),
      jiraAsUser: env.sim.forge.jiraClient(accountId),
    };
    return (module: keyof typeof appResolvers, name: string, payload: unknown) =>
      appResolvers[module][name]!(payload, { accountId }, ctx) as Promise<ResolverResult<unknown>>;
  };
  return { ...env, admin: as(DEMO_USERS.admin), lead: as(DEMO_USERS.lead) };
}

/** examples/contract.json with a 5 MB string in a goal's name: over the limit, and invalid. */
const huge = {
  ...contract,
  goals: [{ ...contract.goals[0], name: 'x'.repeat(5 * MAX_DOCUMENT_BYTES) }, ...contract.goals],
};

const TOO_BIG = /^is (over )?\d+\.\d MB of JSON; the most the app reads is 1\.0 MB$/;

describe('documents over the size limit', () => {
  it.each([
    ['validate', { contract: huge }],
    ['saveContract', { contract: huge, baseVersion: 1 }],
    ['previewCalendar', { contract: huge, calendar: 'dk-office' }],
    [
      'simulate',
      {
        contract: huge,
        agreement: 'schultz-prod-gold',
        issueType: 'Incident',
        priority: '2',
        created: '2026-03-02T07:00:00Z',
      },
    ],
  ])(
    '%s refuses the contract at $.contract, with its size, and saves nothing',
    async (name, payload) => {
      const { admin, sim } = await site();
      const result = await admin('adminResolver', name, payload);
      const errors = [{ path: '$.contract', message: expect.stringMatching(TOO_BIG) }];
      expect(result).toMatchObject(
        name === 'validate'
          ? { ok: true, data: { errors } }
          : { ok: false, error: { code: 'invalid', errors } },
      );
      expect((await sim.forge.contracts.latest())?.version).toBe(1);
    },
  );

  it('previewImport refuses the text at $.json before parsing it', async () => {
    const { admin } = await site();
    // Not JSON either: had it been parsed, the answer would be about that.
    const json = `${JSON.stringify(huge)} and more`;
    expect(await admin('adminResolver', 'previewImport', { json })).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [{ path: '$.json', message: expect.stringMatching(TOO_BIG) }],
      },
    });
  });

  it('takes a contract just under the limit', async () => {
    const { admin } = await site();
    // A valid document can be close to the limit: many copies of an agreement, each with its
    // own id and its own year of validity, so none overlaps another.
    const gold = contract.agreements.find((a) => a.id === 'schultz-prod-gold')!;
    const copy = (i: number) => ({
      ...gold,
      id: `gold-${i}`,
      validFrom: `${3000 + i}-01-01`,
      validTo: `${3001 + i}-01-01`,
    });
    const others = contract.agreements.filter((a) => a !== gold);
    const room = MAX_DOCUMENT_BYTES - JSON.stringify({ ...contract, agreements: others }).length;
    const count = Math.floor(room / (JSON.stringify(copy(1000)).length + 1));
    const big = {
      ...contract,
      agreements: [...others, ...Array.from({ length: count }, (_, i) => copy(i))],
    };
    expect(JSON.stringify(big).length).toBeGreaterThan(0.95 * MAX_DOCUMENT_BYTES);
    expect(JSON.stringify(big).length).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
    expect(await admin('adminResolver', 'validate', { contract: big })).toEqual({
      ok: true,
      data: { errors: [] },
    });
  });
});

describe('a broken big document', () => {
  it('gets the first 100 errors and a count of the rest', async () => {
    const { admin } = await site();
    const broken = {
      ...contract,
      holidaySets: [
        ...contract.holidaySets,
        ...Array.from({ length: 3_000 }, (_, i) => ({ id: `h${i}`, rules: [{ type: 'easter' }] })),
      ],
    };
    const result = (await admin('adminResolver', 'previewImport', {
      json: JSON.stringify(broken),
    })) as unknown as {
      ok: false;
      error: { code: string; message: string; errors: { path: string; message: string }[] };
    };
    expect(result.error).toMatchObject({
      code: 'invalid',
      message: '3000 problems in the request',
    });
    expect(result.error.errors).toHaveLength(101);
    expect(result.error.errors[100]).toEqual({
      path: '$',
      message: 'and 2900 more problems',
      more: 2900,
    });
  });
});

describe('each bad field gets its path', () => {
  it('simulate: a pause that is null', async () => {
    const { admin } = await site();
    const result = await admin('adminResolver', 'simulate', {
      contract,
      agreement: 'schultz-prod-gold',
      issueType: 'Incident',
      priority: '2',
      created: '2026-03-02T07:00:00Z',
      pauses: [null],
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.pauses[0]', message: 'must be a pause: { status, from, to }' }],
      },
    });
  });

  it('simulate: instants on days the calendar does not have', async () => {
    const { admin } = await site();
    const result = await admin('adminResolver', 'simulate', {
      contract,
      agreement: 'schultz-prod-gold',
      issueType: 'Incident',
      priority: '2',
      created: '2026-02-30T07:00:00Z',
      pauses: [
        {
          status: 'Waiting for customer',
          from: '2026-13-45T08:00:00Z',
          to: '2026-03-02T10:00:00Z',
        },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid',
        errors: [
          { path: '$.created', message: 'must be a date and time' },
          { path: '$.pauses[0].from', message: 'must be a date and time' },
        ],
      },
    });
  });

  it('previewCalendar: a calendar date that does not exist', async () => {
    const { admin } = await site();
    const result = await admin('adminResolver', 'previewCalendar', {
      contract,
      calendar: 'dk-office',
      from: '2026-13-45',
      days: 7,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [{ path: '$.from', message: 'must be a date YYYY-MM-DD' }],
      },
    });
  });

  it('getWorkList: a page token that is not one of this list', async () => {
    const { lead } = await site();
    const result = await lead('workListResolver', 'getWorkList', { pageToken: 'not-a-token' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid',
        message: '1 problem in the request',
        errors: [
          { path: '$.pageToken', message: 'is not a page of this list: load the list again' },
        ],
      },
    });
  });
});
