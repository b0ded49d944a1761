import { DEFAULT_DEV_LOOP_SETTINGS } from './devLoopSettings';
import { validateDevLoopSettings } from './devLoopSettingsValidation';
import { renderTemplate, unknownPlaceholders } from './devLoopTemplate';

const valid = { ...DEFAULT_DEV_LOOP_SETTINGS, devProjectKey: 'DEV' };

describe('validateDevLoopSettings', () => {
  it('accepts the defaults and a development project, trimmed', () => {
    expect(validateDevLoopSettings(DEFAULT_DEV_LOOP_SETTINGS)).toEqual({
      ok: true,
      settings: DEFAULT_DEV_LOOP_SETTINGS,
    });
    const check = validateDevLoopSettings({ ...valid, linkType: '  Blocks ' });
    expect(check).toEqual({ ok: true, settings: { ...valid, linkType: 'Blocks' } });
  });

  it('names every wrong field', () => {
    const check = validateDevLoopSettings({
      devProjectKey: 'dev',
      devIssueType: '',
      linkType: 3,
      wordings: { ...valid.wordings, fixedIn: 'in {verison}', readyToTest: '', extra: 'x' },
      resolvedStatus: 'x'.repeat(256),
      resolution: null,
      colour: 'red',
    });
    expect(check.ok).toBe(false);
    const paths = check.ok ? [] : check.errors.map((e) => e.path).sort();
    expect(paths).toEqual(
      [
        '$.colour',
        '$.devIssueType',
        '$.devProjectKey',
        '$.linkType',
        '$.resolvedStatus',
        '$.wordings.extra',
        '$.wordings.fixedIn',
        '$.wordings.readyToTest',
      ].sort(),
    );
    const fixedIn = check.ok
      ? undefined
      : check.errors.find((e) => e.path === '$.wordings.fixedIn');
    expect(fixedIn?.message).toContain('{verison}');
  });

  it('refuses what is not an object', () => {
    expect(validateDevLoopSettings([])).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'must be an object, not an array' }],
    });
    expect(validateDevLoopSettings({ ...valid, wordings: null }).ok).toBe(false);
  });
});

describe('renderTemplate', () => {
  it('fills known placeholders, leaves unknown braces, empties missing values', () => {
    expect(
      renderTemplate('{devKey} is "{status}" {x} {version}', {
        devKey: 'DEV-1',
        status: 'In Progress',
      }),
    ).toBe('DEV-1 is "In Progress" {x} ');
    expect(unknownPlaceholders('{devKey} {verison} {x}')).toEqual(['verison', 'x']);
  });
});
