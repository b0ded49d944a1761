import { readRiskFields } from './riskRecord';
import { readRiskScoreEntry } from './riskScoreEntry';
import { DEFAULT_RISK_SETTINGS } from './riskSettings';

const AREAS = DEFAULT_RISK_SETTINGS.areas.map((a) => a.id);

describe('a risk as entered', () => {
  const risk = {
    title: 'Key supplier fails',
    area: 'vendors',
    level: 'high',
    mitigation: 'Second supplier',
  };

  it('is read with defaults: open, no owner, no description', () => {
    expect(readRiskFields(risk, AREAS)).toEqual({
      risk: { ...risk, description: '', owner: null, status: 'open' },
    });
  });

  it('is refused without a mitigation plan', () => {
    expect(readRiskFields({ ...risk, mitigation: '  ' }, AREAS)).toEqual({
      errors: [
        {
          path: '$.risk.mitigation',
          message: 'a mitigation plan is required (1–10000 characters)',
        },
      ],
    });
  });

  it('is refused with an unknown area or level, each with its path', () => {
    const read = readRiskFields({ ...risk, area: 'weather', level: 'huge', extra: 1 }, AREAS);
    expect('errors' in read && read.errors.map((e) => e.path)).toEqual([
      '$.risk.extra',
      '$.risk.area',
      '$.risk.level',
    ]);
  });
});

describe('a score as entered', () => {
  const areas = DEFAULT_RISK_SETTINGS.areas.map((a) =>
    a.id === 'security' ? { ...a, source: 'register' as const } : a,
  );

  it('is a whole 0–100 for an entered area, in a month that has begun', () => {
    expect(
      readRiskScoreEntry({ areaId: 'legal', month: '2026-11', score: 70 }, areas, '2026-12'),
    ).toEqual({
      entry: { areaId: 'legal', month: '2026-11', score: 70, note: '' },
    });
    const read = readRiskScoreEntry(
      { areaId: 'security', month: '2027-01', score: 100.5 },
      areas,
      '2026-12',
    );
    expect('errors' in read && read.errors).toEqual([
      {
        path: '$.areaId',
        message: "Security's score is computed from the risk register, not entered",
      },
      { path: '$.month', message: 'must not be after the current month (2026-12)' },
      { path: '$.score', message: 'must be a whole number from 0 to 100' },
    ]);
  });
});
