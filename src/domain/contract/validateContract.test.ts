import example from '../../../examples/contract.json';
import { DENMARK, NORWAY, SWEDEN } from '../calendar';
import type { Contract } from './types';
import { validateContract } from './validateContract';

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
type Draft = Mutable<Contract>;

const contract = example as unknown as Contract;

/** A deep copy of examples/contract.json with `change` applied. */
function variant(change: (draft: Draft) => void): Draft {
  const draft = structuredClone(example) as unknown as Draft;
  change(draft);
  return draft;
}

/** The path of the entry with that id in one of the contract's lists: `$.agreements[4]`. */
function pathOf(list: 'calendars' | 'goals' | 'agreements', id: string): string {
  const i = contract[list].findIndex((item) => item.id === id);
  if (i < 0) throw new Error(`examples/contract.json has no ${list} entry "${id}"`);
  return `$.${list}[${i}]`;
}

function agreement(draft: Draft, id: string) {
  return draft.agreements.find((a) => a.id === id)!;
}

describe('examples/contract.json', () => {
  it('is a valid contract', () => {
    expect(validateContract(example)).toEqual([]);
  });

  it('writes out the holiday presets the app ships', () => {
    const rules = (id: string) => contract.holidaySets.find((set) => set.id === id)!.rules;
    expect(rules('dk')).toEqual(DENMARK.rules);
    expect(rules('no')).toEqual(NORWAY.rules);
    expect(rules('se')).toEqual(SWEDEN.rules);
  });
});

