import type { JiraField } from '../jira/types';
import { settingsErrors } from './settings';

const custom = (id: string, name: string, key = id): JiraField => ({ id, key, name, custom: true });
const SLA_KEY = 'ari-demo-app__development__sla-time-left';
const FIELDS: JiraField[] = [
  { id: 'summary', key: 'summary', name: 'Summary', custom: false },
  custom('customfield_10050', 'Customer'),
  custom('customfield_10051', 'Environment'),
  custom('customfield_10052', 'Product'),
  custom('customfield_10060', 'SLA', SLA_KEY),
  {
    ...custom('customfield_10001', 'Team'),
    schema: {
      type: 'team',
      custom: 'com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team',
    },
  },
];
const settings = (customer: string, environment: string, product: string) => ({
  fields: { customer, environment, product },
  timeLeftField: SLA_KEY,
});

describe('settingsErrors', () => {
  it('accepts three different custom fields and the app’s SLA field', () => {
    expect(
      settingsErrors(
        settings('customfield_10050', 'customfield_10051', 'customfield_10052'),
        FIELDS,
      ),
    ).toEqual([]);
  });

  it('refuses one field for two of customer, environment and product, at the later one', () => {
    expect(
      settingsErrors(
        settings('customfield_10050', 'customfield_10050', 'customfield_10050'),
        FIELDS,
      ),
    ).toEqual([
      {
        path: '$.settings.fields.environment',
        message: '"customfield_10050" is already the customer field: each needs its own field',
      },
      {
        path: '$.settings.fields.product',
        message: '"customfield_10050" is already the customer field: each needs its own field',
      },
    ]);
    expect(
      settingsErrors(
        settings('customfield_10050', 'customfield_10052', 'customfield_10052'),
        FIELDS,
      ),
    ).toEqual([
      {
        path: '$.settings.fields.product',
        message: '"customfield_10052" is already the environment field: each needs its own field',
      },
    ]);
  });

  it('refuses the app’s own SLA field as the customer, environment or product field', () => {
    expect(
      settingsErrors(
        settings('customfield_10060', 'customfield_10051', 'customfield_10052'),
        FIELDS,
      ),
    ).toEqual([
      {
        path: '$.settings.fields.customer',
        message:
          '"customfield_10060" is the app\'s own SLA field, which the app writes: choose the field that holds the issue\'s customer',
      },
    ]);
  });

  it('accepts the site’s Team field as the team field, or none', () => {
    const mapping = {
      customer: 'customfield_10050',
      environment: 'customfield_10051',
      product: 'customfield_10052',
    };
    expect(settingsErrors({ fields: { ...mapping, team: 'customfield_10001' } }, FIELDS)).toEqual(
      [],
    );
    expect(settingsErrors({ fields: { ...mapping, team: null } }, FIELDS)).toEqual([]);
    expect(settingsErrors({ fields: mapping }, FIELDS)).toEqual([]);
  });

  it('refuses a team field that is not a Team field of this site, with why', () => {
    const mapping = {
      customer: 'customfield_10050',
      environment: 'customfield_10051',
      product: 'customfield_10052',
    };
    expect(settingsErrors({ fields: { ...mapping, team: 'customfield_10099' } }, FIELDS)).toEqual([
      {
        path: '$.settings.fields.team',
        message: '"customfield_10099" is not a custom field of this site',
      },
    ]);
    expect(settingsErrors({ fields: { ...mapping, team: 'customfield_10052' } }, FIELDS)).toEqual([
      {
        path: '$.settings.fields.team',
        message:
          '"customfield_10052" (Product) is not a Team field: choose the field of the Team type (Atlassian Teams)',
      },
    ]);
    expect(settingsErrors({ fields: { ...mapping, team: 42 } }, FIELDS)).toEqual([
      {
        path: '$.settings.fields.team',
        message: "must be the id of the site's Team field, or left out",
      },
    ]);
  });

  it('refuses the Team field as the customer, environment or product field', () => {
    expect(
      settingsErrors(
        {
          fields: {
            customer: 'customfield_10001',
            environment: 'customfield_10051',
            product: 'customfield_10052',
            team: 'customfield_10001',
          },
        },
        FIELDS,
      ),
    ).toEqual([
      {
        path: '$.settings.fields.customer',
        message:
          '"customfield_10001" is the Team field, which holds a team: choose the field that holds the issue\'s customer',
      },
    ]);
  });
});
