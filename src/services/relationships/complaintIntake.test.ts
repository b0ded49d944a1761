import { complaintOnEvent, mayBecomeComplaint } from './complaintIntake';
import type { AppContext } from '../appContext';

describe('the events after which an issue may be a new complaint', () => {
  it('are its creation and a change of its issue type, nothing else', () => {
    const issue = { id: '10001', key: 'SUP-1' };
    expect(mayBecomeComplaint({ eventType: 'avi:jira:created:issue', issue })).toBe(true);
    expect(
      mayBecomeComplaint({
        eventType: 'avi:jira:updated:issue',
        issue,
        changelog: { items: [{ field: 'issuetype', fieldId: 'issuetype' }] },
      }),
    ).toBe(true);
    expect(
      mayBecomeComplaint({
        eventType: 'avi:jira:updated:issue',
        issue,
        changelog: { items: [{ field: 'status', fieldId: 'status' }] },
      }),
    ).toBe(false);
    expect(mayBecomeComplaint({ eventType: 'avi:jira:updated:issue', issue })).toBe(false);
    expect(mayBecomeComplaint({ eventType: 'avi:jira:commented:issue', issue })).toBe(false);
  });

  it('cost no Jira read for an issue whose type the event shows is no complaint', async () => {
    const reads: string[] = [];
    const ctx = {
      store: { get: async () => undefined },
      jira: { getIssue: async (key: string) => (reads.push(key), null) },
      log: () => undefined,
    } as unknown as AppContext;
    await complaintOnEvent(ctx, {
      eventType: 'avi:jira:created:issue',
      issue: { id: '1', key: 'SUP-1', fields: { issuetype: { name: 'Incident' } } },
    });
    expect(reads).toEqual([]);
    await complaintOnEvent(ctx, {
      eventType: 'avi:jira:created:issue',
      issue: { id: '2', key: 'SUP-2', fields: { issuetype: { name: 'Complaint' } } },
    });
    expect(reads).toEqual(['SUP-2']);
  });

  it('never throw from the product event: a failure is logged, the event goes on', async () => {
    const logged: string[] = [];
    const ctx = {
      jira: {
        getIssue: () => Promise.reject(new Error('Jira is down')),
      },
      log: (message: string) => logged.push(message),
    } as unknown as AppContext;
    await expect(
      complaintOnEvent(ctx, {
        eventType: 'avi:jira:created:issue',
        issue: { id: '1', key: 'SUP-1' },
      }),
    ).resolves.toBeUndefined();
    expect(logged).toEqual(['could not record the complaint']);
  });
});
