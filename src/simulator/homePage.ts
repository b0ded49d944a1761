import type { SlmProperty } from '../domain/state/slmProperty';
import { escapeHtml as escape, jiraPage } from './jiraChrome';
import type { Simulator } from './simulator';

/**
 * The simulator's home page: links to the app's screens, the clock, and every issue with the
 * SLA state the app wrote to its `slm` property, read back through Jira's own search.
 */
export async function homePage(sim: Simulator, user: string): Promise<string> {
  const result = (await sim.call({
    method: 'POST',
    path: '/rest/api/3/search/jql',
    accountId: user,
    body: {
      jql: 'project = SUP ORDER BY key DESC',
      fields: ['summary', 'status', 'priority'],
      properties: ['slm'],
      maxResults: 100,
    },
  })) as {
    issues: {
      key: string;
      fields: { summary: string; status: { name: string }; priority: { name: string } };
      properties?: { slm?: SlmProperty };
    }[];
  };
  const rows = result.issues
    .map(({ key, fields, properties }) => {
      const slm = properties?.slm;
      const state = !slm
        ? 'not evaluated'
        : slm.breached === 'true'
          ? 'breached'
          : slm.atRisk === 'true'
            ? 'at risk'
            : slm.agreement
              ? 'on track'
              : 'no SLA';
      return `<tr><td><a href="/browse/${key}">${key}</a></td><td>${escape(fields.summary)}</td><td>${escape(fields.status.name)}</td><td>${escape(fields.priority.name)}</td><td class="${state.replace(' ', '-')}">${state}</td><td>${escape(slm?.nextAction ? `${slm.nextAction.action} by ${slm.nextAction.due.slice(0, 16).replace('T', ' ')} UTC` : '')}</td></tr>`;
    })
    .join('\n');
  const content = `<h1>Nordic Support: issues</h1>
<p>A simulated Jira site running the app: the SLA state below is what the app wrote to each issue's <code>slm</code> property. Open an issue for its SLA panel, or the <a href="/jira/apps/work-list">work list</a> and the <a href="/jira/settings/apps/admin">contract admin page</a>. Customers raise and follow their requests on the <a href="/servicedesk/customer/portal/1">customer portal</a> (log in there as a customer's contact, e.g. Mette Schultz of Schultz A/S or Ingrid Bakke of Fjellheim). Move the clock with the buttons above or <code>curl -X POST localhost:3000/_sim/clock -H 'content-type: application/json' -d '{"advanceMs":3600000}'</code>.</p>
<table class="issues"><thead><tr><th>Key</th><th>Summary</th><th>Status</th><th>Priority</th><th>SLA</th><th>Next action</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<style>.issues{border-collapse:collapse}.issues td,.issues th{padding:4px 8px;border-bottom:1px solid #DCDFE4;text-align:left}
.breached{color:#AE2E24;font-weight:600}.at-risk{color:#A54800;font-weight:600}.on-track{color:#216E4E}</style>`;
  return jiraPage(sim, user, 'Issues', content);
}
