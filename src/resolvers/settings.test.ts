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
});
