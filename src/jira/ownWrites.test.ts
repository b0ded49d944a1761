import { withoutOwnWrites } from './ownWrites';
import type { Changelog, JiraComment } from './types';

const APP = '557058:app';
const AGENT = '557058:agent';

describe('withoutOwnWrites', () => {
  it("leaves out the app's comments and bookkeeping fields, keeps its service changes", () => {
    const changelog: Changelog[] = [
      {
        id: '1',
        author: { accountId: APP },
        created: '2026-03-02T09:00:00.000+0000',
        items: [
          { field: 'labels', fieldId: 'labels', toString: 'sla-breached' },
          { field: 'SLA', fieldId: 'customfield_10060', toString: 'Reaction time breached' },
        ],
      },
      {
        id: '2',
        author: { accountId: APP },
        created: '2026-03-02T10:00:00.000+0000',
        items: [
          { field: 'priority', fieldId: 'priority', fromString: 'High', toString: 'Highest' },
          { field: 'labels', fieldId: 'labels', toString: 'sla-breached' },
        ],
      },
      {
        id: '3',
        author: { accountId: AGENT },
        created: '2026-03-02T11:00:00.000+0000',
        items: [{ field: 'labels', fieldId: 'labels', toString: 'vip' }],
      },
    ];
    const comments: JiraComment[] = [
      { id: '10', author: { accountId: APP }, created: '2026-03-02T09:00:00.000+0000' },
      { id: '11', author: { accountId: AGENT }, created: '2026-03-02T09:30:00.000+0000' },
    ];
    const own = withoutOwnWrites(changelog, comments, APP);
    expect(own.changelog.map((e) => [e.id, e.items.map((i) => i.field)])).toEqual([
      ['2', ['priority']],
      ['3', ['labels']],
    ]);
    expect(own.comments.map((c) => c.id)).toEqual(['11']);
  });
});
