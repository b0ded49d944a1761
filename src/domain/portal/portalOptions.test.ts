import fc from 'fast-check';
import example from '../../../examples/contract.json';
import { compileContract } from '../contract/compileContract';
import { resolveAgreement } from '../contract/resolveAgreement';
import { PORTAL_CHOICE_FORMAT, type PortalChoice } from '../../resolvers/portalViews';
import { SCHULTZ_UAT_CHOICE } from '../../../test/support/portalChoice';
import {
  defaultPortalChoice,
  portalOptions,
  portalOptionsFor,
  readPortalChoice,
  selectPortalChoice,
} from './portalOptions';

const model = compileContract(example);
const customer = (id: string) => model.contract.customers.find((c) => c.id === id)!;
const at = Date.parse('2026-03-02T07:30:00Z');
const key = { issueType: 'Incident', at };
const summary = (options: ReturnType<typeof portalOptions>) =>
  options.map((o) => [o.id, o.environments.map((e) => e.id)]);

describe('portalOptions', () => {
  it('lists the agreements in force covering the issue type, with their environments', () => {
    expect(summary(portalOptions(model, customer('schultz'), key))).toEqual([
      ['schultz-prod-gold', ['schultz-prod']],
      ['schultz-nonprod', ['schultz-uat', 'schultz-test']],
      ['schultz-mobile', ['schultz-mobile']],
    ]);
  });

  it('leaves out agreements not in force at the date', () => {
    const before = Date.parse('2025-03-01T00:00:00Z');
    expect(summary(portalOptions(model, customer('schultz'), { ...key, at: before }))).toEqual([
      ['schultz-prod-silver-2024', ['schultz-prod']],
    ]);
  });

  it('leaves out agreements with no obligation for the issue type', () => {
    const ids = portalOptions(model, customer('schultz'), { ...key, issueType: 'Problem' });
    expect(ids.map((o) => o.id)).toEqual(['schultz-prod-gold', 'schultz-nonprod']);
    expect(portalOptions(model, customer('schultz'), { ...key, issueType: 'Nope' })).toEqual([]);
  });

  it('offers an environment only under the agreement the issue would resolve to', () => {
    // fjellheim-standard covers every ihlp environment, but fjellheim-prod lists production.
    expect(summary(portalOptions(model, customer('fjellheim'), key))).toEqual([
      ['fjellheim-prod', ['fjellheim-prod']],
      ['fjellheim-standard', ['fjellheim-test', 'fjellheim-training']],
    ]);
  });

  it('agrees with resolveAgreement for every option (property)', () => {
    const types = ['Incident', 'Service request', 'Problem'];
    const dates = fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2028-06-01') });
    fc.assert(
      fc.property(
        fc.constantFrom(...model.contract.customers),
        fc.constantFrom(...types),
        dates,
        (c, issueType, t) => {
          for (const option of portalOptions(model, c, { issueType, at: t })) {
            for (const environment of option.environments) {
              const product = c.environments.find((e) => e.id === environment.id)!.product;
              const resolution = resolveAgreement(model, {
                customer: c.id,
                environment: environment.id,
                product,
                issueType,
                created: t,
              });
              expect(resolution.agreement?.agreement.id).toBe(option.id);
            }
          }
        },
      ),
    );
  });

  it('lists priorities most urgent first', () => {
    const [gota] = portalOptions(model, customer('gota'), key);
    expect(gota!.priorities).toEqual([
      { id: 'red', name: 'Red', rank: 1 },
      { id: 'yellow', name: 'Yellow', rank: 2 },
      { id: 'green', name: 'Green', rank: 3 },
    ]);
  });

  it('gathers the options of every customer the viewer speaks for, never others', () => {
    const options = portalOptionsFor(model, [customer('gota')], key);
    expect(new Set(options.map((o) => o.customer.id))).toEqual(new Set(['gota']));
  });
});

describe('defaultPortalChoice', () => {
  it('is the first agreement, its first environment and the least urgent priority', () => {
    expect(defaultPortalChoice(portalOptions(model, customer('gota'), key))).toEqual({
      format: PORTAL_CHOICE_FORMAT,
      customer: 'gota',
      agreement: 'gota-prod',
      environment: 'gota-prod',
      priority: 'green',
    });
  });

  it('is null when nothing can be chosen', () => {
    expect(defaultPortalChoice([])).toBeNull();
  });
});

const choice = (over: Partial<Record<keyof PortalChoice, unknown>> = {}) => ({
  ...SCHULTZ_UAT_CHOICE,
  ...over,
});
const context = { model, customers: [customer('schultz')], ...key };

