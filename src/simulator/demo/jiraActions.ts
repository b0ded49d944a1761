import { adfText } from '../../jira/adf';
import type { Simulator } from '../simulator';

/**
 * What people do in Jira, as the REST calls Jira's own UI would make, so the simulated Jira
 * raises the same events and the app sees the same history as on a real site.
 */
export class JiraActions {
  constructor(private readonly sim: Simulator) {}

  async createIssue(as: string, fields: Record<string, unknown>): Promise<string> {
    const created = await this.sim.call<{ key: string }>({
      method: 'POST',
      path: '/rest/api/3/issue',
      accountId: as,
      body: { fields: { project: { key: 'SUP' }, ...fields } },
    });
    return created.key;
  }

  async comment(as: string, key: string, text: string, internal = false): Promise<void> {
    await this.sim.call({
      method: 'POST',
      path: `/rest/api/3/issue/${key}/comment`,
      accountId: as,
      body: {
        body: adfText(text),
        ...(internal && { visibility: { type: 'role', value: 'Service Desk Team' } }),
      },
    });
  }

  /** Moves the issue to `status` through the workflow transition that leads there. */
  async transition(as: string, key: string, status: string): Promise<void> {
    const { transitions } = await this.sim.call<{
      transitions: { id: string; to: { name: string } }[];
    }>({
      method: 'GET',
      path: `/rest/api/3/issue/${key}/transitions`,
      accountId: as,
    });
    const transition = transitions.find((t) => t.to.name === status);
    if (!transition) throw new Error(`${key}: no transition to ${status}`);
    await this.sim.call({
      method: 'POST',
      path: `/rest/api/3/issue/${key}/transitions`,
      accountId: as,
      body: { transition: { id: transition.id } },
    });
  }

  async assign(as: string, key: string, accountId: string | null): Promise<void> {
    await this.sim.call({
      method: 'PUT',
      path: `/rest/api/3/issue/${key}/assignee`,
      accountId: as,
      body: { accountId },
    });
  }

  /** Sets the Team field, which Jira takes as the team's id. */
  async setTeam(as: string, key: string, teamField: string, teamId: string): Promise<void> {
    await this.sim.call({
      method: 'PUT',
      path: `/rest/api/3/issue/${key}`,
      accountId: as,
      body: { fields: { [teamField]: teamId } },
    });
  }

  async setPriority(as: string, key: string, priority: string): Promise<void> {
    await this.sim.call({
      method: 'PUT',
      path: `/rest/api/3/issue/${key}`,
      accountId: as,
      body: { fields: { priority: { name: priority } } },
    });
  }
}
