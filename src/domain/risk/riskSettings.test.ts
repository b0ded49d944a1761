import fc from 'fast-check';
import { DEFAULT_RISK_SETTINGS, validateRiskSettings, weightSumError } from './riskSettings';

const withWeights = (weights: number[]) => ({
  ...DEFAULT_RISK_SETTINGS,
  areas: weights.map((weight, i) => ({
    id: `area-${i}`,
    name: `Area ${i}`,
    weight,
    owner: null,
    source: 'entered',
  })),
});

describe('risk settings', () => {
  it('default to the six areas of the issue, weighing 100 % together', () => {
    expect(DEFAULT_RISK_SETTINGS.areas.map((a) => [a.name, a.weight])).toEqual([
      ['Legal', 25],
      ['Security', 25],
      ['Sustainability', 15],
      ['Training & awareness', 5],
      ['Vendor management', 5],
      ['Financial reporting', 25],
    ]);
    expect(validateRiskSettings(DEFAULT_RISK_SETTINGS)).toEqual({
      ok: true,
      settings: DEFAULT_RISK_SETTINGS,
    });
  });

  it('refuse weights that do not sum to 100, naming the weights and their sum', () => {
    expect(validateRiskSettings(withWeights([25, 25, 15, 5, 5, 20]))).toEqual({
      ok: false,
      errors: [{ path: '$.areas', message: 'the weights sum to 95 %; they must sum to 100 %' }],
    });
    expect(weightSumError([60, 50])).toBe('the weights sum to 110 %; they must sum to 100 %');
    expect(weightSumError([33.33, 33.33, 33.34])).toBeNull();
  });

  it('take any whole weights that sum to 100, and refuse any that do not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 10 }),
        (weights) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(validateRiskSettings(withWeights(weights)).ok).toBe(sum === 100);
        },
      ),
    );
  });

  it('refuse duplicate ids, weights outside 0–100, no areas, and bad fields, each with its path', () => {
    const settings = withWeights([50, 50]);
    const result = validateRiskSettings({
      ...settings,
      areas: [
        { ...settings.areas[0], weight: 120 },
        { ...settings.areas[0], id: 'area-0', source: 'guess' },
      ],
      actionPlan: { projectKey: 'q m', issueType: '', dueInDays: 0 },
      timeZone: 'Mars/Olympus',
      colour: 'red',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => e.path).sort()).toEqual([
      '$.actionPlan.dueInDays',
      '$.actionPlan.issueType',
      '$.actionPlan.projectKey',
      '$.areas[0].weight',
      '$.areas[1].id',
      '$.areas[1].source',
      '$.colour',
      '$.timeZone',
    ]);
    expect(validateRiskSettings({ ...settings, areas: [] })).toEqual({
      ok: false,
      errors: [{ path: '$.areas', message: 'must have at least one area' }],
    });
  });
});
