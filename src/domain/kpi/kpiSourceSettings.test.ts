import { DEFAULT_KPI_SOURCE_SETTINGS, kpiSourceSettingsErrors } from './kpiSourceSettings';

const valid = () => JSON.parse(JSON.stringify(DEFAULT_KPI_SOURCE_SETTINGS));

describe('kpiSourceSettingsErrors', () => {
  it('accepts the defaults and release projects', () => {
    expect(kpiSourceSettingsErrors(DEFAULT_KPI_SOURCE_SETTINGS, '$.sources')).toEqual([]);
    const settings = valid();
    settings.defectDensity.releaseProjects = ['APP', 'WEB_2'];
    settings.defectDensity.releaseSize = 'release';
    expect(kpiSourceSettingsErrors(settings, '$')).toEqual([]);
  });

  it('names every wrong field by its path', () => {
    const settings = valid();
    settings.uptime.incidentIssueTypes = [];
    settings.uptime.businessImpactingPriorities = ['P1', ' P1 ', 3];
    settings.uptime.promisePercent = 100.5;
    settings.defectDensity.releaseProjects = ['app'];
    settings.defectDensity.releaseSize = 'lines';
    settings.defectDensity.defectIssueTypes = [''];
    settings.extra = true;
    expect(kpiSourceSettingsErrors(settings, '$.sources')).toEqual([
      { path: '$.sources.extra', message: 'is not a field' },
      { path: '$.sources.uptime.incidentIssueTypes', message: 'must name at least 1' },
      { path: '$.sources.uptime.businessImpactingPriorities[1]', message: '"P1" is listed twice' },
      {
        path: '$.sources.uptime.businessImpactingPriorities[2]',
        message: 'must be text, not a number',
      },
      {
        path: '$.sources.uptime.promisePercent',
        message: 'must be a number above 0 and at most 100',
      },
      { path: '$.sources.defectDensity.defectIssueTypes[0]', message: 'is required' },
      {
        path: '$.sources.defectDensity.releaseProjects[0]',
        message: 'must be a Jira project key such as APP',
      },
      {
        path: '$.sources.defectDensity.releaseSize',
        message: 'must be one of fixed-issues, release',
      },
    ]);
  });

  it('refuses what is not an object, and too many projects', () => {
    expect(kpiSourceSettingsErrors(null, '$.s')).toEqual([
      { path: '$.s', message: 'must be an object, not null' },
    ]);
    const settings = valid();
    settings.uptime = 'x';
    settings.defectDensity.releaseProjects = Array.from({ length: 21 }, (_, i) => `P${i}`);
    expect(kpiSourceSettingsErrors(settings, '$')).toEqual([
      { path: '$.uptime', message: 'must be an object, not a string' },
      { path: '$.defectDensity.releaseProjects', message: 'must hold at most 20 entries, not 21' },
    ]);
  });
});
