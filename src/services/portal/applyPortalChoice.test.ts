import { exampleContract } from '../../../test/support/contractVariants';
import { SCHULTZ_UAT_CHOICE } from '../../../test/support/portalChoice';
import { compileContract } from '../../domain/contract/compileContract';
import type { JiraIssue } from '../../jira/types';
import { PORTAL_CHOICE_PROPERTY, type PortalChoice } from '../../resolvers/portalViews';
import { DEFAULT_SETTINGS } from '../../storage/appSettings';
import { portalChoiceEdit } from './applyPortalChoice';
import { portalChoiceProof } from './portalChoiceProof';

const KEY = 'k'.repeat(64);
const base = exampleContract;
/** Schultz names Anna by account id, Gota names Karl by account id too. */
const model = compileContract({
  ...base,
  customers: base.customers.map((c) =>
    c.id === 'schultz'
      ? {
          ...c,
          contacts: [...(c.contacts ?? []), { name: 'Anna', accountId: 'anna', role: 'orderer' }],
        }
      : c.id === 'gota'
        ? {
            ...c,
            contacts: [...(c.contacts ?? []), { name: 'Karl', accountId: 'karl', role: 'orderer' }],
          }
        : c,
  ),
});
const mapping = DEFAULT_SETTINGS.fields;

const issue = (
  property: unknown,
  reporter: JiraIssue['fields']['reporter'] = { accountId: 'anna' },
  fields: Record<string, unknown> = {},
): JiraIssue => ({
  id: '10000',
  key: 'SUP-1',
  fields: {
    issuetype: { id: '1', name: 'Incident' },
    created: '2026-03-02T07:00:00.000+0000',
    reporter,
    ...fields,
  },
  ...(property !== undefined && { properties: { [PORTAL_CHOICE_PROPERTY]: property } }),
});

const choice = (over: Partial<PortalChoice> = {}): PortalChoice => ({
  ...SCHULTZ_UAT_CHOICE,
  ...over,
});

describe('portalChoiceEdit', () => {
  it('writes the customer, environment (option values by name) and the Jira priority', () => {
    expect(portalChoiceEdit(issue(choice()), mapping, model, KEY)).toEqual({
      kind: 'apply',
      choice: choice(),
      fields: {
        customfield_10050: { value: 'Schultz A/S' },
        customfield_10051: { value: 'UAT' },
        priority: { name: 'High' },
      },
    });
  });

  it('uses the priority’s own name where the model maps no Jira priority', () => {
    const gota = choice({
      customer: 'gota',
      agreement: 'gota-prod',
      environment: 'gota-prod',
      priority: 'red',
    });
    const edit = portalChoiceEdit(issue(gota, { accountId: 'karl' }), mapping, model, KEY);
    expect(edit).toMatchObject({ kind: 'apply', fields: { priority: { name: 'Red' } } });
  });

  it('takes a contact by visible e-mail address, or by the panel’s proof', () => {
    const byEmail = { accountId: 'x', emailAddress: 'Jonas.Holm@schultz.example' };
    expect(portalChoiceEdit(issue(choice(), byEmail), mapping, model, KEY).kind).toBe('apply');
    const proven = choice({ proof: portalChoiceProof(KEY, 'cust-jonas', 'schultz') });
    expect(
      portalChoiceEdit(issue(proven, { accountId: 'cust-jonas' }), mapping, model, KEY).kind,
    ).toBe('apply');
  });

  it('ignores a choice the reporter may not make', () => {
    const forged = choice({
      customer: 'gota',
      agreement: 'gota-prod',
      environment: 'gota-prod',
      priority: 'red',
    });
    expect(portalChoiceEdit(issue(forged), mapping, model, KEY)).toMatchObject({
      kind: 'ignored',
      errors: [{ path: '$.customer' }],
    });
    // A proof for someone else, or for another customer, proves nothing.
    const borrowed = choice({ proof: portalChoiceProof(KEY, 'cust-jonas', 'schultz') });
    expect(
      portalChoiceEdit(issue(borrowed, { accountId: 'cust-eve' }), mapping, model, KEY).kind,
    ).toBe('ignored');
    const turned = { ...forged, proof: portalChoiceProof(KEY, 'anna', 'schultz') };
    expect(portalChoiceEdit(issue(turned), mapping, model, KEY).kind).toBe('ignored');
    // No reporter: nobody to check the choice against.
    expect(portalChoiceEdit(issue(choice(), null), mapping, model, KEY).kind).toBe('ignored');
    // Not in force when the request was created.
    const before = issue(choice(), undefined, { created: '2025-03-01T00:00:00.000+0000' });
    expect(portalChoiceEdit(before, mapping, model, KEY)).toMatchObject({
      kind: 'ignored',
      errors: [{ path: '$.agreement' }],
    });
  });

  it('does nothing without a choice, a contract, or once the customer is set', () => {
    expect(portalChoiceEdit(issue(undefined), mapping, model, KEY)).toEqual({ kind: 'none' });
    expect(portalChoiceEdit(issue(choice()), mapping, null, KEY)).toEqual({ kind: 'none' });
    const set = issue(choice(), undefined, { customfield_10050: { value: 'Schultz A/S' } });
    expect(portalChoiceEdit(set, mapping, model, KEY)).toEqual({ kind: 'none' });
  });
});
