import type http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { appResolvers, type AppResolverName } from '../handlers';
import { needsUserConsent } from '../resolvers/userConsent';
import { escapeHtml, jiraPage } from './jiraChrome';
import type { Route } from './server';
import type { Simulator } from './simulator';
import type { UserConsent } from './userConsent';
import { invokeCaller } from './portalVisitor';

/** The host side of the Custom UI bridge, as `npm run build:ui` builds it. */
const HOST_BRIDGE = path.join(
  __dirname,
  '../../static/simulator-host/build-simulator/hostBridge.js',
);

/**
 * What Forge lets a Custom UI iframe do, and no more: its sandbox and feature policy
 * (https://developer.atlassian.com/platform/forge/custom-ui/iframe/). Without
 * `allow-top-navigation` or `allow-popups`, a link with `target="_top"` or `window.open` is
 * refused: the app leaves its frame only through the bridge's `router`.
 */
export const SANDBOX =
  'allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts';
export const FEATURES = 'camera; clipboard-write; display-capture; fullscreen; microphone';

/** Where the simulator serves the global page's sub-pages: `/jira/apps/{route}`. */
export const GLOBAL_PAGE_BASE = '/jira/apps';

const html = (body: string, status = 200) => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
});
const json = (value: unknown, status = 200) => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(value),
});

export interface UiRoutesOptions {
  /** The port of the app's resources (`createAppResourceServer`), on this host name. */
  readonly appsPort: number;
  /** Who has allowed the app to act for them. */
  readonly consent: UserConsent;
}

/**
 * The app's Custom UI in the simulator: Jira-like pages that frame its modules where Jira would
 * (`/browse/{key}`, `/jira/apps/work-list`, `/jira/apps/quality`, `/jira/settings/apps/admin`), with the frames loaded
 * from the resources' own origin; the host side of the bridge (`/_sim/host/hostBridge.js`);
 * `/_sim/invoke`, where that host runs the app's real resolvers as the current user; and
 * `/_sim/consent`, where the user allows the app access.
 */
