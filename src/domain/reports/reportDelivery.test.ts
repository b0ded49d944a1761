import {
  DEFAULT_DELIVERY_SETTINGS,
  MAX_RECIPIENTS,
  readReportDeliverySettings,
  recipientCount,
} from './reportDelivery';

describe('readReportDeliverySettings', () => {
  it('reads full settings, and defaults an empty object to monthly with no delivery', () => {
    expect(
      readReportDeliverySettings({
        schedule: 'onDemand',
        deliveryIssue: 'SUP-12',
        recipients: { users: ['acc-1'], groups: ['schultz-it'], reporter: true },
      }),
    ).toEqual({
      settings: {
        schedule: 'onDemand',
        deliveryIssue: 'SUP-12',
        recipients: { users: ['acc-1'], groups: ['schultz-it'], reporter: true, watchers: false },
      },
    });
    expect(readReportDeliverySettings({})).toEqual({ settings: DEFAULT_DELIVERY_SETTINGS });
  });

  it('names every wrong field with its path and reason', () => {
    const result = readReportDeliverySettings(
      {
        schedule: 'weekly',
        deliveryIssue: 'sup 12',
        recipients: { users: ['acc-1', 'acc-1', ''], groups: [7], watchers: 'yes', cc: [] },
        extra: 1,
      },
      '$.settings',
    );
    expect(result).toEqual({
      errors: [
        { path: '$.settings.extra', message: 'is not a field' },
        { path: '$.settings.schedule', message: 'must be one of monthly, onDemand' },
        {
          path: '$.settings.deliveryIssue',
          message: 'must be an issue key such as SUP-12, or null, not "sup 12"',
        },
        { path: '$.settings.recipients.cc', message: 'is not a field' },
        { path: '$.settings.recipients.users[1]', message: 'is listed twice' },
        {
          path: '$.settings.recipients.users[2]',
          message: 'must be a name or id of 1 to 128 characters',
        },
        {
          path: '$.settings.recipients.groups[0]',
          message: 'must be a name or id of 1 to 255 characters',
        },
        { path: '$.settings.recipients.watchers', message: 'must be true or false' },
      ],
    });
  });

  it(`allows at most ${MAX_RECIPIENTS} users and groups`, () => {
    const users = Array.from({ length: 40 }, (_, i) => `acc-${i}`);
    const groups = Array.from({ length: 11 }, (_, i) => `group ${i}`);
    expect(
      readReportDeliverySettings({ deliveryIssue: 'SUP-1', recipients: { users, groups } }),
    ).toEqual({
      errors: [{ path: '$.recipients', message: 'may list at most 50 users and groups, not 51' }],
    });
  });

  it('needs a delivery issue for recipients, and a recipient for a delivery issue', () => {
    expect(readReportDeliverySettings({ recipients: { reporter: true } })).toEqual({
      errors: [
        {
          path: '$.deliveryIssue',
          message: 'is needed to notify recipients: Jira notifies about an issue',
        },
      ],
    });
    expect(readReportDeliverySettings({ deliveryIssue: 'SUP-1' })).toEqual({
      errors: [
        {
          path: '$.recipients',
          message: 'must name at least one user, group, the reporter or the watchers',
        },
      ],
    });
    expect(readReportDeliverySettings('monthly')).toEqual({
      errors: [{ path: '$', message: 'must be an object' }],
    });
  });

  it('counts the reporter and the watchers as one recipient each', () => {
    expect(
      recipientCount({ users: ['a', 'b'], groups: ['g'], reporter: true, watchers: true }),
    ).toBe(5);
  });
});
