import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { escapeHtml } from './jiraChrome';
import type { Simulator } from './simulator';

const ROOT = path.join(__dirname, '..', '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * The app's Custom UI resources, on an origin of their own: Forge serves them from its CDN
 * (`*.cdn.prod.atlassian-dev.net`), never from the Jira site, into a sandboxed iframe
 * (https://developer.atlassian.com/platform/forge/custom-ui/iframe/). Here they get a second
 * port, and nothing else is found there: a relative link such as `/browse/SUP-1` inside a frame
 * leads to this server's 404, as it would on Forge. `/<module key>/…` is the module's simulator
 * build.
 */
export function createAppResourceServer(sim: Simulator): http.Server {
  const modules = sim.forge.modules.uiModules;
  return http.createServer((request, response) => {
    const answer = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    const { pathname } = new URL(request.url ?? '/', 'http://resources');
    const match = /^\/([^/]+)\/(.*)$/.exec(pathname);
    const module = match && request.method === 'GET' ? modules.get(match[1]!) : undefined;
    if (!match || !module) return answer(404, TYPES['.html']!, '<p>Not found.</p>');
    const dir = path.join(ROOT, module.resourcePath.replace(/build$/, 'build-simulator'));
    if (!existsSync(dir)) {
      return answer(
        503,
        TYPES['.html']!,
        `<p>The simulator build of ${escapeHtml(match[1]!)} is missing: run <code>npm run build:ui</code>.</p>`,
      );
    }
    const file = path.normalize(path.join(dir, match[2] || 'index.html'));
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile())
      return answer(404, TYPES['.html']!, '<p>Not found.</p>');
    answer(200, TYPES[path.extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
}
