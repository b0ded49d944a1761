import example from '../../../examples/contract.json';
import { createBusinessCalendar } from '../calendar';
import { compileContract, InvalidContractError } from './compileContract';
import type { Contract } from './types';
import { validateContract } from './validateContract';

// Count compilations of calendars, still compiling them for real.
jest.mock('../calendar', () => {
  const actual = jest.requireActual<typeof import('../calendar')>('../calendar');
  return { ...actual, createBusinessCalendar: jest.fn(actual.createBusinessCalendar) };
});
const compileCalendar = jest.mocked(createBusinessCalendar);

const contract = example as unknown as Contract;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

beforeEach(() => compileCalendar.mockClear());

describe('compileContract', () => {
  it('throws InvalidContractError with every error of an invalid contract', () => {
    const invalid = structuredClone(example) as unknown as {
      calendars: { timeZone: string }[];
      goals: { calendar: string; warnAt: number[] }[];
      agreements: { customer: string }[];
    };
    invalid.calendars[0]!.timeZone = 'Europe/Aarhus';
    invalid.goals[0]!.calendar = 'aarhus-office';
    invalid.goals[4]!.warnAt = [0.9, 0.5];
    invalid.agreements[3]!.customer = 'schulz';

    let thrown: unknown;
    try {
      compileContract(invalid);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidContractError);
    const error = thrown as InvalidContractError;
    expect(error.name).toBe('InvalidContractError');
    expect(error.errors).toEqual(validateContract(invalid));
    expect(error.errors.map((e) => e.path)).toEqual([
      '$.calendars[0].timeZone',
      '$.goals[0].calendar',
      '$.goals[4].warnAt[1]',
      '$.agreements[3].customer',
    ]);
    expect(error.message).toBe(
      'Invalid contract (4 errors): $.calendars[0].timeZone: unknown time zone "Europe/Aarhus"; ' +
        '$.goals[0].calendar: unknown calendar "aarhus-office"; ' +
        '$.goals[4].warnAt[1]: warning thresholds must increase',
    );
    expect(compileCalendar).not.toHaveBeenCalled();
  });

  it('says "1 error" for one', () => {
    expect(() => compileContract({ ...example, format: 'slm-contract/0' })).toThrow(
      'Invalid contract (1 error): $.format: must be "slm-contract/1"',
    );
  });

  it('keeps the contract and records the version it was built from', () => {
    const unsaved = compileContract(example);
    expect(unsaved.contract).toBe(example);
    expect(unsaved.version).toBeNull();
    expect(compileContract(example, 7).version).toBe(7);
  });

  it('compiles calendars on first use and keeps them', () => {
    const model = compileContract(example);
    expect(compileCalendar).not.toHaveBeenCalled();

    const office = model.calendar('dk-office');
    expect(compileCalendar).toHaveBeenCalledTimes(1);
    expect(model.calendar('dk-office')).toBe(office);
    expect(compileCalendar).toHaveBeenCalledTimes(1);
    expect(office.definition).toBe(contract.calendars[0]);
    expect(office.alwaysOpen).toBe(false);

    const always = model.calendar('24x7');
    expect(always).not.toBe(office);
    expect(always.alwaysOpen).toBe(true);
    expect(compileCalendar).toHaveBeenCalledTimes(2);
    // Each model has its own cache.
    expect(compileContract(example).calendar('dk-office')).not.toBe(office);
  });

  it('compiles every agreement, in order, with its priority model and validity', () => {
    const model = compileContract(example);
    expect(model.agreements.map((a) => a.agreement)).toEqual(contract.agreements);
    const [silver, gold] = model.agreements;
    expect(silver!.validity).toEqual({
      from: Date.UTC(2024, 0, 1),
      to: Date.UTC(2025, 6, 1),
    });
    expect(gold!.validity).toEqual({ from: Date.UTC(2025, 6, 1), to: Infinity });
    expect(gold!.priorityModel).toBe(contract.priorityModels[0]);
    expect(gold!.priorities.get('2')).toEqual({
      id: '2',
      name: 'Priority 2',
      rank: 2,
      jiraPriority: 'High',
    });
    const gota = model.agreements.find((a) => a.agreement.id === 'gota-prod')!;
    expect([...gota.priorities.values()].map((p) => [p.id, p.rank])).toEqual([
      ['red', 1],
      ['yellow', 2],
      ['green', 3],
    ]);
  });

  it('parses targets into ms of business time, keyed by priority id', () => {
    const gold = compileContract(example).agreements[1]!;
    const reaction = gold.obligations[0]!;
    expect(reaction.targetMs).toEqual(
      new Map([
        ['1', 15 * MINUTE],
        ['2', 30 * MINUTE],
        ['3', 2 * HOUR],
        ['4', 4 * HOUR],
        ['5', 8 * HOUR],
      ]),
    );
    const problem = gold.obligations[5]!;
    expect(problem.targetMs.get('1')).toBe(2 * DAY);
    expect(problem.targetMs.get('5')).toBe(10 * DAY);
    // Only the priorities with a target are there.
    expect([...gold.obligations[2]!.targetMs.keys()]).toEqual(['1']);
  });

  it('looks up each obligation’s goal and action model, and its calendar (the override, else the goal’s)', () => {
    const gold = compileContract(example).agreements[1]!;
    const summary = gold.obligations.map((o) => [o.goal.id, o.actionModel.id, o.calendarId]);
    expect(summary).toEqual([
      ['reaction', 'reaction', 'dk-extended'],
      ['reaction', 'reaction', 'dk-office'],
      ['critical-resolution', 'resolution', '24x7'],
      ['resolution', 'resolution', 'dk-office'],
      ['resolution', 'resolution', 'dk-office'],
      ['resolution', 'resolution', 'dk-office'],
      ['status-update', 'status-update', 'dk-office'],
      ['second-line-pickup', 'second-line-pickup', 'dk-office'],
    ]);
    expect(gold.obligations[7]!.goal.internal).toBe(true);
    expect(gold.obligations[0]!.goal).toBe(contract.goals[0]);
    expect(gold.obligations[0]!.obligation).toBe(contract.agreements[1]!.obligations[0]);
  });
});
