import type { SlmProperty } from '../domain/state/slmProperty';
import { formatInstant } from '../domain/instant';
import type { Simulator } from './simulator';

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

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
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Service Level &amp; Quality — local Jira simulator</title>
<style>
body{font:14px/1.43 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif;color:#172B4D;margin:24px}
h1{font-size:24px;font-weight:500} a{color:#0C66E4} table{border-collapse:collapse} td,th{padding:4px 8px;border-bottom:1px solid #DCDFE4;text-align:left}
.breached{color:#AE2E24;font-weight:600}.at-risk{color:#A54800;font-weight:600}.on-track{color:#216E4E}
nav a{margin-right:16px}
</style></head><body>
<h1>Service Level &amp; Quality — local Jira simulator</h1>
<nav><a href="/jira/apps/work-list">Work list</a><a href="/jira/settings/apps/admin">Admin: contracts</a><a href="/_sim/clock">Clock (JSON)</a></nav>
<p>Simulated time: <strong>${formatInstant(sim.now())}</strong>. Move it with <code>curl -X POST localhost:3000/_sim/clock -d '{"advanceMs":3600000}'</code>.</p>
<table><thead><tr><th>Key</th><th>Summary</th><th>Status</th><th>Priority</th><th>SLA</th><th>Next action</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>`;
}
