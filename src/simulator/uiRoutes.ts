import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { appResolvers, type AppResolverName } from '../handlers';
import type { ResolverContext } from '../resolvers/resolverKit';
import { escapeHtml, jiraPage } from './jiraChrome';
import type { Route } from './server';
import type { Simulator } from './simulator';

const ROOT = path.join(__dirname, '..', '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

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

/**
 * The app's Custom UI in the simulator: its modules' simulator builds under `/_sim/apps/<module>/`,
 * `/_sim/invoke` running their real resolvers as the current user, and Jira-like pages that
 * frame them where Jira would: `/browse/{key}`, `/jira/apps/work-list`, `/jira/settings/apps/admin`.
 */
export function uiRoutes(sim: Simulator): Route[] {
  const modules = sim.forge.modules.uiModules;
  const moduleOf = (kind: string) => [...modules].find(([, m]) => m.kind === kind)?.[0];
  const frame = (kind: string, query = '') => {
    const key = moduleOf(kind);
    return key
      ? `<iframe title="${escapeHtml(modules.get(key)!.title)}" src="/_sim/apps/${key}/index.html${query}" data-autosize></iframe>`
      : '';
  };

  return [
    async (request, url, body, user) => {
      if (url.pathname !== '/_sim/invoke' || request.method !== 'POST') return undefined;
      const input = (body ?? {}) as {
        moduleKey?: string;
        functionKey?: string;
        payload?: unknown;
        issueKey?: string | null;
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
      const ctx: ResolverContext = {
        ...sim.forge.context(),
        jiraAsUser: sim.forge.jiraClient(user),
      };
      const result = await fn(
        input.payload,
        { accountId: user, ...(input.issueKey && { issueKey: input.issueKey }) },
        ctx,
      );
      await sim.forge.settle();
      return json(result);
    },
    async (request, url) => {
      const match = /^\/_sim\/apps\/([^/]+)\/(.*)$/.exec(url.pathname);
      if (!match || request.method !== 'GET') return undefined;
      const module = modules.get(match[1]!);
      if (!module) return undefined;
      const dir = path.join(ROOT, module.resourcePath.replace(/build$/, 'build-simulator'));
      const file = path.normalize(path.join(dir, match[2] || 'index.html'));
      if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
        return existsSync(dir)
          ? undefined
          : html(
              `<p>The simulator build of ${escapeHtml(match[1]!)} is missing: run <code>npm run build:ui</code>.</p>`,
              503,
            );
      }
      return {
        status: 200,
        headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' },
        body: readFileSync(file),
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
<section aria-label="Apps">${frame('jira:issuePanel', `?issueKey=${key}`)}</section></div>`;
      return html(jiraPage(sim, user, key, content));
    },
    async (request, url, _body, user) => {
      if (url.pathname !== '/jira/apps/work-list' || request.method !== 'GET') return undefined;
      return html(jiraPage(sim, user, 'SLA work list', frame('jira:globalPage')));
    },
    async (request, url, _body, user) => {
      if (url.pathname !== '/jira/settings/apps/admin' || request.method !== 'GET')
        return undefined;
      return html(jiraPage(sim, user, 'SLA contracts', frame('jira:adminPage')));
    },
  ];
}
