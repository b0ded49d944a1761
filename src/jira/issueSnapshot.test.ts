import contract from '../../examples/contract.json';
import { compileContract } from '../domain/contract';
import { DEFAULT_SETTINGS } from '../storage/appSettings';
import { isoFromJira, issueSnapshot } from './issueSnapshot';
import type { Changelog, JiraComment, JiraIssue } from './types';

const model = compileContract(contract);
const { fields: mapping } = DEFAULT_SETTINGS;

const issue = (fields: Record<string, unknown>): JiraIssue => ({
  id: '10001',
  key: 'SUP-1',
  fields: {
    issuetype: { id: '1', name: 'Incident' },
    status: { id: '3', name: 'In Progress' },
    priority: { id: '2', name: 'High' },
    created: '2026-03-02T08:30:00.000+0100',
    [mapping.customer]: { value: 'Schultz A/S' },
    [mapping.environment]: { value: 'Production' },
    ...fields,
  },
});

const change = (created: string, ...items: Changelog['items']): Changelog => ({
  id: created,
  created,
  items,
});

describe('issueSnapshot', () => {
  it('reads customer and environment by name, the product from the environment', () => {
    const snapshot = issueSnapshot(issue({}), [], [], mapping, model);
    expect(snapshot).toMatchObject({
      key: 'SUP-1',
      issueType: 'Incident',
      customer: 'schultz',
      environment: 'schultz-prod',
      product: 'ihlp',
      status: 'In Progress',
      created: '2026-03-02T07:30:00.000Z',
    });
  });

  it("maps Jira priorities to the agreement's model through jiraPriority, in the history too", () => {
    const changelog = [
      change('2026-03-02T09:00:00.000+0100', {
        field: 'priority',
        fieldId: 'priority',
        from: '3',
        fromString: 'Medium',
        to: '2',
        toString: 'High',
      }),
    ];
    const snapshot = issueSnapshot(issue({}), changelog, [], mapping, model);
    expect(snapshot.priority).toBe('2');
    expect(snapshot.history).toEqual([
      { at: '2026-03-02T08:00:00.000Z', type: 'priority', from: '3', to: '2' },
    ]);
  });

  it('turns status, resolution, assignee and other changes into history entries', () => {
    const changelog = [
      change(
        '2026-03-02T10:00:00.000+0000',
        { field: 'status', fieldId: 'status', fromString: 'Open', toString: 'Resolved' },
        { field: 'resolution', fieldId: 'resolution', fromString: null, toString: 'Done' },
        { field: 'assignee', fieldId: 'assignee', from: null, to: 'acc-1', toString: 'Ada' },
        { field: 'Component', fieldId: 'components', fromString: null, toString: 'Login' },
      ),
    ];
    expect(issueSnapshot(issue({}), changelog, [], mapping, model).history).toEqual([
      { at: '2026-03-02T10:00:00.000Z', type: 'status', from: 'Open', to: 'Resolved' },
      { at: '2026-03-02T10:00:00.000Z', type: 'resolution', to: 'Done' },
      { at: '2026-03-02T10:00:00.000Z', type: 'assignee', from: null, to: 'acc-1' },
      { at: '2026-03-02T10:00:00.000Z', type: 'field', field: 'Component', to: 'Login' },
    ]);
  });

  it("tells customers' comments from agents', and internal notes from public replies", () => {
    const comment = (
      created: string,
      author: JiraComment['author'],
      extra: Partial<JiraComment> = {},
    ) => ({ id: created, created, author, ...extra }) as JiraComment;
    const comments = [
      comment('2026-03-02T09:00:00.000+0000', { accountId: 'c1', accountType: 'customer' }),
      comment('2026-03-02T09:10:00.000+0000', {
        accountId: 'c2',
        emailAddress: 'Mette.Schultz@schultz.example',
      }),
      comment('2026-03-02T09:20:00.000+0000', { accountId: 'a1', accountType: 'atlassian' }),
      comment('2026-03-02T09:30:00.000+0000', { accountId: 'a1' }, { jsdPublic: false }),
      comment(
        '2026-03-02T09:40:00.000+0000',
        { accountId: 'a1' },
        { visibility: { type: 'role', value: 'Developers' } },
      ),
    ];
    const history = issueSnapshot(issue({}), [], comments, mapping, model).history;
    expect(history.map((h) => (h.type === 'comment' ? [h.author, h.public] : null))).toEqual([
      ['customer', true],
      ['customer', true],
      ['agent', true],
      ['agent', false],
      ['agent', false],
    ]);
  });

  it('knows a contact by account id, though their profile hides their e-mail address', () => {
    const jonas = { name: 'Jonas Schultz', accountId: '557058:jonas', role: 'customer' as const };
    const withJonas = compileContract({
      ...contract,
      customers: contract.customers.map((c) =>
        c.id === 'schultz' ? { ...c, contacts: [...c.contacts, jonas] } : c,
      ),
    });
    const comment = (created: string, author: JiraComment['author']) =>
      ({ id: created, created, author }) as JiraComment;
    const comments = [
      // Jira leaves the address out, or sends null, when the profile does not show it.
      comment('2026-03-02T09:00:00.000+0000', {
        accountId: jonas.accountId,
        accountType: 'atlassian',
      }),
      comment('2026-03-02T09:10:00.000+0000', {
        accountId: jonas.accountId,
        accountType: 'atlassian',
        emailAddress: null,
      }),
      comment('2026-03-02T09:20:00.000+0000', { accountId: 'a1', accountType: 'atlassian' }),
    ];
    const history = issueSnapshot(issue({}), [], comments, mapping, withJonas).history;
    expect(history.map((h) => h.type === 'comment' && h.author)).toEqual([
      'customer',
      'customer',
      'agent',
    ]);
  });

  it('passes unknown customers through, so the evaluation can say why no agreement applies', () => {
    const snapshot = issueSnapshot(
      issue({ [mapping.customer]: 'Nobody Ltd' }),
      [],
      [],
      mapping,
      model,
    );
    expect(snapshot.customer).toBe('Nobody Ltd');
    expect(snapshot.priority).toBe('High');
  });
});

describe('isoFromJira', () => {
  it.each([
    ['2026-03-02T08:30:00.000+0100', '2026-03-02T07:30:00.000Z'],
    ['2026-03-02T08:30:00.000-0530', '2026-03-02T14:00:00.000Z'],
    ['2026-03-02T08:30:00.000Z', '2026-03-02T08:30:00.000Z'],
  ])('reads %s', (jira, iso) => {
    expect(isoFromJira(jira)).toBe(iso);
  });
});
