import { atRiskRow, breachedRow, onTrackRow } from './fixtures';
import { instantText, timeLeftText, TIERS } from './rowText';

describe('timeLeftText', () => {
  it('says how far a breached goal is over its target, in business time', () => {
    expect(timeLeftText(breachedRow.urgent)).toBe('1h 20m over target');
  });

  it('says what is left of a running or paused goal', () => {
    expect(timeLeftText(atRiskRow.urgent)).toBe('2h 15m left');
    expect(timeLeftText(onTrackRow.urgent)).toBe('Paused, 4h left');
  });

  it('says business time in hours, not days a reader would take for working days', () => {
    const urgent = { ...atRiskRow.urgent!, remainingMs: 240 * 3_600_000 };
    expect(timeLeftText(urgent)).toBe('240h left');
  });

  it('says when no goal is open', () => {
    expect(timeLeftText(null)).toBe('No open goal');
  });
});

describe('TIERS', () => {
  it('names every tier', () => {
    expect(Object.values(TIERS).map((t) => t.text)).toEqual(['Breached', 'At risk', 'On track']);
  });
});

describe('instantText', () => {
  it('shows the instant in the viewer time zone, falling back to UTC', () => {
    expect(instantText('2026-03-03T12:15:00Z', 'America/New_York')).toMatch(/Tue 3 Mar,? 07:15/);
    expect(instantText('2026-03-03T12:15:00Z', 'Not/AZone')).toMatch(/Tue 3 Mar,? 12:15 UTC/);
  });
});
