/**
 * The Jira Service Management customer portal in the simulator, on JSM's paths:
 * - `/servicedesk/customer/portals`: the help center, the portals the visitor may use;
 * - `/servicedesk/customer/portal/{portalId}`: a portal's request types and the visitor's requests;
 * - `/servicedesk/customer/portal/{portalId}/create/{requestTypeId}`: the create form, with the
 *   app's create property panels framed under it;
 * - `/servicedesk/customer/portal/{portalId}/{issueKey}`: a request, with the request detail
 *   modules framed below its activity;
 * - `/servicedesk/customer/user/profile`: the profile, with the profile panels;
 * - `/servicedesk/customer/user/login` and `/logout`: the portal's own sign-in.
 * Every page reads Jira through its REST API as the visitor, so Jira decides what they see: a
 * customer sees only their own requests. Anonymous visitors get the login prompt and no app
 * module; a module is framed only for the account types its `unlicensedAccess` lets run it.
 */
import type http from 'node:http';
import type { JiraResponse } from '../jira/types';
import { escapeHtml } from '../jiraChrome';
import type { UiModule } from '../manifestModules';
import {
  isPortalModule,
  mayRun,
  PORTAL_LOGGED_OUT_COOKIE,
  portalAccountType,
  portalVisitor,
} from '../portalVisitor';
import type { Route } from '../server';
import type { Simulator } from '../simulator';
import { createPortalRequest, portalSubmittedKeys } from './createPortalRequest';
import { HELP_CENTER, loginPrompt, portalPage, type PortalPerson } from './portalChrome';
import { portalFrame, type PortalFrameContext } from './portalFrame';
import { checkPortalSubmission } from './portalSubmit';

/** Who the login prompt offers: the demo's customer contacts and an agent. */
export const PORTAL_PEOPLE: readonly PortalPerson[] = [
  { accountId: 'cust-mette-schultz', label: 'Mette Schultz (Schultz A/S)' },
  { accountId: 'cust-jonas-holm', label: 'Jonas Holm (Schultz A/S)' },
  { accountId: 'cust-ingrid-bakke', label: 'Ingrid Bakke (Fjellheim Drift AS)' },
  { accountId: 'cust-karin-lindqvist', label: 'Karin Lindqvist (Göta Kommun)' },
  { accountId: 'acc-agent-1', label: 'Anna Agent (agent)' },
];

const PORTAL_PATH = /^\/servicedesk\/customer\/portal\/(\d+)(?:\/(.*))?$/;
const CREATE_PATH = /^create\/(\d+)$/;
const REQUEST_KEY = /^([A-Z][A-Z0-9_]*-\d+)$/;

type Answer = NonNullable<Awaited<ReturnType<Route>>>;

const html = (body: string, status = 200): Answer => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
});
const redirect = (location: string, cookies: string[] = []): Answer => ({
  status: 303,
  headers: { location, ...(cookies.length > 0 && { 'set-cookie': cookies }) },
  body: '',
});

export interface PortalRoutesOptions {
  readonly appsPort: number;
}

interface Visitor {
  readonly accountId: string;
  readonly name: string;
  readonly timeZone: string;
}