describe('validateContract', () => {
  describe('the document', () => {
    it('must be an object', () => {
      expect(validateContract([])).toEqual([
        { path: '$', message: 'must be an object, got an array' },
      ]);
    });

    it('must name its format, and nothing else is checked without it', () => {
      const draft = variant((c) => {
        Object.assign(c, { format: 'slm-contract/2' });
        c.goals[0]!.calendar = 'nowhere';
      });
      expect(validateContract(draft)).toEqual([
        { path: '$.format', message: 'must be "slm-contract/1"' },
      ]);
    });

    it('needs every list, even an empty one', () => {
      const draft = variant((c) => Reflect.deleteProperty(c, 'holidaySets'));
      expect(validateContract(draft)).toEqual(
        expect.arrayContaining([{ path: '$.holidaySets', message: 'is required' }]),
      );
    });
  });

  describe('shape (the JSON Schema)', () => {
    it.each<[string, (c: Draft) => void, { path: string; message: string }]>([
      [
        'a missing required field',
        (c) => Reflect.deleteProperty(c.goals[0]!, 'name'),
        { path: '$.goals[0].name', message: 'is required' },
      ],
      [
        'a wrong type',
        (c) => Object.assign(c.goals[0]!, { internal: 'yes' }),
        { path: '$.goals[0].internal', message: 'must be a boolean, got a string' },
      ],
      [
        'a list that is not a list',
        (c) => Object.assign(c.calendars[0]!, { holidaySets: 'dk' }),
        { path: '$.calendars[0].holidaySets', message: 'must be an array, got a string' },
      ],
      [
        'a value outside an enum',
        (c) => Object.assign(c.customers[0]!.environments[0]!, { kind: 'staging' }),
        {
          path: '$.customers[0].environments[0].kind',
          message: 'must be one of "production", "uat", "test", "training", "development"',
        },
      ],
      [
        'an unknown event kind',
        (c) => Object.assign(c.actionModels[0]!.start[0]!, { on: 'commented' }),
        {
          path: '$.actionModels[0].start[0].on',
          message: expect.stringMatching(/^must be one of "created", "statusEntered", /),
        },
      ],
      [
        'an unknown field in an event rule',
        (c) => Object.assign(c.actionModels[0]!.start[0]!, { when: 'now' }),
        {
          path: '$.actionModels[0].start[0].when',
          message: 'is not a known field here (known: on, status, field)',
        },
      ],
      [
        'a bad local time in a holiday rule',
        (c) => Object.assign(c.holidaySets[0]!.rules[9]!, { closedFrom: '12' }),
        {
          path: '$.holidaySets[0].rules[9].closedFrom',
          message: '"12" is not a local time HH:MM (00:00–24:00)',
        },
      ],
      [
        'a bad local time in opening hours',
        (c) => {
          Object.assign(c.calendars[0]!, { week: { mon: [['8:00', '16:00']] } });
        },
        {
          path: '$.calendars[0].week.mon[0][0]',
          message: '"8:00" is not a local time HH:MM (00:00–24:00)',
        },
      ],
      [
        'an opening range that is not a pair',
        (c) => Object.assign(c.calendars[0]!, { week: { mon: [['08:00']] } }),
        { path: '$.calendars[0].week.mon[0]', message: 'needs at least 2 items' },
      ],
      [
        'an unknown weekday',
        (c) => Object.assign(c.calendars[0]!, { week: { monday: [['08:00', '16:00']] } }),
        {
          path: '$.calendars[0].week.monday',
          message: 'must be one of "mon", "tue", "wed", "thu", "fri", "sat", "sun"',
        },
      ],
      [
        'a week that is neither "always" nor opening hours',
        (c) => Object.assign(c.calendars[0]!, { week: '24/7' }),
        {
          path: '$.calendars[0].week',
          message: 'must be "always" (24/7) or an object of opening ranges per weekday',
        },
      ],
      [
        'a duration in months',
        (c) => {
          agreement(c, 'schultz-prod-gold').obligations[0]!.targets['1'] = 'P1M';
        },
        {
          path: `${pathOf('agreements', 'schultz-prod-gold')}.obligations[0].targets["1"]`,
          message:
            '"P1M" is not an ISO 8601 duration such as PT30M, PT8H or P2D (a day is 24 h of business time; years and months are refused)',
        },
      ],
      [
        'an empty duration',
        (c) => {
          agreement(c, 'gota-prod').obligations[0]!.targets['red'] = 'PT';
        },
        {
          path: `${pathOf('agreements', 'gota-prod')}.obligations[0].targets.red`,
          message: expect.stringMatching(/^"PT" is not an ISO 8601 duration/),
        },
      ],
      [
        'a date that is not YYYY-MM-DD',
        (c) => {
          c.agreements[0]!.validFrom = '1.1.2024';
        },
        { path: '$.agreements[0].validFrom', message: '"1.1.2024" is not a date YYYY-MM-DD' },
      ],
      [
        'a validTo that is neither a date nor null',
        (c) => Object.assign(c.agreements[0]!, { validTo: 2025 }),
        { path: '$.agreements[0].validTo', message: 'must be a date YYYY-MM-DD or null' },
      ],
      [
        'a whileStatus pause without statuses',
        (c) => Object.assign(c.actionModels[1]!.pause![0]!, { whileStatus: [] }),
        { path: '$.actionModels[1].pause[0].whileStatus', message: 'needs at least 1 item' },
      ],
      [
        'a pause rule of neither form',
        (c) => {
          c.actionModels[1]!.pause![0] = {} as never;
        },
        { path: '$.actionModels[1].pause[0].on', message: 'is required' },
      ],
      [
        'a warning threshold of 100 %',
        (c) => {
          c.goals[0]!.warnAt = [0.5, 1];
        },
        { path: '$.goals[0].warnAt[1]', message: 'must be less than 1' },
      ],
      [
        'an agreement without obligations',
        (c) => {
          c.agreements[0]!.obligations = [];
        },
        { path: '$.agreements[0].obligations', message: 'needs at least 1 item' },
      ],
    ])('reports %s, once', (_, change, error) => {
      expect(validateContract(variant(change))).toEqual([error]);
    });

    it('does not report references to an entry the schema refused as unknown too', () => {
      // Every agreement names the goal "reaction"; its broken field is the only error.
      const draft = variant((c) => Reflect.deleteProperty(c.goals[0]!, 'nextAction'));
      expect(validateContract(draft)).toEqual([]);
      const broken = variant((c) => Object.assign(c.goals[0]!, { warnAt: 'half' }));
      expect(validateContract(broken)).toEqual([
        { path: '$.goals[0].warnAt', message: 'must be an array, got a string' },
      ]);
      const customer = variant((c) => Object.assign(c.customers[0]!, { name: '' }));
      expect(validateContract(customer)).toEqual([
        { path: '$.customers[0].name', message: 'must not be empty' },
      ]);
    });
  });

  describe('duplicate ids', () => {
    it.each<[string, (c: Draft) => void, { path: string; message: string }]>([
      [
        'calendars',
        (c) => c.calendars.push({ ...c.calendars[0]!, name: 'Copy' }),
        {
          path: '$.calendars[5].id',
          message: 'duplicate id "dk-office", first used at $.calendars[0]',
        },
      ],
      [
        'goals',
        (c) => c.goals.push({ ...c.goals[3]! }),
        {
          path: '$.goals[5].id',
          message: 'duplicate id "status-update", first used at $.goals[3]',
        },
      ],
      [
        'holiday sets',
        (c) => c.holidaySets.push({ id: 'se', rules: [] }),
        {
          path: '$.holidaySets[3].id',
          message: 'duplicate id "se", first used at $.holidaySets[2]',
        },
      ],
      [
        'agreements',
        (c) => c.agreements.push({ ...c.agreements[8]!, validFrom: '2028-01-01', validTo: null }),
        {
          path: '$.agreements[9].id',
          message: 'duplicate id "gota-mobile", first used at $.agreements[8]',
        },
      ],
      [
        'priorities in a model',
        (c) => c.priorityModels[1]!.priorities.push({ id: 'red', name: 'Crimson', rank: 4 }),
        {
          path: '$.priorityModels[1].priorities[3].id',
          message: 'duplicate id "red", first used at $.priorityModels[1].priorities[0]',
        },
      ],
      [
        'environments, across customers',
        (c) =>
          c.customers[2]!.environments.push({
            id: 'schultz-test',
            name: 'Test',
            kind: 'test',
            product: 'ihlp',
          }),
        {
          path: '$.customers[2].environments[3].id',
          message: 'duplicate environment id "schultz-test"',
        },
      ],
    ])('in %s', (_, change, error) => {
      expect(validateContract(variant(change))).toEqual([error]);
    });

    it('allows the same priority id in two models', () => {
      const draft = variant((c) =>
        c.priorityModels[1]!.priorities.push({ id: '1', name: 'Black', rank: 4 }),
      );
      expect(validateContract(draft)).toEqual([]);
    });
  });

  describe('priority models', () => {
    it('refuses two priorities of the same rank in a model', () => {
      const draft = variant((c) =>
        c.priorityModels[1]!.priorities.push({ id: 'blue', name: 'Blue', rank: 3 }),
      );
      expect(validateContract(draft)).toEqual([
        {
          path: '$.priorityModels[1].priorities[3].rank',
          message: 'duplicate rank 3, first used at $.priorityModels[1].priorities[2]',
        },
      ]);
    });

    it('allows the same rank in two models: that is how "Priority 2" and "Yellow" compare', () => {
      const rank = (model: number, id: string) =>
        contract.priorityModels[model]!.priorities.find((p) => p.id === id)!.rank;
      expect(rank(0, '2')).toBe(rank(1, 'yellow'));
      expect(validateContract(example)).toEqual([]);
    });

    it('refuses two priorities read from the same Jira priority', () => {
      const draft = variant((c) => {
        c.priorityModels[0]!.priorities[4]!.jiraPriority = 'Low';
      });
      expect(validateContract(draft)).toEqual([
        {
          path: '$.priorityModels[0].priorities[4].jiraPriority',
          message: 'duplicate jiraPriority "Low", first used at $.priorityModels[0].priorities[3]',
        },
      ]);
    });
  });

  describe('unknown references', () => {
    const gold = pathOf('agreements', 'schultz-prod-gold');
    const nonprod = pathOf('agreements', 'schultz-nonprod');
    it.each<[string, (c: Draft) => void, { path: string; message: string }]>([
      [
        'goal.actionModel',
        (c) => {
          c.goals[0]!.actionModel = 'first-touch';
        },
        { path: '$.goals[0].actionModel', message: 'unknown action model "first-touch"' },
      ],
      [
        'goal.calendar',
        (c) => {
          c.goals[1]!.calendar = 'helsinki-office';
        },
        { path: '$.goals[1].calendar', message: 'unknown calendar "helsinki-office"' },
      ],
      [
        'calendar.holidaySets',
        (c) => {
          c.calendars[1]!.holidaySets = ['no', 'fi'];
        },
        { path: '$.calendars[1].holidaySets[1]', message: 'unknown holiday set "fi"' },
      ],
      [
        'agreement.customer',
        (c) => {
          agreement(c, 'gota-mobile').customer = 'goteborg';
        },
        {
          path: `${pathOf('agreements', 'gota-mobile')}.customer`,
          message: 'unknown customer "goteborg"',
        },
      ],
      [
        'agreement.priorityModel',
        (c) => {
          agreement(c, 'gota-mobile').priorityModel = 'colours';
        },
        {
          path: `${pathOf('agreements', 'gota-mobile')}.priorityModel`,
          message: 'unknown priority model "colours"',
        },
      ],
      [
        'obligation.goal',
        (c) => {
          agreement(c, 'schultz-prod-gold').obligations[6]!.goal = 'status';
        },
        { path: `${gold}.obligations[6].goal`, message: 'unknown goal "status"' },
      ],
      [
        'obligation.calendar',
        (c) => {
          agreement(c, 'schultz-prod-gold').obligations[2]!.calendar = '24/7';
        },
        { path: `${gold}.obligations[2].calendar`, message: 'unknown calendar "24/7"' },
      ],
      [
        'an unknown environment',
        (c) => {
          agreement(c, 'schultz-nonprod').environments = ['schultz-uat', 'schultz-staging'];
        },
        { path: `${nonprod}.environments[1]`, message: 'unknown environment "schultz-staging"' },
      ],
      [
        "another customer's environment",
        (c) => {
          agreement(c, 'schultz-nonprod').environments = ['schultz-uat', 'gota-uat'];
        },
        {
          path: `${nonprod}.environments[1]`,
          message: 'environment "gota-uat" belongs to customer "gota", not "schultz"',
        },
      ],
      [
        'an environment running another product',
        (c) => {
          agreement(c, 'schultz-nonprod').environments = ['schultz-mobile'];
        },
        {
          path: `${nonprod}.environments[0]`,
          message: 'environment "schultz-mobile" runs product "ihlp-mobile", not "ihlp"',
        },
      ],
      [
        "a target for a priority outside the agreement's model",
        (c) => {
          agreement(c, 'gota-prod').obligations[0]!.targets['1'] = 'PT15M';
        },
        {
          path: `${pathOf('agreements', 'gota-prod')}.obligations[0].targets["1"]`,
          message: 'priority "1" is not in priority model "traffic" (red, yellow, green)',
        },
      ],
    ])('reports %s', (_, change, error) => {
      expect(validateContract(variant(change))).toEqual([error]);
    });
  });

  describe('validity periods', () => {
    it.each<[string, string | null, string]>([
      ['before validFrom', '2023-12-31', 'must be after validFrom (2024-01-01)'],
      ['on validFrom (an empty period)', '2024-01-01', 'must be after validFrom (2024-01-01)'],
      ['not a real date', '2025-02-29', '"2025-02-29" is not a real date'],
    ])('refuses a validTo %s', (_, validTo, message) => {
      const draft = variant((c) => {
        c.agreements[0]!.validTo = validTo;
      });
      expect(validateContract(draft)).toEqual([{ path: '$.agreements[0].validTo', message }]);
    });

    it('refuses a validFrom that is not a real date', () => {
      const draft = variant((c) => {
        c.agreements[0]!.validFrom = '2024-02-30';
      });
      expect(validateContract(draft)).toEqual([
        { path: '$.agreements[0].validFrom', message: '"2024-02-30" is not a real date' },
      ]);
    });
  });

  describe('calendars and holiday sets', () => {
    it('reports an unknown time zone under the calendar', () => {
      const draft = variant((c) => {
        c.calendars[1]!.timeZone = 'Europe/Bergen';
      });
      expect(validateContract(draft)).toEqual([
        { path: '$.calendars[1].timeZone', message: 'unknown time zone "Europe/Bergen"' },
      ]);
    });

    it('reports overlapping and reversed opening ranges under the calendar', () => {
      const draft = variant((c) => {
        c.calendars[0]!.week = {
          mon: [
            ['08:00', '12:00'],
            ['11:30', '16:00'],
          ],
          tue: [['16:00', '08:00']],
        };
      });
      expect(validateContract(draft)).toEqual([
        { path: '$.calendars[0].week.mon[1]', message: 'overlaps range 0 (08:00–12:00)' },
        { path: '$.calendars[0].week.tue[0]', message: 'ends (08:00) before it starts (16:00)' },
      ]);
    });

    it('reports a calendar that is never open', () => {
      const draft = variant((c) => {
        c.calendars[2]!.week = { sat: [], sun: [] };
      });
      expect(validateContract(draft)).toEqual([
        {
          path: '$.calendars[2].week',
          message: 'the calendar is never open: give at least one opening range',
        },
      ]);
    });

    it('reports an impossible holiday under the holiday set', () => {
      const draft = variant((c) => {
        c.holidaySets[1]!.rules.push({ type: 'fixed', month: 2, day: 30 });
      });
      expect(validateContract(draft)).toEqual([
        { path: '$.holidaySets[1].rules[14].day', message: 'month 2 has no day 30' },
      ]);
    });
  });

  describe('action models', () => {
    it('refuses a status on a rule that is not about a status, and a field likewise', () => {
      const draft = variant((c) => {
        c.actionModels[0]!.stop = [
          { on: 'commentByAgent', status: 'Done' },
          { on: 'assigneeChanged', field: 'Team' },
          { on: 'statusLeft', status: 'Open' },
          { on: 'fieldChanged', field: 'Team' },
        ];
      });
      expect(validateContract(draft)).toEqual([
        {
          path: '$.actionModels[0].stop[0].status',
          message: 'only statusEntered and statusLeft rules name a status, not commentByAgent',
        },
        {
          path: '$.actionModels[0].stop[1].field',
          message: 'only fieldChanged rules name a field, not assigneeChanged',
        },
      ]);
    });

    it('refuses a pause on an event without a resume rule', () => {
      const onHold = { on: 'statusEntered', status: 'On hold' } as const;
      const draft = variant((c) => {
        c.actionModels[1]!.pause!.push(onHold);
      });
      expect(validateContract(draft)).toEqual([
        {
          path: '$.actionModels[1].resume',
          message: 'a pause on an event needs a resume rule, or the clock never restarts',
        },
      ]);
      const resumed = variant((c) => {
        c.actionModels[1]!.pause!.push(onHold);
        c.actionModels[1]!.resume = [{ on: 'statusLeft', status: 'On hold' }];
      });
      expect(validateContract(resumed)).toEqual([]);
    });
  });

  describe('goals', () => {
    it.each([
      [[0.75, 0.5], 1],
      [[0.5, 0.5], 1],
      [[0.25, 0.75, 0.5], 2],
    ])('refuses warning thresholds %j that do not increase', (warnAt, at) => {
      // goals[3] (status update) has no escalations tied to its thresholds.
      const draft = variant((c) => {
        c.goals[3]!.warnAt = warnAt;
      });
      expect(validateContract(draft)).toEqual([
        { path: `$.goals[3].warnAt[${at}]`, message: 'warning thresholds must increase' },
      ]);
    });

    it("refuses an escalation at a fraction that is not one of the goal's thresholds", () => {
      const draft = variant((c) => {
        c.goals[0]!.warnAt = [0.5];
      });
      expect(validateContract(draft)).toEqual([
        {
          path: '$.goals[0].escalations[0].at',
          message:
            '0.75 is not one of the goal\'s warnAt thresholds (0.5); escalate at one of them or at "breach"',
        },
      ]);
    });
  });

  it('refuses an escalation of an internal goal (OLA) that notifies the reporter', () => {
    const draft = variant((c) => {
      const ola = c.goals.find((g) => g.id === 'second-line-pickup')!;
      ola.escalations = [
        { at: 'breach', actions: [{ type: 'notify', assignee: true, reporter: true }] },
      ];
    });
    const ola = (example as unknown as Contract).goals.findIndex(
      (g) => g.id === 'second-line-pickup',
    );
    expect(validateContract(draft)).toEqual([
      {
        path: `$.goals[${ola}].escalations[0].actions[0].reporter`,
        message:
          'an internal goal (OLA) is not promised to the customer, so its escalations cannot notify the reporter; notify users, groups or the assignee',
      },
    ]);
  });

  describe('agreements', () => {
    it('refuses the same goal twice for one issue type', () => {
      const gold = pathOf('agreements', 'schultz-prod-gold');
      const draft = variant((c) => {
        agreement(c, 'schultz-prod-gold').obligations[1]!.issueTypes = [
          'Service request',
          'Incident',
        ];
      });
      expect(validateContract(draft)).toEqual([
        {
          path: `${gold}.obligations[1].issueTypes[1]`,
          message: 'goal "reaction" already applies to "Incident" in obligation 0',
        },
      ]);
    });

    it('allows different goals for one issue type', () => {
      const types = agreement(
        variant(() => {}),
        'schultz-prod-gold',
      ).obligations.filter((o) => o.issueTypes.includes('Incident'));
      expect(types.map((o) => o.goal)).toEqual([
        'reaction',
        'critical-resolution',
        'resolution',
        'status-update',
        'second-line-pickup',
      ]);
    });

    it('refuses agreements for one environment whose validity overlaps', () => {
      const draft = variant((c) => {
        agreement(c, 'schultz-prod-silver-2024').validTo = '2025-07-02';
      });
      expect(validateContract(draft)).toEqual([
        {
          path: pathOf('agreements', 'schultz-prod-gold'),
          message:
            'overlaps agreement "schultz-prod-silver-2024" for environment "schultz-prod", issue type "Incident", from 2025-07-01: an issue there could match both',
        },
      ]);
    });

    it('allows back-to-back validity: validTo is exclusive', () => {
      const silver = contract.agreements.find((a) => a.id === 'schultz-prod-silver-2024')!;
      const gold = contract.agreements.find((a) => a.id === 'schultz-prod-gold')!;
      expect(silver.validTo).toBe(gold.validFrom);
      expect(validateContract(example)).toEqual([]);
    });

    it('refuses two all-environments agreements for one customer and product', () => {
      const draft = variant((c) => {
        Reflect.deleteProperty(agreement(c, 'fjellheim-prod'), 'environments');
      });
      expect(validateContract(draft)).toEqual([
        {
          path: pathOf('agreements', 'fjellheim-standard'),
          message:
            'overlaps agreement "fjellheim-prod" for every environment, issue type "Incident", from 2025-09-01: an issue there could match both',
        },
      ]);
    });

    it('allows an agreement listing an environment beside one covering them all', () => {
      const prod = contract.agreements.find((a) => a.id === 'fjellheim-prod')!;
      const standard = contract.agreements.find((a) => a.id === 'fjellheim-standard')!;
      expect(prod.environments).toEqual(['fjellheim-prod']);
      expect(standard.environments).toBeUndefined();
      expect(validateContract(example)).toEqual([]);
    });

    it('allows overlapping agreements that share no issue type', () => {
      const draft = variant((c) => {
        const silver = agreement(c, 'schultz-prod-silver-2024');
        silver.validTo = null;
        silver.obligations = [
          { goal: 'reaction', issueTypes: ['Change request'], targets: { '1': 'PT1H' } },
        ];
      });
      expect(validateContract(draft)).toEqual([]);
    });
  });

  it('reports every error at once', () => {
    const draft = variant((c) => {
      Reflect.deleteProperty(c.goals[0]!, 'name');
      c.calendars[1]!.timeZone = 'Europe/Bergen';
      agreement(c, 'gota-mobile').customer = 'goteborg';
      c.goals[2]!.warnAt = [0.5, 0.25];
      agreement(c, 'schultz-nonprod').obligations[0]!.targets['2'] = 'P1M';
    });
    expect(validateContract(draft)).toEqual([
      { path: '$.goals[0].name', message: 'is required' },
      {
        path: `${pathOf('agreements', 'schultz-nonprod')}.obligations[0].targets["2"]`,
        message: expect.stringMatching(/^"P1M" is not an ISO 8601 duration/),
      },
      { path: '$.calendars[1].timeZone', message: 'unknown time zone "Europe/Bergen"' },
      { path: '$.goals[2].warnAt[1]', message: 'warning thresholds must increase' },
      {
        path: `${pathOf('agreements', 'gota-mobile')}.customer`,
        message: 'unknown customer "goteborg"',
      },
    ]);
  });

  it('prefixes every path with root', () => {
    const draft = variant((c) => {
      Reflect.deleteProperty(c.goals[0]!, 'name');
      c.calendars[1]!.timeZone = 'Europe/Bergen';
    });
    expect(validateContract(draft, '$.contract')).toEqual([
      { path: '$.contract.goals[0].name', message: 'is required' },
      { path: '$.contract.calendars[1].timeZone', message: 'unknown time zone "Europe/Bergen"' },
    ]);
    expect(validateContract(null, '$.contract')).toEqual([
      { path: '$.contract', message: 'must be an object, got null' },
    ]);
  });
});

