import { DEFAULT_QUALITY_SETTINGS, teamLeadOf, type QualitySettings } from './qualitySettings';
import { validateQualitySettings } from './qualitySettingsValidation';

const CALENDARS = ['dk-office', '24x7'];

const valid: QualitySettings = {
  ...DEFAULT_QUALITY_SETTINGS,
  followUp: { projectKey: 'QM', issueType: 'Task', dueIn: 'PT8H', calendar: 'dk-office' },
  leads: {
    byTeam: [{ match: 'Support DK', accountId: 'lead-team' }],
    byComponent: [{ match: 'Billing', accountId: 'lead-component' }],
    byProject: [{ match: 'SUP', accountId: 'lead-project' }],
    fallback: 'quality-owner',
  },
  nonConformity: { projectKey: 'QM', issueType: 'Bug' },
};

/** Settings as JSON from a screen, where any field may hold anything. */
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The settings with `edit` applied to a deep copy. */
function edited(edit: (s: Loose) => void): unknown {
  const copy = JSON.parse(JSON.stringify(valid)) as Loose;
  edit(copy);
  return copy;
}

const pathsOf = (input: unknown) => {
  const result = validateQualitySettings(input, CALENDARS);
  return result.ok ? [] : result.errors.map((e) => e.path);
};

describe('quality settings validation', () => {
  it('accepts the defaults and a full configuration, as given', () => {
    expect(validateQualitySettings(DEFAULT_QUALITY_SETTINGS, [])).toEqual({
      ok: true,
      settings: DEFAULT_QUALITY_SETTINGS,
    });
    expect(validateQualitySettings(valid, CALENDARS)).toEqual({ ok: true, settings: valid });
  });

  it('holds thresholds within each scale, below its top', () => {
    const result = validateQualitySettings(
      edited((s) => {
        s.rules.flagAtOrBelow.csat = 5;
        s.rules.flagAtOrBelow.nps = -1;
      }),
      CALENDARS,
    );
    expect(!result.ok && result.errors).toEqual([
      { path: '$.rules.flagAtOrBelow.csat', message: 'must be a whole number from 1 to 4' },
      { path: '$.rules.flagAtOrBelow.nps', message: 'must be a whole number from 0 to 9' },
    ]);
  });

  it('names each bad reason: id, duplicate, label, negative flag', () => {
    expect(
      pathsOf(
        edited((s) => {
          s.rules.reasons = [
            { id: 'slow', label: 'Slow', negative: true },
            { id: 'slow', label: 'Again', negative: true },
            { id: 'has space', label: '', negative: 'yes' },
          ];
        }),
      ),
    ).toEqual([
      '$.rules.reasons[1].id',
      '$.rules.reasons[2].id',
      '$.rules.reasons[2].label',
      '$.rules.reasons[2].negative',
    ]);
  });

  it('checks the recurrence rule and its optional rate', () => {
    expect(
      pathsOf(
        edited((s) => {
          s.rules.recurrence = { count: 0, windowDays: 400, rate: { baselineDays: 0, factor: 0 } };
        }),
      ),
    ).toEqual([
      '$.rules.recurrence.rate.factor',
      '$.rules.recurrence.rate.baselineDays',
      '$.rules.recurrence.count',
      '$.rules.recurrence.windowDays',
    ]);
    const withRate = edited((s) => {
      s.rules.recurrence.rate = { baselineDays: 90, factor: 2 };
    });
    expect(validateQualitySettings(withRate, CALENDARS).ok).toBe(true);
  });

  it('wants a business-time duration and a calendar of the contract for the follow-up', () => {
    const result = validateQualitySettings(
      edited((s) => {
        s.followUp = { projectKey: 'qm', issueType: ' ', dueIn: 'P1M', calendar: 'mars-office' };
      }),
      CALENDARS,
    );
    expect(!result.ok && result.errors).toEqual([
      {
        path: '$.followUp.dueIn',
        message:
          'must be an ISO 8601 duration of business time above zero and at most P30D, such as PT8H',
      },
      {
        path: '$.followUp.calendar',
        message: '"mars-office" is not a calendar of the contract in force',
      },
      { path: '$.followUp.projectKey', message: 'must be a Jira project key such as QM' },
      { path: '$.followUp.issueType', message: 'is required' },
    ]);
    expect(pathsOf(edited((s) => (s.followUp.dueIn = 'P31D')))).toEqual(['$.followUp.dueIn']);
  });

  it('refuses a lead row without an account id, a repeated match, and unknown settings', () => {
    expect(
      pathsOf(
        edited((s) => {
          s.leads.byTeam.push({ match: 'Support DK', accountId: 'x y' });
          s.leads.byProject = [{ match: '', accountId: 'a' }];
          s.leads.fallback = 42;
          s.extra = true;
        }),
      ),
    ).toEqual([
      '$.extra',
      '$.leads.fallback',
      '$.leads.byTeam[1].match',
      '$.leads.byTeam[1].accountId',
      '$.leads.byProject[0].match',
    ]);
  });

  it('checks the Survicate attribute names and the JSM switch', () => {
    expect(
      pathsOf(
        edited((s) => {
          s.survicate = { issueKeyAttribute: 'issue key', customerAttribute: '' };
          s.readJsmCsat = 'yes';
        }),
      ),
    ).toEqual(['$.survicate.issueKeyAttribute', '$.survicate.customerAttribute', '$.readJsmCsat']);
  });

  it('refuses what is not an object', () => {
    expect(validateQualitySettings([], CALENDARS)).toEqual({
      ok: false,
      errors: [{ path: '$', message: 'must be an object, not an array' }],
    });
  });
});

describe('team lead of a case', () => {
  const owner = { team: 'Support DK', component: 'Billing', projectKey: 'SUP' };
  it('takes the team first, then component, project and the fallback', () => {
    expect(teamLeadOf(valid.leads, owner)).toBe('lead-team');
    expect(teamLeadOf(valid.leads, { ...owner, team: 'Other' })).toBe('lead-component');
    expect(teamLeadOf(valid.leads, { ...owner, team: null, component: null })).toBe('lead-project');
    expect(teamLeadOf(valid.leads, { team: null, component: null, projectKey: 'OPS' })).toBe(
      'quality-owner',
    );
    expect(
      teamLeadOf(DEFAULT_QUALITY_SETTINGS.leads, { team: 'x', component: null, projectKey: null }),
    ).toBeNull();
  });
});
