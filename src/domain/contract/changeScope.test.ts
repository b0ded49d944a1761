import example from '../../../examples/contract.json';
import { changeScope } from './changeScope';
import type { Contract } from './types';

const contract = example as unknown as Contract;

/** The example contract with one list's item of that id replaced by `change(item)`. */
function edited<P extends 'calendars' | 'goals' | 'agreements' | 'customers' | 'holidaySets'>(
  part: P,
  id: string,
  change: (item: Contract[P][number]) => Contract[P][number],
): Contract {
  return {
    ...contract,
    [part]: (contract[part] as readonly { id: string }[]).map((item) =>
      item.id === id ? change(item as Contract[P][number]) : item,
    ),
  };
}

describe('changeScope', () => {
  it('takes in every issue when there was no contract before', () => {
    expect(changeScope(null, contract)).toEqual({ everyIssue: true, customers: [] });
  });

  it('finds nothing to re-evaluate when nothing an agreement uses changed', () => {
    expect(changeScope(contract, contract).customers).toEqual([]);
    const unused = {
      ...contract,
      calendars: [...contract.calendars, { ...contract.calendars[0]!, id: 'spare' }],
    };
    expect(changeScope(contract, unused).customers).toEqual([]);
  });

  it('takes in the customer of an agreement whose target changed, by id and name', () => {
    const after = edited('agreements', 'gota-mobile', (a) => ({
      ...a,
      obligations: [{ ...a.obligations[0]!, targets: { red: 'PT1H', yellow: 'PT8H' } }],
    }));
    expect(changeScope(contract, after)).toEqual({
      everyIssue: false,
      customers: ['Göta Kommun', 'gota'],
    });
  });

  it('follows goals to calendars and holiday sets', () => {
    // Danish holidays: dk-office and dk-extended measure every Schultz goal, and Fjellheim's
    // second-line pickup (a dk-office goal without a calendar override).
    const after = edited('holidaySets', 'dk', (h) => ({ ...h, name: 'Danish holidays 2027' }));
    expect(changeScope(contract, after).customers).toEqual([
      'Fjellheim Drift AS',
      'Göta Kommun',
      'Schultz A/S',
      'fjellheim',
      'gota',
      'schultz',
    ]);
    const noOffice = edited('calendars', 'no-office', (c) => ({ ...c, timeZone: 'Europe/Berlin' }));
    expect(changeScope(contract, noOffice).customers).toEqual(['Fjellheim Drift AS', 'fjellheim']);
  });

  it('looks for a renamed customer under both names', () => {
    const after = edited('customers', 'gota', (c) => ({ ...c, name: 'Göteborgs Kommun' }));
    expect(changeScope(contract, after).customers).toEqual([
      'Göta Kommun',
      'Göteborgs Kommun',
      'gota',
    ]);
  });

  it('takes in the customer of an agreement removed or added', () => {
    const removed = {
      ...contract,
      agreements: contract.agreements.filter((a) => a.id !== 'fjellheim-standard'),
    };
    expect(changeScope(contract, removed).customers).toEqual(['Fjellheim Drift AS', 'fjellheim']);
    expect(changeScope(removed, contract).customers).toEqual(['Fjellheim Drift AS', 'fjellheim']);
  });
});
