/**
 * The simulated Jira's side of the Custom UI bridge, loaded by every page of the simulator that
 * frames an app (src/simulator/jiraChrome.ts). The app frames come from another origin and call
 * here by `postMessage` (static/shared/bridgeProtocol.ts); this page answers as Jira's host does:
 * it runs the resolver as the signed-in user, gives the module's context, navigates the top
 * window, sizes the frame, and shows Forge's consent prompt when the app needs the user's consent.
 * What it knows about a frame (module, issue, user) it reads from the iframe element it rendered,
 * never from the message.
 */
import type { FullContext } from '@forge/bridge';
import {
  BRIDGE_CHANNEL,
  isBridgeRequest,
  type BridgeAnswer,
  type BridgeRequest,
  type HistoryChange,
  type HistoryEvent,
  type HistoryLocation,
  type NavigatePayload,
} from '../shared/bridgeProtocol';
import { checkPortalSubmission } from '../../src/simulator/portal/portalSubmit';

const appFrames = () => [
  ...document.querySelectorAll<HTMLIFrameElement>('iframe[data-module-key]'),
];
const frameOrigin = (frame: HTMLIFrameElement) => new URL(frame.src).origin;
const colorMode = () =>
  window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  // Only an app frame of this page, speaking from the origin it was loaded from, is answered.
  const frame = appFrames().find((f) => f.contentWindow === event.source);
  if (!frame || event.origin !== frameOrigin(frame) || !isBridgeRequest(event.data)) return;
  const { id } = event.data;
  const reply = (answer: BridgeAnswer) =>
    frame.contentWindow?.postMessage(
      { channel: BRIDGE_CHANNEL, id, ...answer },
      frameOrigin(frame),
    );
  answer(frame, event.data).then(
    (value) => reply({ ok: true, value }),
    (error: unknown) => reply({ ok: false, message: (error as Error).message ?? String(error) }),
  );
});

async function answer(frame: HTMLIFrameElement, request: BridgeRequest): Promise<unknown> {
  switch (request.call) {
    case 'invoke':
      return invoke(frame, request.payload as { functionKey: string; payload: unknown });
    case 'getContext':
      return contextOf(frame);
    case 'enableTheming':
      return { colorMode: colorMode() };
    case 'navigate':
      return navigate(request.payload as NavigatePayload);
    case 'resize':
      frame.style.height = `${(request.payload as { height: number }).height}px`;
      return undefined;
    case 'createHistory':
      return locationOf(frame);
    case 'historyChange':
      return changeHistory(frame, request.payload as HistoryChange);
    case 'submit':
      return submit(frame, request.payload);
  }
}

const CREATE_PANEL = 'jiraServiceManagement:portalRequestCreatePropertyPanel';

/**
 * `view.submit` from a portal request create property panel: the payload must be
 * `{ fields: [{ key, value }], isValid }`; the portal keeps the last one in its create form,
 * which refuses to create while it says `isValid: false` and then stores each field as an issue
 * property of the request (src/simulator/portal/createPortalRequest.ts). Other modules of the
 * app have nothing to submit to here, so the call is refused
 * (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/view/#submit).
 */
function submit(frame: HTMLIFrameElement, payload: unknown): void {
  if (frame.dataset.moduleKind !== CREATE_PANEL)
    throw new Error(
      `view.submit is not available in ${frame.dataset.moduleKind ?? 'this module'}: the portal takes it from ${CREATE_PANEL} only.`,
    );
  const checked = checkPortalSubmission(payload);
  if (!checked.ok) throw new Error(checked.message);
  const form = frame.closest<HTMLFormElement>('form[data-portal-create]');
  const fields = form?.querySelector<HTMLInputElement>('input[name="portalFields"]');
  if (!form || !fields) throw new Error('view.submit: the panel is not on a create form.');
  fields.value = JSON.stringify(checked.submission);
  form.dataset.panelValid = String(checked.submission.isValid);
}

