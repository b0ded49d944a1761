import { isTeamField, teamOf } from './teamField';
import type { JiraField } from './types';

const field = (custom: string | undefined): JiraField => ({
  id: 'customfield_10001',
  key: 'customfield_10001',
  name: 'Team',
  custom: true,
  ...(custom !== undefined && { schema: { type: 'team', custom } }),
});

describe('the Team field', () => {
  it('is known by its type, on current sites and on sites with the older Teams field', () => {
    expect(
      isTeamField(field('com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team')),
    ).toBe(true);
    expect(isTeamField(field('com.atlassian.teams:rm-teams-custom-field-team'))).toBe(true);
    expect(isTeamField(field('com.atlassian.jira.plugin.system.customfieldtypes:select'))).toBe(
      false,
    );
    expect(isTeamField(field(undefined))).toBe(false);
  });

  it('names the team by its name, or its id when Jira gives only that', () => {
    const id = '36885b3c-1bf0-4f85-a357-c5b858c31de4';
    expect(teamOf({ id, name: 'Second line', title: 'Second line', isShared: true })).toBe(
      'Second line',
    );
    expect(teamOf({ id })).toBe(id);
    expect(teamOf(id)).toBe(id);
    expect(teamOf(null)).toBeNull();
    expect(teamOf(undefined)).toBeNull();
    expect(teamOf({ value: 'not a team' })).toBeNull();
  });
});
