/**
 * A portal module's iframe, as the portal frames it: from the app resources' own origin, in
 * Forge's sandbox, with what the host tells the frame (its context) and runs its resolvers with
 * in `data-*` attributes, which the host page reads, never the frame's messages
 * (static/simulator-host/hostBridge.ts).
 */
import type http from 'node:http';
import { escapeHtml } from '../jiraChrome';
import type { UiModule } from '../manifestModules';
import { FEATURES, SANDBOX } from '../uiRoutes';

export interface PortalFrameContext {
  readonly accountId: string;
  readonly timeZone: string;
  readonly portalId?: string;
  readonly requestTypeId?: string;
  readonly requestKey?: string;
  /** `extension.request.property`: the properties the create panel stored on the request. */
  readonly requestProperty?: Record<string, unknown>;
  /** `extension.page` of the profile panel. */
  readonly page?: string;
}

export function portalFrame(
  request: http.IncomingMessage,
  appsPort: number,
  key: string,
  module: UiModule,
  context: PortalFrameContext,
): string {
  const jira = new URL(`http://${request.headers.host ?? 'localhost'}`);
  const apps = new URL(jira.href);
  apps.port = String(appsPort);
  const attributes: Record<string, string | undefined> = {
    title: module.title,
    src: `${apps.origin}/${key}/index.html?hostOrigin=${encodeURIComponent(jira.origin)}`,
    sandbox: SANDBOX,
    allow: FEATURES,
    'data-module-key': key,
    'data-module-kind': module.kind,
    'data-account-id': context.accountId,
    'data-time-zone': context.timeZone,
    'data-portal-id': context.portalId,
    'data-request-type-id': context.requestTypeId,
    'data-request-key': context.requestKey,
    'data-request-property': context.requestProperty && JSON.stringify(context.requestProperty),
    'data-page': context.page,
  };
  const text = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, v]) => `${name}="${escapeHtml(v)}"`);
  return `<iframe ${text.join(' ')}></iframe>`;
}
