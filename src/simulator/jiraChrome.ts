import { formatInstant } from '../domain/instant';
import type { Simulator } from './simulator';

export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** The people one can act as in the simulator, for the user switcher. */
const PEOPLE = [
  ['acc-admin', 'Astrid Admin (Jira admin)'],
  ['acc-lead', 'Lars Lead (team lead)'],
  ['acc-agent-1', 'Anna Agent'],
  ['acc-dev-1', 'Dag Developer (2nd line)'],
  ['cust-mette-schultz', 'Mette Schultz (customer, Schultz A/S)'],
  ['cust-ingrid-bakke', 'Ingrid Bakke (customer, Fjellheim)'],
] as const;

/**
 * The global page's sub-pages, as Jira's sidebar lists them (manifest `pages`): a link moves the
 * framed app by its history rather than reloading it (static/simulator-host/hostBridge.ts).
 */
function globalPageLinks(sim: Simulator): string {
  const page = [...sim.forge.modules.uiModules.values()].find((m) => m.kind === 'jira:globalPage');
  return (page?.pages ?? [])
    .map(
      (p) =>
        `<a href="/jira/apps/${encodeURIComponent(p.route)}" data-app-route>${escapeHtml(p.title)}</a>`,
    )
    .join('');
}

/**
 * A page in the shape of Jira's: a top bar with navigation, who you are (switchable), the
 * simulated clock with buttons to move it, and the page's content, in Atlassian's tokens. It
 * loads the host side of the Custom UI bridge, which answers the app frames in the content.
 */
export function jiraPage(sim: Simulator, user: string, title: string, content: string): string {
  const options = PEOPLE.map(
    ([id, name]) =>
      `<option value="${id}"${id === user ? ' selected' : ''}>${escapeHtml(name)}</option>`,
  ).join('');
  return `<!doctype html>
<html lang="en" data-color-mode="light"><head><meta charset="utf-8"><title>${escapeHtml(title)} - Jira (simulator)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{margin:0;font:14px/20px ui-sans-serif,-apple-system,BlinkMacSystemFont,"Segoe UI",Ubuntu,system-ui,sans-serif;color:#172B4D;background:#fff}
header{display:flex;gap:16px;align-items:center;padding:8px 16px;border-bottom:1px solid #091E4224;background:#fff}
header .brand{font-weight:653;color:#0C66E4;margin-right:8px}
header nav a{color:#44546F;text-decoration:none;margin-right:12px;font-weight:500}
header nav a:hover,header nav a[aria-current]{color:#0C66E4}
header .spacer{flex:1}
header form{display:inline}
header button,header select{font:inherit;padding:4px 8px;border-radius:3px;border:1px solid #8590A2;background:#fff;color:#172B4D}
header button{border-color:transparent;background:#091E420F;cursor:pointer}
main{padding:24px 32px;max-width:1200px}
h1{font-size:24px;line-height:28px;font-weight:653;margin:0 0 16px}
.crumbs{color:#626F86;font-size:12px;margin-bottom:4px}
.issue{display:grid;grid-template-columns:minmax(0,1fr) 420px;gap:32px}
.fields dt{color:#626F86;font-size:12px;font-weight:600}.fields dd{margin:0 0 12px}
iframe{border:0;width:100%;display:block}iframe[hidden]{display:none}
.sim-consent{border:1px solid #091E4224;border-radius:3px;padding:16px}
.sim-consent button{font:inherit;font-weight:500;padding:6px 12px;border:0;border-radius:3px;background:#0C66E4;color:#fff;cursor:pointer}
.clock{color:#44546F}
@media (prefers-color-scheme: dark){
body,header,header button,header select{background:#1D2125;color:#B6C2CF}
header{border-color:#A6C5E229}header nav a,.clock{color:#9FADBC}
header button{background:#A1BDD914}.crumbs,.fields dt{color:#8C9BAB}a{color:#579DFF}}
</style></head><body>
<header>
<span class="brand">Jira</span>
<nav aria-label="Jira"><a href="/">Issues</a>${globalPageLinks(sim)}<a href="/jira/settings/apps/admin">Apps: SLA contracts</a><a href="/servicedesk/customer/portal/1">Customer portal</a></nav>
<span class="spacer"></span>
<span class="clock" data-testid="sim-clock">Simulated time ${formatInstant(sim.now()).slice(0, 16).replace('T', ' ')} UTC</span>
<form method="post" action="/_sim/advance"><input type="hidden" name="advanceMs" value="3600000"><button type="submit">+1 hour</button></form>
<form method="post" action="/_sim/advance"><input type="hidden" name="advanceMs" value="86400000"><button type="submit">+1 day</button></form>
<form method="get" action="/_sim/login"><label>Acting as <select name="as" onchange="this.form.submit()">${options}</select></label><noscript><button>Switch</button></noscript></form>
</header>
<main>${content}</main>
<script type="module" src="/_sim/host/hostBridge.js"></script>
</body></html>`;
}