/** The portal refuses to create while the panel's last `view.submit` said `isValid: false`. */
document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement | null;
  if (!form?.matches?.('form[data-portal-create]') || form.dataset.panelValid !== 'false') return;
  event.preventDefault();
  let alert = form.querySelector<HTMLElement>('[data-panel-refusal]');
  if (!alert) {
    alert = document.createElement('p');
    alert.className = 'error';
    alert.setAttribute('role', 'alert');
    alert.dataset.panelRefusal = '';
    form.prepend(alert);
  }
  alert.textContent = 'Check the fields the app’s panel marks: it says they are not valid yet.';
});

/**
 * A full page's base path (`data-base-path`, the simulator's `/jira/apps/{appId}/{envId}`):
 * Forge gives `view.createHistory()` only to full pages
 * (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/view/).
 */
function basePathOf(frame: HTMLIFrameElement): string {
  const base = frame.dataset.basePath;
  if (base === undefined) throw new Error('view.createHistory() is only available on full pages.');
  return base;
}

/** The page's location relative to the frame's base path, as the app's history sees it. */
function locationOf(frame: HTMLIFrameElement): HistoryLocation {
  const base = basePathOf(frame);
  const { pathname, search, hash } = window.location;
  const entry = (window.history.state ?? {}) as { appState?: unknown; key?: string };
  return {
    pathname: pathname.startsWith(base) ? pathname.slice(base.length) || '/' : '/',
    search,
    hash,
    state: entry.appState ?? null,
    key: entry.key ?? 'default',
  };
}

const historyEvent = (frame: HTMLIFrameElement, action: HistoryEvent['action']): HistoryEvent => ({
  channel: BRIDGE_CHANNEL,
  event: 'history',
  action,
  location: locationOf(frame),
});
const fullPageFrames = () => appFrames().filter((f) => f.dataset.basePath !== undefined);
function tellFrame(frame: HTMLIFrameElement, action: HistoryEvent['action']): void {
  markSidebar();
  frame.contentWindow?.postMessage(historyEvent(frame, action), frameOrigin(frame));
}

/** The app moved its page: the host's URL follows (under the base path), then the app hears it. */
function changeHistory(frame: HTMLIFrameElement, change: HistoryChange): void {
  const base = basePathOf(frame);
  if (change.kind === 'go') {
    window.history.go(change.delta); // the browser's popstate tells the frame
    return;
  }
  if (!change.path.startsWith('/'))
    throw new Error(`history.${change.kind}: the path must start with "/" (${change.path}).`);
  const entry = { appState: change.state ?? null, key: Math.random().toString(36).slice(2, 8) };
  if (change.kind === 'push') window.history.pushState(entry, '', base + change.path);
  else window.history.replaceState(entry, '', base + change.path);
  tellFrame(frame, change.kind === 'push' ? 'PUSH' : 'REPLACE');
}

// Back and forward: the full pages on this page hear the new location.
window.addEventListener('popstate', () => {
  for (const frame of fullPageFrames()) tellFrame(frame, 'POP');
});

/**
 * Jira's sidebar changes the global page's URL without reloading the app, which routes by its
 * history: a link to one of the framed page's routes (`data-app-route`) does the same here.
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-app-route]');
  const frame = fullPageFrames()[0];
  if (!link || !frame || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const url = new URL(link.href);
  if (!url.pathname.startsWith(basePathOf(frame))) return;
  event.preventDefault();
  window.history.pushState({ appState: null, key: 'default' }, '', url);
  tellFrame(frame, 'PUSH');
});

/** The sidebar marks the page whose route the URL is on, whoever moved it. */
function markSidebar(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-app-route]')) {
    const route = new URL(link.href).pathname;
    const here = window.location.pathname;
    if (here === route || here.startsWith(`${route}/`)) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/**
 * A portal module's extension context, from the frame's attributes: the create panel's
 * `{ portal: { id }, request: { typeId } }`, the request detail's `{ portal: { id }, request:
 * { key, typeId, property } }`, the profile panel's `{ page }`; each with `location`.
 */
function portalExtension(frame: HTMLIFrameElement): Record<string, unknown> {
  const { portalId, requestTypeId, requestKey, requestProperty, page } = frame.dataset;
  const request = {
    ...(requestKey && { key: requestKey }),
    ...(requestTypeId && { typeId: Number(requestTypeId) }),
    ...(requestProperty && { property: JSON.parse(requestProperty) as unknown }),
  };
  return {
    ...(portalId && { portal: { id: Number(portalId) } }),
    ...(Object.keys(request).length > 0 && { request }),
    ...(page && { page }),
    location: window.location.href,
  };
}