describe('unknown fields and sizes', () => {
  it.each<[string, (c: Draft) => void, string]>([
    ['the document', (c) => Object.assign(c, { notes: 'x' }), '$.notes'],
    [
      'a holiday rule',
      (c) => Object.assign(c.holidaySets[0]!.rules[0]!, { colour: 'red' }),
      '$.holidaySets[0].rules[0].colour',
    ],
    ['a calendar', (c) => Object.assign(c.calendars[0]!, { owner: 'x' }), '$.calendars[0].owner'],
    [
      'a priority',
      (c) => Object.assign(c.priorityModels[0]!.priorities[0]!, { colour: 'red' }),
      '$.priorityModels[0].priorities[0].colour',
    ],
    [
      'an action model',
      (c) => Object.assign(c.actionModels[0]!, { pauses: [] }),
      '$.actionModels[0].pauses',
    ],
    ['a goal', (c) => Object.assign(c.goals[0]!, { blob: 'x'.repeat(100_000) }), '$.goals[0].blob'],
    [
      'a contact',
      (c) => Object.assign(c.customers[0]!.contacts![0]!, { phone: '1' }),
      '$.customers[0].contacts[0].phone',
    ],
    [
      'an environment',
      (c) => Object.assign(c.customers[0]!.environments[0]!, { url: 'x' }),
      '$.customers[0].environments[0].url',
    ],
    [
      'an agreement',
      (c) => Object.assign(c.agreements[0]!, { comment: 'x' }),
      '$.agreements[0].comment',
    ],
    [
      'an obligation',
      (c) => Object.assign(c.agreements[0]!.obligations[0]!, { note: 'x' }),
      '$.agreements[0].obligations[0].note',
    ],
    [
      'an escalation action, by its type',
      (c) => Object.assign(c.goals[0]!.escalations![1]!.actions[1]!, { users: ['acc-1'] }),
      '$.goals[0].escalations[1].actions[1].users',
    ],
  ])('refuses an unknown field in %s, at the field', (_what, change, path) => {
    expect(validateContract(variant(change))).toEqual([
      { path, message: expect.stringMatching(/^is not a known field here \(known: /) },
    ]);
  });

  it.each<[string, (c: Draft) => void, { path: string; message: string }]>([
    [
      'a name',
      (c) => Object.assign(c.goals[0]!, { name: 'x'.repeat(256) }),
      { path: '$.goals[0].name', message: 'must be at most 255 characters long' },
    ],
    [
      'a comment template',
      (c) =>
        Object.assign(c.goals[0]!, {
          escalations: [{ at: 'breach', actions: [{ type: 'comment', text: 'x'.repeat(2001) }] }],
        }),
      {
        path: '$.goals[0].escalations[0].actions[0].text',
        message: 'must be at most 2000 characters long',
      },
    ],
    [
      'an issue type',
      (c) => Object.assign(c.agreements[0]!.obligations[0]!, { issueTypes: ['x'.repeat(256)] }),
      {
        path: '$.agreements[0].obligations[0].issueTypes[0]',
        message: 'must be at most 255 characters long',
      },
    ],
    [
      'a target keyed by a priority id longer than an id',
      (c) =>
        Object.assign(c.agreements[0]!.obligations[0]!, { targets: { ['1'.repeat(65)]: 'PT1H' } }),
      {
        path: `$.agreements[0].obligations[0].targets["${'1'.repeat(65)}"]`,
        message: 'must be at most 64 characters long',
      },
    ],
    [
      'too many warning thresholds',
      (c) =>
        Object.assign(c.goals[0]!, {
          warnAt: Array.from({ length: 11 }, (_, i) => (i + 1) / 12),
          escalations: [],
        }),
      { path: '$.goals[0].warnAt', message: 'must have at most 10 items' },
    ],
  ])('refuses %s over its size', (_what, change, error) => {
    expect(validateContract(variant(change))).toEqual([error]);
  });

  it('quotes a long refused value shortened', () => {
    const draft = variant((c) => {
      Object.assign(c.goals[0]!.escalations![1]!.actions[1]!, { label: 'a b'.repeat(50) });
    });
    expect(validateContract(draft)).toEqual([
      {
        path: '$.goals[0].escalations[1].actions[1].label',
        message: `"${'a b'.repeat(20)}…" (150 characters) is not a label without spaces`,
      },
    ]);
  });
});

describe('bounded work on big documents', () => {
  /** examples/contract.json with `n` copies of one agreement, so every copy overlaps the first. */
  function overlapping(n: number): Draft {
    return variant((c) => {
      const gold = agreement(c, 'schultz-prod-gold');
      c.agreements = Array.from({ length: n }, (_, i) => ({ ...gold, id: `gold-${i}` }));
    });
  }

  it.each([
    [1_000, 899],
    [10_000, 9_899],
  ])(
    'reports %i overlapping agreements once each, the first 100 and a count of the rest',
    (n, more) => {
      const errors = validateContract(overlapping(n));
      expect(errors).toHaveLength(101);
      expect(errors[0]).toEqual({
        path: '$.agreements[1]',
        message:
          'overlaps agreement "gold-0" for environment "schultz-prod", issue type "Incident", from 2025-07-01: an issue there could match both',
      });
      expect(errors[100]).toEqual({ path: '$', message: `and ${more} more problems`, more });
    },
  );

  it('caps the schema errors of a big document the same way, with the root of the paths', () => {
    const draft = variant((c) => {
      for (let i = 0; i < 4_000; i++) {
        c.holidaySets.push({ id: `set-${i}`, rules: [{ type: 'fixed', month: 13, day: 1 }] });
      }
    });
    const errors = validateContract(draft, '$.contract');
    expect(errors).toHaveLength(101);
    expect(errors[0]).toEqual({
      path: '$.contract.holidaySets[3].rules[0].month',
      message: 'must be at most 12',
    });
    expect(errors[100]).toEqual({
      path: '$.contract',
      message: 'and 3900 more problems',
      more: 3900,
    });
  });
});
