import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { entityDefinitions, type EntityDefinition } from './customEntityStore';

const INTERVAL_MS: Record<string, number> = {
  fiveMinute: 5 * 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

/** What the simulator needs from manifest.yml to run the app as Forge would. */
export interface ManifestModules {
  /** Product event type → the triggers that subscribe to it. */
  readonly productEvents: ReadonlyMap<string, readonly TriggerSubscription[]>;
  /** `webtrigger` module key → the handler name (`survicateWebhook`). */
  readonly webTriggers: ReadonlyMap<string, string>;
  /** Queue key → its consumer. */
  readonly consumers: ReadonlyMap<string, QueueConsumer>;
  readonly scheduled: readonly { readonly handler: string; readonly intervalMs: number }[];
  /** Indexed properties of `jira:entityProperty`, for the simulated JQL. */
  readonly entityProperties: readonly {
    readonly propertyKey: string;
    readonly path: string;
    readonly type: 'string' | 'number' | 'date' | 'text' | 'user';
    readonly searchAlias?: string;
  }[];
  /** Custom UI modules by key: their kind, built resource folder and resolver handler name. */
  readonly uiModules: ReadonlyMap<string, UiModule>;
  /** `permissions.scopes`: what Forge lets the app's Jira calls do. */
  readonly scopes: readonly string[];
  /** `app.storage.entities`: the custom entities the app may store, and their indexes. */
  readonly entities: readonly EntityDefinition[];
}

export interface TriggerSubscription {
  /** The handler name (`productEventTrigger`). */
  readonly handler: string;
  /** `filter.ignoreSelf`: Forge drops the events the app caused itself. */
  readonly ignoreSelf: boolean;
}

export interface QueueConsumer {
  /** The handler name (`evaluationConsumer`). */
  readonly handler: string;
  /** The function's `timeoutSeconds` (Forge's default: 55). */
  readonly timeoutSeconds: number;
}

/** A function's runtime limit when the manifest sets none (Invocation limits). */
const DEFAULT_TIMEOUT_SECONDS = 55;

/** The customer portal's module kinds (Jira Service Management). */
export const PORTAL_KINDS = [
  'jiraServiceManagement:portalRequestCreatePropertyPanel',
  'jiraServiceManagement:portalRequestDetail',
  'jiraServiceManagement:portalProfilePanel',
] as const;
export type PortalKind = (typeof PORTAL_KINDS)[number];

/** Who besides licensed users a module lets run the app (`unlicensedAccess`). */
export type UnlicensedAccount = 'customer' | 'unlicensed' | 'anonymous';
const UNLICENSED_ACCOUNTS: readonly UnlicensedAccount[] = ['customer', 'unlicensed', 'anonymous'];

/**
 * Portal modules whose reference says "It does not support anonymous access", so Forge refuses
 * `anonymous` in their `unlicensedAccess`
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-request-detail/,
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-profile-panel/).
 */
const NO_ANONYMOUS: readonly string[] = [
  'jiraServiceManagement:portalRequestDetail',
  'jiraServiceManagement:portalProfilePanel',
];

export interface UiModule {
  readonly kind: 'jira:issuePanel' | 'jira:globalPage' | 'jira:adminPage' | PortalKind;
  readonly title: string;
  /**
   * `unlicensedAccess`: the unlicensed account types that may run the module; empty (licensed
   * users only) unless the manifest lists some
   * (https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-jsm-users/).
   */
  readonly unlicensedAccess: readonly UnlicensedAccount[];
  /** The resource's path in the repository, e.g. `static/issue-panel/build`. */
  readonly resourcePath: string;
  /** The resolver's handler name (`issuePanelResolver`). */
  readonly resolver: string;
  /**
   * A full page's sub-pages in Jira's sidebar (`pages`), or its one page (`route`): the app
   * routes between them with `view.createHistory()`.
   */
  readonly pages: readonly { readonly title: string; readonly route: string }[];
}

interface RawManifest {
  modules: Record<string, Record<string, unknown>[] | undefined>;
  resources?: { key: string; path: string }[];
  permissions?: { scopes?: string[] };
  app?: { storage?: { entities?: unknown } };
}

const UI_KINDS = ['jira:issuePanel', 'jira:globalPage', 'jira:adminPage', ...PORTAL_KINDS] as const;

/** Reads the modules of a manifest; `index.productEventTrigger` becomes `productEventTrigger`. */
export function manifestModules(file: string): ManifestModules {
  const {
    modules,
    resources = [],
    permissions,
    app,
  } = parse(readFileSync(file, 'utf8')) as RawManifest;
  const list = (name: string) => modules[name] ?? [];
  const handlerOf = new Map(
    list('function').map((f) => [String(f.key), String(f.handler).replace(/^index\./, '')]),
  );
  const handler = (functionKey: unknown) => {
    const name = handlerOf.get(String(functionKey));
    if (!name) throw new Error(`manifest.yml: no function "${String(functionKey)}"`);
    return name;
  };

  const productEvents = new Map<string, TriggerSubscription[]>();
  for (const trigger of list('trigger')) {
    const subscription = { handler: handler(trigger.function), ignoreSelf: ignoreSelf(trigger) };
    for (const event of trigger.events as unknown[]) {
      if (typeof event !== 'string')
        throw new Error(
          `manifest.yml: trigger ${String(trigger.key)}: the simulator takes only event names`,
        );
      productEvents.set(event, [...(productEvents.get(event) ?? []), subscription]);
    }
  }
  const timeoutOf = new Map(
    list('function').map((f) => [
      String(f.key),
      Number(f.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS),
    ]),
  );
  return {
    productEvents,
    webTriggers: new Map(list('webtrigger').map((w) => [String(w.key), handler(w.function)])),
    consumers: new Map(
      list('consumer').map((c) => [
        String(c.queue),
        { handler: handler(c.function), timeoutSeconds: timeoutOf.get(String(c.function))! },
      ]),
    ),
    scheduled: list('scheduledTrigger').map((s) => {
      const intervalMs = INTERVAL_MS[String(s.interval)];
      if (!intervalMs) throw new Error(`manifest.yml: unknown interval "${String(s.interval)}"`);
      return { handler: handler(s.function), intervalMs };
    }),
    entityProperties: list('jira:entityProperty').flatMap((module) =>
      (
        module.values as {
          path: string;
          type: ManifestModules['entityProperties'][number]['type'];
          searchAlias?: string;
        }[]
      ).map((value) => ({ propertyKey: String(module.propertyKey), ...value })),
    ),
    uiModules: new Map(
      UI_KINDS.flatMap((kind) =>
        list(kind).map((m): [string, UiModule] => {
          const resource = resources.find((r) => r.key === m.resource);
          if (!resource)
            throw new Error(`manifest.yml: module ${String(m.key)} names no known resource`);
          return [
            String(m.key),
            {
              kind,
              title: String(m.title),
              unlicensedAccess: unlicensedAccessOf(kind, m),
              resourcePath: resource.path,
              resolver: handler((m.resolver as { function: string }).function),
              pages: pagesOf(m),
            },
          ];
        }),
      ),
    ),
    scopes: permissions?.scopes ?? [],
    entities: entityDefinitions(app?.storage?.entities),
  };
}

/**
 * A module's `unlicensedAccess`, checked as Forge checks it when the app is deployed: only
 * `customer`, `unlicensed` and `anonymous`, only on portal modules, and never `anonymous` on a
 * module that does not support anonymous access.
 */
function unlicensedAccessOf(
  kind: string,
  module: Record<string, unknown>,
): readonly UnlicensedAccount[] {
  const value = module.unlicensedAccess;
  if (value === undefined) return [];
  const where = `manifest.yml: module ${String(module.key)}: unlicensedAccess`;
  if (!Array.isArray(value)) throw new Error(`${where} must be a list`);
  if (!(PORTAL_KINDS as readonly string[]).includes(kind))
    throw new Error(`${where}: ${kind} does not support unlicensed access in the simulator`);
  return value.map((entry: unknown, i) => {
    const account = UNLICENSED_ACCOUNTS.find((a) => a === entry);
    if (!account)
      throw new Error(
        `${where}[${i}]: "${String(entry)}" is not one of ${UNLICENSED_ACCOUNTS.join(', ')}`,
      );
    if (account === 'anonymous' && NO_ANONYMOUS.includes(kind))
      throw new Error(`${where}[${i}]: ${kind} does not support anonymous access`);
    return account;
  });
}

/** A module's `pages` (title and route), or its own title and `route` when it has none. */
function pagesOf(module: Record<string, unknown>): UiModule['pages'] {
  if (Array.isArray(module.pages))
    return (module.pages as { title: unknown; route: unknown }[]).map((p) => ({
      title: String(p.title),
      route: String(p.route),
    }));
  return module.route ? [{ title: String(module.title), route: String(module.route) }] : [];
}

/** A trigger's `filter`: only `ignoreSelf` is simulated, so any other filter is refused. */
function ignoreSelf(trigger: Record<string, unknown>): boolean {
  const filter = (trigger.filter ?? {}) as Record<string, unknown>;
  const unsupported = Object.keys(filter).filter((name) => name !== 'ignoreSelf');
  if (unsupported.length > 0) {
    throw new Error(
      `manifest.yml: trigger ${String(trigger.key)}: the simulator does not apply filter ${unsupported.join(', ')}`,
    );
  }
  return filter.ignoreSelf === true;
}