describe('readPortalChoice', () => {
  it('takes a choice within the options', () => {
    const reading = readPortalChoice(choice(), context);
    expect(reading).toMatchObject({ ok: true, choice: choice() });
  });

  it('refuses a customer the person is no contact of', () => {
    const forged = readPortalChoice(
      choice({
        customer: 'gota',
        agreement: 'gota-prod',
        environment: 'gota-prod',
        priority: 'red',
      }),
      context,
    );
    expect(forged).toEqual({
      ok: false,
      errors: [
        { path: '$.customer', message: '"gota" is not an organisation you are a contact of' },
      ],
    });
  });

  it("refuses another customer's agreement, a stale agreement, a foreign environment and priority", () => {
    expect(readPortalChoice(choice({ agreement: 'gota-prod' }), context)).toMatchObject({
      ok: false,
      errors: [{ path: '$.agreement' }],
    });
    const stale = readPortalChoice(choice({ agreement: 'schultz-prod-silver-2024' }), context);
    expect(stale).toMatchObject({ ok: false, errors: [{ path: '$.agreement' }] });
    const both = readPortalChoice(
      choice({ environment: 'schultz-prod', priority: 'red' }),
      context,
    );
    expect(both).toMatchObject({
      ok: false,
      errors: [{ path: '$.environment' }, { path: '$.priority' }],
    });
    expect(readPortalChoice(choice({ environment: null }), context)).toMatchObject({
      ok: false,
      errors: [{ path: '$.environment' }],
    });
  });

  it('keeps a proof, and refuses one that is not a string', () => {
    expect(readPortalChoice(choice({ proof: 'abc' }), context)).toMatchObject({
      ok: true,
      choice: { proof: 'abc' },
    });
    expect(readPortalChoice(choice({ proof: 5 }), context)).toMatchObject({
      ok: false,
      errors: [{ path: '$.proof' }],
    });
  });

  it('reports every malformed part at its path', () => {
    expect(readPortalChoice('x', context)).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'must be an object, not a string' }],
    });
    const reading = readPortalChoice(
      { format: 'v0', customer: 3, agreement: '', environment: 5, priority: null },
      context,
    );
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.errors.map((e) => e.path)).toEqual([
      '$.format',
      '$.customer',
      '$.agreement',
      '$.priority',
      '$.environment',
    ]);
  });

  it('never accepts a choice outside the options (property)', () => {
    const ids = [
      'schultz',
      'gota',
      'schultz-prod-gold',
      'schultz-nonprod',
      'gota-prod',
      'schultz-uat',
      'schultz-prod',
      'gota-prod',
      '1',
      '5',
      'red',
      'x',
    ];
    fc.assert(
      fc.property(
        fc.record({
          customer: fc.constantFrom(...ids),
          agreement: fc.constantFrom(...ids),
          environment: fc.option(fc.constantFrom(...ids)),
          priority: fc.constantFrom(...ids),
        }),
        (parts) => {
          const reading = readPortalChoice({ format: PORTAL_CHOICE_FORMAT, ...parts }, context);
          const options = portalOptions(model, customer('schultz'), key);
          const option = options.find((o) => o.id === parts.agreement);
          const within =
            parts.customer === 'schultz' &&
            option !== undefined &&
            option.environments.some((e) => e.id === parts.environment) &&
            option.priorities.some((p) => p.id === parts.priority);
          expect(reading.ok).toBe(within);
        },
      ),
    );
  });
});

describe('selectPortalChoice', () => {
  const options = portalOptions(model, customer('schultz'), key);

  it('fills in the defaults', () => {
    expect(selectPortalChoice(undefined, options)).toEqual({
      ok: true,
      choice: {
        format: PORTAL_CHOICE_FORMAT,
        customer: 'schultz',
        agreement: 'schultz-prod-gold',
        environment: 'schultz-prod',
        priority: '5',
      },
    });
    expect(selectPortalChoice({ agreement: 'schultz-nonprod' }, options)).toMatchObject({
      ok: true,
      choice: { agreement: 'schultz-nonprod', environment: 'schultz-uat', priority: '5' },
    });
  });

  it('takes what is chosen', () => {
    expect(
      selectPortalChoice(
        { agreement: 'schultz-nonprod', environment: 'schultz-test', priority: '1' },
        options,
      ),
    ).toMatchObject({ ok: true, choice: { environment: 'schultz-test', priority: '1' } });
  });

  it('refuses what is not offered, each at its path', () => {
    expect(selectPortalChoice({ agreement: 'gota-prod' }, options)).toMatchObject({
      ok: false,
      errors: [{ path: '$.agreement' }],
    });
    expect(
      selectPortalChoice(
        { agreement: 'schultz-nonprod', environment: 'schultz-prod', priority: 'red' },
        options,
      ),
    ).toMatchObject({ ok: false, errors: [{ path: '$.environment' }, { path: '$.priority' }] });
    expect(selectPortalChoice({ priority: 7 }, options)).toMatchObject({
      ok: false,
      errors: [{ path: '$.priority' }],
    });
    expect(selectPortalChoice([1], options)).toMatchObject({ ok: false, errors: [{ path: '$' }] });
  });

  it('is null with nothing to choose', () => {
    expect(selectPortalChoice({}, [])).toEqual({ ok: true, choice: null });
  });
});
