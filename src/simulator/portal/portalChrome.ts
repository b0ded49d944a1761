/**
 * A page in the look of Jira Service Management's customer portal, not Jira's: the help
 * centre's bar with who is signed in (and a "Log out", or a "Log in" for anonymous visitors), a
 * centred column, light and dark by `prefers-color-scheme`. It loads the same host side of the
 * Custom UI bridge as Jira's pages, which answers the app frames in the content.
 */
import { escapeHtml } from '../jiraChrome';

/** The demo's portal accounts one can log in as from the portal's login prompt. */
export interface PortalPerson {
  readonly accountId: string;
  readonly label: string;
}

export interface PortalPageOptions {
  readonly title: string;
  /** '' when nobody is logged in on the portal. */
  readonly visitor: string;
  readonly visitorName?: string;
  readonly content: string;
}

export const HELP_CENTER = '/servicedesk/customer/portals';

export function portalPage({ title, visitor, visitorName, content }: PortalPageOptions): string {
  const who =
    visitor === ''
      ? `<a href="/servicedesk/customer/user/login">Log in</a>`
      : `<a href="/servicedesk/customer/user/profile" data-testid="portal-user">${escapeHtml(visitorName ?? visitor)}</a>
<form method="post" action="/servicedesk/customer/user/logout"><button type="submit">Log out</button></form>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} - Help Center (simulator)</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{margin:0;font:14px/20px ui-sans-serif,-apple-system,BlinkMacSystemFont,"Segoe UI",Ubuntu,system-ui,sans-serif;color:#172B4D;background:#F7F8F9}
.portal-bar{display:flex;gap:16px;align-items:center;padding:12px 24px;background:#0C66E4;color:#fff}
.portal-bar a{color:#fff;text-decoration:none;font-weight:500}
.portal-bar .spacer{flex:1}.portal-bar form{display:inline}
.portal-bar button{font:inherit;padding:4px 10px;border-radius:3px;border:1px solid #ffffff80;background:transparent;color:#fff;cursor:pointer}
main{max-width:760px;margin:24px auto;padding:0 16px}
.card{background:#fff;border:1px solid #091E4224;border-radius:6px;padding:24px;margin-bottom:16px}
h1{font-size:24px;line-height:28px;font-weight:653;margin:0 0 16px}h2{font-size:16px;margin:0 0 8px}
.crumbs{color:#626F86;font-size:12px;margin-bottom:4px}.crumbs a{color:inherit}
.types{list-style:none;padding:0;margin:0}.types li{padding:12px 0;border-bottom:1px solid #091E4214}
.types a{font-weight:600;color:#0C66E4;text-decoration:none}.types p{margin:2px 0 0;color:#44546F}
label{display:block;font-weight:600;margin:12px 0 4px}
input[type=text],textarea{box-sizing:border-box;width:100%;font:inherit;padding:6px 8px;border:1px solid #8590A2;border-radius:3px;background:#fff;color:inherit}
.primary{font:inherit;font-weight:500;padding:6px 12px;border:0;border-radius:3px;background:#0C66E4;color:#fff;cursor:pointer;margin-top:16px}
.error{color:#AE2E24;font-weight:600}.status{display:inline-block;padding:0 6px;border-radius:3px;background:#DFE1E6;font-size:12px;font-weight:700;text-transform:uppercase}
.comments{list-style:none;padding:0}.comments li{border-top:1px solid #091E4214;padding:8px 0}.comments .author{font-weight:600}
iframe{border:0;width:100%;display:block}iframe[hidden]{display:none}
.sim-consent{border:1px solid #091E4224;border-radius:3px;padding:16px}
.sim-consent button{font:inherit;font-weight:500;padding:6px 12px;border:0;border-radius:3px;background:#0C66E4;color:#fff;cursor:pointer}
@media (prefers-color-scheme: dark){
body{background:#161A1D;color:#B6C2CF}.portal-bar{background:#0055CC}
.card{background:#22272B;border-color:#A6C5E229}.crumbs,.types p{color:#8C9BAB}
.types a,a{color:#579DFF}.portal-bar a{color:#fff}
input[type=text],textarea{background:#1D2125;border-color:#738496}
.status{background:#454F59}.error{color:#FD9891}}
</style></head><body>
<header class="portal-bar"><a href="${HELP_CENTER}">Help Center</a><span class="spacer"></span>${who}</header>
<main>${content}</main>
<script type="module" src="/_sim/host/hostBridge.js"></script>
</body></html>`;
}

/** The portal's own login prompt: anonymous visitors see it instead of any page or app module. */
export function loginPrompt(people: readonly PortalPerson[], back: string): string {
  const options = people
    .map((p) => `<option value="${escapeHtml(p.accountId)}">${escapeHtml(p.label)}</option>`)
    .join('');
  return `<section class="card" aria-label="Log in" data-testid="portal-login">
<h1>Log in to the Help Center</h1>
<p>Log in to raise requests and see your requests and agreements.</p>
<form method="get" action="/servicedesk/customer/user/login">
<input type="hidden" name="back" value="${escapeHtml(back)}">
<label for="as">Continue as</label><select id="as" name="as">${options}</select>
<button class="primary" type="submit">Log in</button></form></section>`;
}