const isPortalFrame = (frame: HTMLIFrameElement) =>
  (frame.dataset.moduleKind ?? '').startsWith('jiraServiceManagement:');

function contextOf(frame: HTMLIFrameElement): FullContext {
  const { moduleKey, moduleKind, accountId, issueKey, timeZone } = frame.dataset;
  return {
    accountId,
    moduleKey: moduleKey!,
    siteUrl: window.location.origin,
    extension: {
      type: moduleKind,
      ...(issueKey && { issue: { key: issueKey } }),
      ...(isPortalFrame(frame) && portalExtension(frame)),
    },
    environmentId: 'simulator',
    environmentType: 'DEVELOPMENT',
    localId: `${moduleKey}-${issueKey ?? 'page'}`,
    locale: 'en-US',
    timezone: timeZone ?? 'UTC',
    theme: { colorMode: colorMode() },
  };
}

/** Runs the resolver through the simulator, as the user whose cookie this page has. */
async function invoke(frame: HTMLIFrameElement, call: { functionKey: string; payload: unknown }) {
  const response = await fetch('/_sim/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      moduleKey: frame.dataset.moduleKey,
      issueKey: frame.dataset.issueKey ?? null,
      // Where on the portal the frame is, as the page rendered it.
      ...(isPortalFrame(frame) && {
        portal: {
          portalId: frame.dataset.portalId,
          requestTypeId: frame.dataset.requestTypeId,
          requestKey: frame.dataset.requestKey,
        },
      }),
      functionKey: call.functionKey,
      payload: call.payload,
    }),
  });
  const body = (await response.json()) as { errorType?: string; message?: string };
  if (body.errorType === 'NEEDS_AUTHENTICATION_ERR') askForConsent(frame);
  if (!response.ok) throw new Error(body.message ?? `invoke ${call.functionKey} failed`);
  return body;
}

/**
 * Forge's consent prompt, in the app's place: "Allow access" grants it for this user, then the
 * app starts again (https://developer.atlassian.com/platform/forge/add-scopes-to-call-an-atlassian-rest-api/).
 */
function askForConsent(frame: HTMLIFrameElement): void {
  if (frame.hidden) return;
  const prompt = document.createElement('section');
  prompt.className = 'sim-consent';
  prompt.setAttribute('aria-label', `${frame.title} needs access`);
  const text = document.createElement('p');
  text.textContent = `${frame.title} needs your permission to access Jira on your behalf.`;
  const allow = document.createElement('button');
  allow.type = 'button';
  allow.textContent = 'Allow access';
  allow.addEventListener('click', async () => {
    const granted = await fetch('/_sim/consent', { method: 'POST' });
    if (!granted.ok) return;
    prompt.remove();
    frame.hidden = false;
    frame.setAttribute('src', frame.src); // the app starts again, as on Forge once access is granted
  });
  prompt.append(text, allow);
  frame.hidden = true;
  frame.before(prompt);
}

/**
 * `router.navigate` / `router.open`: a Jira path or an issue location moves this window (or opens
 * a tab); an external URL asks the user first and opens in a new tab, as Forge's host does
 * (https://developer.atlassian.com/platform/forge/custom-ui-bridge/router/).
 */
function navigate(location: NavigatePayload): void {
  const url = urlOf(location);
  if (url.origin !== window.location.origin) {
    if (!window.confirm(`This link leaves Jira for ${url.origin}. Open it in a new tab?`))
      throw new Error('The user chose not to open the external link.');
    window.open(url, '_blank', 'noopener');
  } else if (location.type === 'new-tab') {
    window.open(url, '_blank', 'noopener');
  } else {
    window.location.assign(url);
  }
}

function urlOf(location: NavigatePayload): URL {
  if (location.url !== undefined) return new URL(location.url, window.location.origin);
  if (location.target === 'issue' && location.issueKey)
    return new URL(`/browse/${encodeURIComponent(location.issueKey)}`, window.location.origin);
  throw new Error(`The simulator cannot navigate to the target ${location.target}.`);
}
markSidebar();