export function uiRoutes(sim: Simulator, options: UiRoutesOptions): Route[] {
  const modules = sim.forge.modules.uiModules;
  const { consent } = options;
  const moduleOf = (kind: string) => [...modules].find(([, m]) => m.kind === kind)?.[0];
  /** The iframe of the module of `kind`, as the user, with what the host tells it. */
  const frame = async (
    request: http.IncomingMessage,
    user: string,
    kind: string,
    issueKey?: string,
    moduleKey?: string,
    basePath?: string,
  ) => {
    const key = moduleKey ?? moduleOf(kind);
    if (!key) return '';
    const jira = new URL(`http://${request.headers.host ?? 'localhost'}`);
    const apps = new URL(jira.href);
    apps.port = String(options.appsPort);
    const me = await sim.request({ method: 'GET', path: '/rest/api/3/myself', accountId: user });
    const timeZone = (me.body as { timeZone?: string } | undefined)?.timeZone ?? 'UTC';
    const attributes = {
      title: modules.get(key)!.title,
      src: `${apps.origin}/${key}/index.html?hostOrigin=${encodeURIComponent(jira.origin)}`,
      sandbox: SANDBOX,
      allow: FEATURES,
      // What the host tells the frame (its context) and runs its resolvers with.
      'data-module-key': key,
      'data-module-kind': kind,
      'data-account-id': user,
      'data-time-zone': timeZone,
      ...(issueKey && { 'data-issue-key': issueKey }),
      // A full page: its routes are under this path (`view.createHistory()`, hostBridge.ts).
      ...(basePath !== undefined && { 'data-base-path': basePath }),
    };
    const text = Object.entries(attributes).map(([name, v]) => `${name}="${escapeHtml(v)}"`);
    return `<iframe ${text.join(' ')}></iframe>`;
  };

  /** Every issue panel of the app on an issue, in manifest order, as Jira shows each app's. */
  const issuePanels = async (request: http.IncomingMessage, user: string, issueKey: string) => {
    const keys = [...modules].filter(([, m]) => m.kind === 'jira:issuePanel').map(([k]) => k);
    const frames = await Promise.all(
      keys.map((k) => frame(request, user, 'jira:issuePanel', issueKey, k)),
    );
    return frames.join('');
  };

  return [
    async (request, url, body, user) => {
      if (url.pathname !== '/_sim/invoke' || request.method !== 'POST') return undefined;
      const input = (body ?? {}) as {
        moduleKey?: string;
        functionKey?: string;
        payload?: unknown;
        issueKey?: string | null;
        /** A portal frame's `data-portal-*` attributes, which the host read (hostBridge.ts). */
        portal?: unknown;
      };
      const module = modules.get(String(input.moduleKey));
      const definitions = module ? appResolvers[module.resolver as AppResolverName] : undefined;
      const fn = definitions?.[String(input.functionKey)];
      if (!fn)
        return json(
          {
            message: `No resolver function ${String(input.functionKey)} for module ${String(input.moduleKey)}`,
          },
          404,
        );
      // Portal modules run as the portal's visitor, within their `unlicensedAccess` (portalVisitor.ts).
      const caller = await invokeCaller(sim, request, module!, input, user);
      if ('refusal' in caller) return json(caller.refusal.body, caller.refusal.status);
      const ctx = sim.forge.resolverContext(caller.accountId, (budget) =>
        consent.jiraAsUser(sim, caller.accountId, budget),
      );
      try {
        return json(await fn(input.payload, caller.call, ctx));
      } catch (error) {
        // The resolver let Forge's consent error out: the host shows the consent prompt.
        if (!needsUserConsent(error)) throw error;
        const { name, message } = error as Error;
        return json({ errorType: name, message }, 401);
      } finally {
        await sim.forge.settle();
      }
    },
    async (request, url, _body, user) => {
      if (url.pathname !== '/_sim/consent' || request.method !== 'POST') return undefined;
      consent.grant(user);
      return { status: 204, body: '' };
    },
    async (request, url) => {
      if (url.pathname !== '/_sim/host/hostBridge.js' || request.method !== 'GET') return undefined;
      if (!existsSync(HOST_BRIDGE))
        return json({ message: 'The simulator build is missing: run npm run build:ui.' }, 503);
      return {
        status: 200,
        headers: { 'content-type': 'text/javascript' },
        body: readFileSync(HOST_BRIDGE),
      };
    },
    async (request, url) => {
      if (url.pathname !== '/_sim/login') return undefined;
      const as = url.searchParams.get('as') ?? 'acc-admin';
      const back = request.headers.referer ? new URL(request.headers.referer).pathname : '/';
      return {
        status: 303,
        headers: {
          'set-cookie': `sim-user=${encodeURIComponent(as)}; Path=/; SameSite=Lax`,
          location: back,
        },
        body: '',
      };
    },
    async (request, url, body) => {
      if (url.pathname !== '/_sim/advance' || request.method !== 'POST') return undefined;
      const ms = Number(
        new URLSearchParams(typeof body === 'string' ? body : '').get('advanceMs') ?? 3_600_000,
      );
      await sim.advanceBy(Number.isFinite(ms) && ms > 0 ? ms : 3_600_000);
      const back = request.headers.referer ? new URL(request.headers.referer).pathname : '/';
      return { status: 303, headers: { location: back }, body: '' };
    },
    async (request, url, _body, user) => {
      const match = /^\/browse\/([A-Z][A-Z0-9_]*-\d+)$/.exec(url.pathname);
      if (!match || request.method !== 'GET') return undefined;
      const key = match[1]!;
      const answer = await sim.request({
        method: 'GET',
        path: `/rest/api/3/issue/${key}`,
        query: {
          fields:
            'summary,status,priority,assignee,reporter,issuetype,customfield_10050,customfield_10051,customfield_10060',
        },
        accountId: user,
      });
      if (answer.status !== 200)
        return html(
          jiraPage(
            sim,
            user,
            key,
            `<h1>${escapeHtml(key)}</h1><p>This issue does not exist or you do not have permission to see it.</p>`,
          ),
          404,
        );
      const fields = (
        answer.body as {
          fields: Record<
            string,
            { name?: string; displayName?: string; value?: string } | string | null
          >;
        }
      ).fields;
      const text = (v: unknown) =>
        escapeHtml(
          typeof v === 'string'
            ? v
            : ((v as { name?: string; displayName?: string; value?: string } | null)?.name ??
                (v as { displayName?: string } | null)?.displayName ??
                (v as { value?: string } | null)?.value ??
                'None'),
        );
      const content = `<div class="crumbs">Nordic Support / ${escapeHtml(key)}</div>
<h1>${text(fields.summary)}</h1>
<div class="issue"><section aria-label="Details"><dl class="fields">
<dt>Status</dt><dd>${text(fields.status)}</dd><dt>Priority</dt><dd>${text(fields.priority)}</dd><dt>Type</dt><dd>${text(fields.issuetype)}</dd>
<dt>Customer</dt><dd>${text(fields.customfield_10050)}</dd><dt>Environment</dt><dd>${text(fields.customfield_10051)}</dd>
<dt>Assignee</dt><dd>${text(fields.assignee)}</dd><dt>Reporter</dt><dd>${text(fields.reporter)}</dd><dt>SLA</dt><dd>${text(fields.customfield_10060)}</dd></dl></section>
<section aria-label="Apps">${await issuePanels(request, user, key)}</section></div>`;
      return html(jiraPage(sim, user, key, content));
    },
    async (request, url, _body, user) => {
      // The global page's sub-pages (`/jira/apps/work-list`, `/jira/apps/quality/…`): one frame,
      // which routes by its history; `/jira/apps` stands for Jira's `/jira/apps/{appId}/{envId}`.
      const key = moduleOf('jira:globalPage');
      const page = key
        ? modules
            .get(key)!
            .pages.find(
              (p) =>
                url.pathname === `${GLOBAL_PAGE_BASE}/${p.route}` ||
                url.pathname.startsWith(`${GLOBAL_PAGE_BASE}/${p.route}/`),
            )
        : undefined;
      if (!page || request.method !== 'GET') return undefined;
      return html(
        jiraPage(
          sim,
          user,
          page.title,
          await frame(request, user, 'jira:globalPage', undefined, key, GLOBAL_PAGE_BASE),
        ),
      );
    },
    async (request, url, _body, user) => {
      if (url.pathname !== '/jira/settings/apps/admin' || request.method !== 'GET')
        return undefined;
      return html(
        jiraPage(sim, user, 'SLA contracts', await frame(request, user, 'jira:adminPage')),
      );
    },
  ];
}