export function portalRoutes(sim: Simulator, options: PortalRoutesOptions): Route[] {
  const modules = [...sim.forge.modules.uiModules].filter(([, m]) => isPortalModule(m));
  const as = (accountId: string, method: 'GET' | 'POST', path: string, body?: unknown) =>
    sim.jira.handle({ method, path, accountId, ...(body !== undefined && { body }) });

  const visitorOf = async (request: http.IncomingMessage): Promise<Visitor | undefined> => {
    const accountId = portalVisitor(request);
    if (accountId === '') return undefined;
    const me = await as(accountId, 'GET', '/rest/api/3/myself');
    if (me.status !== 200) return undefined;
    const { displayName, timeZone } = me.body as { displayName: string; timeZone: string };
    return { accountId, name: displayName, timeZone };
  };
  const page = (visitor: Visitor | undefined, title: string, content: string, status = 200) =>
    html(
      portalPage({
        title,
        visitor: visitor?.accountId ?? '',
        ...(visitor && { visitorName: visitor.name }),
        content,
      }),
      status,
    );
  const login = (url: URL) =>
    page(undefined, 'Log in', loginPrompt(PORTAL_PEOPLE, url.pathname + url.search));

  /** The frames of every portal module of `kind` the visitor's account type may run. */
  const frames = async (
    request: http.IncomingMessage,
    visitor: Visitor,
    kind: UiModule['kind'],
    context: Omit<PortalFrameContext, 'accountId' | 'timeZone'>,
  ) => {
    const accountType = await portalAccountType(sim, visitor.accountId);
    return modules
      .filter(([, m]) => m.kind === kind && mayRun(m, accountType))
      .map(([key, m]) =>
        portalFrame(request, options.appsPort, key, m, {
          accountId: visitor.accountId,
          timeZone: visitor.timeZone,
          ...context,
        }),
      )
      .join('');
  };

  const deskOf = async (visitor: Visitor, portalId: string) => {
    const answer = await as(
      visitor.accountId,
      'GET',
      `/rest/servicedeskapi/servicedesk/${portalId}`,
    );
    return answer.status === 200
      ? (answer.body as { id: string; projectKey: string; projectName: string })
      : undefined;
  };
  const noPortal = (visitor: Visitor) =>
    page(
      visitor,
      'Not found',
      `<section class="card"><h1>This portal does not exist or you do not have access to it.</h1></section>`,
      404,
    );
  const requestTypes = async (visitor: Visitor, portalId: string) => {
    const answer = await as(
      visitor.accountId,
      'GET',
      `/rest/servicedeskapi/requesttype?serviceDeskId=${portalId}&limit=100`,
    );
    return (answer.body as { values: { id: string; name: string; description: string }[] }).values;
  };

  const helpCenter = async (visitor: Visitor) => {
    const types = await as(visitor.accountId, 'GET', '/rest/servicedeskapi/requesttype?limit=100');
    const portalIds = [
      ...new Set((types.body as { values: { portalId: string }[] }).values.map((t) => t.portalId)),
    ];
    const desks = await Promise.all(portalIds.map((id) => deskOf(visitor, id)));
    const items = desks
      .flatMap((d) => (d ? [d] : []))
      .map(
        (d) =>
          `<li><a href="/servicedesk/customer/portal/${d.id}">${escapeHtml(d.projectName)}</a></li>`,
      )
      .join('');
    return page(
      visitor,
      'Help Center',
      `<section class="card"><h1>Welcome to the Help Center</h1>${items ? `<ul class="types">${items}</ul>` : '<p>You have no portals.</p>'}</section>`,
    );
  };

  const portalHome = async (visitor: Visitor, portalId: string) => {
    const desk = await deskOf(visitor, portalId);
    if (!desk) return noPortal(visitor);
    const types = (await requestTypes(visitor, portalId))
      .map(
        (t) =>
          `<li><a href="/servicedesk/customer/portal/${portalId}/create/${t.id}">${escapeHtml(t.name)}</a><p>${escapeHtml(t.description)}</p></li>`,
      )
      .join('');
    const search = await as(visitor.accountId, 'POST', '/rest/api/3/search/jql', {
      jql: `project = ${desk.projectKey} ORDER BY created DESC`,
      fields: ['summary', 'status'],
      maxResults: 50,
    });
    const issues =
      (
        search.body as {
          issues?: { key: string; fields: { summary: string; status: { name: string } } }[];
        }
      ).issues ?? [];
    const mine = issues
      .map(
        (i) =>
          `<li><a href="/servicedesk/customer/portal/${portalId}/${i.key}">${i.key}</a> ${escapeHtml(i.fields.summary)} <span class="status">${escapeHtml(i.fields.status.name)}</span></li>`,
      )
      .join('');
    return page(
      visitor,
      desk.projectName,
      `<div class="crumbs"><a href="${HELP_CENTER}">Help Center</a></div>
<section class="card"><h1>${escapeHtml(desk.projectName)}</h1><h2>What can we help you with?</h2><ul class="types" data-testid="request-types">${types}</ul></section>
<section class="card"><h2>Your requests</h2>${mine ? `<ul class="types" data-testid="my-requests">${mine}</ul>` : '<p>You have raised no requests.</p>'}</section>`,
    );
  };

  const createForm = async (
    request: http.IncomingMessage,
    visitor: Visitor,
    portalId: string,
    typeId: string,
    filled: { summary?: string; description?: string; error?: string } = {},
    status = 200,
  ) => {
    const desk = await deskOf(visitor, portalId);
    const type = await as(
      visitor.accountId,
      'GET',
      `/rest/servicedeskapi/servicedesk/${portalId}/requesttype/${typeId}`,
    );
    if (!desk || type.status !== 200) return noPortal(visitor);
    const { name, description } = type.body as { name: string; description: string };
    const panels = await frames(
      request,
      visitor,
      'jiraServiceManagement:portalRequestCreatePropertyPanel',
      {
        portalId,
        requestTypeId: typeId,
      },
    );
    return page(
      visitor,
      name,
      `<div class="crumbs"><a href="${HELP_CENTER}">Help Center</a> / <a href="/servicedesk/customer/portal/${portalId}">${escapeHtml(desk.projectName)}</a></div>
<section class="card"><h1>${escapeHtml(name)}</h1><p>${escapeHtml(description)}</p>
${filled.error ? `<p class="error" role="alert">${escapeHtml(filled.error)}</p>` : ''}
<form method="post" data-portal-create>
<label for="summary">Summary</label><input type="text" id="summary" name="summary" required value="${escapeHtml(filled.summary ?? '')}">
<label for="description">Description</label><textarea id="description" name="description" rows="5">${escapeHtml(filled.description ?? '')}</textarea>
<input type="hidden" name="portalFields" value="">
<div class="panels">${panels}</div>
<button class="primary" type="submit">Create</button></form></section>`,
      status,
    );
  };

  const create = async (
    request: http.IncomingMessage,
    visitor: Visitor,
    portalId: string,
    typeId: string,
    body: unknown,
  ) => {
    const form = new URLSearchParams(typeof body === 'string' ? body : '');
    const summary = form.get('summary') ?? '';
    const description = form.get('description') ?? '';
    const refuse = (error: string, status = 400) =>
      createForm(request, visitor, portalId, typeId, { summary, description, error }, status);
    const submitted = form.get('portalFields') ?? '';
    let submission;
    if (submitted !== '') {
      let payload: unknown;
      try {
        payload = JSON.parse(submitted);
      } catch {
        return refuse('The app panel’s fields are not JSON.');
      }
      const checked = checkPortalSubmission(payload);
      if (!checked.ok) return refuse(checked.message);
      submission = checked.submission;
    }
    const result = await createPortalRequest(sim, {
      accountId: visitor.accountId,
      serviceDeskId: portalId,
      requestTypeId: typeId,
      summary,
      description,
      ...(submission && { submission }),
    });
    if (!result.ok) return refuse(result.message, result.status);
    return redirect(`/servicedesk/customer/portal/${portalId}/${result.issueKey}`);
  };

  const requestPage = async (
    request: http.IncomingMessage,
    visitor: Visitor,
    portalId: string,
    key: string,
  ) => {
    const answer = await as(visitor.accountId, 'GET', `/rest/servicedeskapi/request/${key}`);
    const found = answer.body as {
      issueKey: string;
      serviceDeskId: string | null;
      requestTypeId: string | null;
      requestFieldValues: { fieldId: string; value: string }[];
      currentStatus: { status: string };
    };
    if (answer.status !== 200 || found.serviceDeskId !== portalId)
      return page(
        visitor,
        'Not found',
        `<section class="card"><h1>This request does not exist or you do not have permission to see it.</h1></section>`,
        404,
      );
    const field = (id: string) => found.requestFieldValues.find((f) => f.fieldId === id)?.value;
    const comments = await as(
      visitor.accountId,
      'GET',
      `/rest/api/3/issue/${found.issueKey}/comment`,
    );
    const activity = ((comments.body as { comments?: CommentJson[] }).comments ?? [])
      .map(
        (c) =>
          `<li><span class="author">${escapeHtml(c.author?.displayName ?? 'Someone')}</span> <span>${escapeHtml(c.created.slice(0, 16).replace('T', ' '))}</span><p>${escapeHtml(adfText(c.body))}</p></li>`,
      )
      .join('');
    const property = await submittedProperty(visitor, found.issueKey);
    const detail = await frames(request, visitor, 'jiraServiceManagement:portalRequestDetail', {
      portalId,
      ...(found.requestTypeId && { requestTypeId: found.requestTypeId }),
      requestKey: found.issueKey,
      requestProperty: property,
    });
    return page(
      visitor,
      found.issueKey,
      `<div class="crumbs"><a href="${HELP_CENTER}">Help Center</a> / <a href="/servicedesk/customer/portal/${portalId}">Portal</a> / ${escapeHtml(found.issueKey)}</div>
<section class="card"><h1>${escapeHtml(field('summary') ?? '')}</h1>
<p><span class="status" data-testid="request-status">${escapeHtml(found.currentStatus.status)}</span> ${escapeHtml(found.issueKey)}</p>
${field('description') ? `<p>${escapeHtml(field('description')!)}</p>` : ''}
<h2>Activity</h2>${activity ? `<ul class="comments">${activity}</ul>` : '<p>No activity yet.</p>'}</section>
<section aria-label="Apps">${detail}</section>`,
    );
  };

  /** The properties the create panel stored on the request, read as the visitor. */
  const submittedProperty = async (visitor: Visitor, key: string) => {
    const values: Record<string, unknown> = {};
    for (const propertyKey of portalSubmittedKeys(sim, key)) {
      const answer: JiraResponse = await as(
        visitor.accountId,
        'GET',
        `/rest/api/3/issue/${key}/properties/${encodeURIComponent(propertyKey)}`,
      );
      if (answer.status === 200) values[propertyKey] = (answer.body as { value: unknown }).value;
    }
    return values;
  };

  const profile = async (request: http.IncomingMessage, visitor: Visitor) => {
    const panels = await frames(request, visitor, 'jiraServiceManagement:portalProfilePanel', {
      page: 'profile',
    });
    return page(
      visitor,
      'Profile',
      `<div class="crumbs"><a href="${HELP_CENTER}">Help Center</a></div>
<section class="card"><h1>${escapeHtml(visitor.name)}</h1><p>Time zone: ${escapeHtml(visitor.timeZone)}</p></section>
<section aria-label="Apps">${panels}</section>`,
    );
  };

  return [
    async (request, url) => {
      if (url.pathname !== '/servicedesk/customer/user/login' || request.method !== 'GET')
        return undefined;
      const accountId = url.searchParams.get('as');
      if (!accountId) return login(new URL(HELP_CENTER, url));
      const back = url.searchParams.get('back') ?? '';
      return redirect(back.startsWith('/servicedesk/') ? back : HELP_CENTER, [
        `sim-user=${encodeURIComponent(accountId)}; Path=/; SameSite=Lax`,
        `${PORTAL_LOGGED_OUT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`,
      ]);
    },
    async (request, url) => {
      if (url.pathname !== '/servicedesk/customer/user/logout' || request.method !== 'POST')
        return undefined;
      const accountId = portalVisitor(request);
      return redirect(HELP_CENTER, [
        `${PORTAL_LOGGED_OUT_COOKIE}=${encodeURIComponent(accountId)}; Path=/; SameSite=Lax`,
      ]);
    },
    async (request, url, body) => {
      const isHelpCenter = url.pathname === HELP_CENTER;
      const isProfile = url.pathname === '/servicedesk/customer/user/profile';
      const portal = PORTAL_PATH.exec(url.pathname);
      if (!isHelpCenter && !isProfile && !portal) return undefined;
      const visitor = await visitorOf(request);
      if (!visitor) return login(url);
      if (isHelpCenter) return request.method === 'GET' ? helpCenter(visitor) : undefined;
      if (isProfile) return request.method === 'GET' ? profile(request, visitor) : undefined;
      const [, portalId, rest = ''] = portal!;
      if (rest === '' && request.method === 'GET') return portalHome(visitor, portalId!);
      const createMatch = CREATE_PATH.exec(rest);
      if (createMatch && request.method === 'GET')
        return createForm(request, visitor, portalId!, createMatch[1]!);
      if (createMatch && request.method === 'POST')
        return create(request, visitor, portalId!, createMatch[1]!, body);
      const keyMatch = REQUEST_KEY.exec(rest);
      if (keyMatch && request.method === 'GET')
        return requestPage(request, visitor, portalId!, keyMatch[1]!);
      return undefined;
    },
  ];
}

interface CommentJson {
  author?: { displayName?: string };
  created: string;
  body: unknown;
}

/** The plain text of an Atlassian Document Format body. */
function adfText(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const { text, content } = node as { text?: unknown; content?: unknown };
  const own = typeof text === 'string' ? text : '';
  return own + (Array.isArray(content) ? content.map(adfText).join(' ') : '');
}
