import api, { assumeTrustedRoute, webTrigger } from '@forge/api';
import { kvs } from '@forge/kvs';
import { JiraClient } from '../jira/jiraClient';
import { retryBudgetFor, type RetryBudget } from '../jira/retry';
import { querySearch, type JiraTransport } from '../jira/transport';
import type { ResolverContext } from '../resolvers/resolverKit';
import type { AppContext } from '../services/appContext';
import { ContractRepository } from '../storage/contractRepository';
import type { BatchKeyValueStore } from '../storage/keyValueStore';
import type { SecretStore } from '../storage/secretStore';
import { isKeyConflict, MAX_QUERY_LIMIT } from '../storage/kvsRules';
import { evaluationQueue } from './evaluationQueue';
import { qualityEventsQueue } from './qualityEventsQueue';
import { devLoopEventsQueue } from './devLoopEventsQueue';
import { forgeSql, runForgeMigrations } from './forgeSql';
import { RESOLVER_TIME_LIMIT_SECONDS } from './timeLimits';

/** Jira through Forge's `requestJira`, as the app or as the user who called a resolver. */
export function forgeTransport(as: 'app' | 'user'): JiraTransport {
  const requester = as === 'app' ? api.asApp() : api.asUser();
  return async ({ method, path, query, body }) => {
    const search = query ? `?${querySearch(query)}` : '';
    const response = await requester.requestJira(assumeTrustedRoute(`${path}${search}`), {
      method,
      headers: {
        Accept: 'application/json',
        ...(body !== undefined && { 'Content-Type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => (headers[name.toLowerCase()] = value));
    return { status: response.status, headers, body: text ? safeJson(text) : undefined };
  };
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/**
 * Forge KVS behind the app's storage port. Keys come from `storageKeys.ts`, so they match the
 * platform's rules (`kvsRules.ts`); a refusal (a 400) is a bug and is thrown, never taken for a
 * lost claim.
 */
export const forgeStore: BatchKeyValueStore = {
  get: (key) => kvs.get(key),
  set: (key, value) => kvs.set(key, value as object),
  async claim(key, value) {
    try {
      await kvs.set(key, value as object, { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch (error) {
      // The key exists: another invocation claimed it first.
      if (isKeyConflict(error)) return false;
      throw error;
    }
  },
  delete: (key) => kvs.delete(key),
  batchGet: (keys) => kvs.batchGet(keys.map((key) => ({ key }))),
  batchSet: (entries) => kvs.batchSet(entries.map(({ key, value }) => ({ key, value }))),
  batchDelete: (keys) => kvs.batchDelete(keys.map((key) => ({ key }))),
  async keys(prefix) {
    const keys: string[] = [];
    let cursor: string | undefined;
    do {
      let query = kvs
        .query()
        .where('key', { condition: 'BEGINS_WITH', values: [prefix] })
        .limit(MAX_QUERY_LIMIT);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      keys.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor);
    return keys;
  },
};

// Kept across warm invocations, so a compiled contract is reused until a new version is saved.
const contracts = new ContractRepository(forgeStore);
const queue = evaluationQueue();
const qualityEvents = qualityEventsQueue();
const devLoopEvents = devLoopEventsQueue();
/** KVS's secret store (@forge/kvs `getSecret`, `setSecret`, `deleteSecret`). */
const forgeSecrets: SecretStore = {
  getSecret: (key) => kvs.getSecret(key),
  setSecret: (key, value) => kvs.setSecret(key, value),
  deleteSecret: (key) => kvs.deleteSecret(key),
};

/**
 * The app's context on Forge: Jira as the app, KVS, Forge SQL, the evaluation queue, the real clock. One
 * per invocation: its Jira retries wait within `budget`, the invocation's share of its time
 * limit (`retryBudgetFor`).
 */
export function forgeContext(budget: RetryBudget): AppContext {
  return {
    jira: new JiraClient(forgeTransport('app'), { budget }),
    store: forgeStore,
    entities: kvs,
    contracts,
    sql: forgeSql,
    migrateSql: runForgeMigrations,
    queue,
    qualityEvents,
    devLoopEvents,
    secrets: forgeSecrets,
    // https://developer.atlassian.com/platform/forge/runtime-reference/web-trigger/
    webTriggerUrl: (moduleKey) => webTrigger.getUrl(moduleKey),
    now: () => Date.now(),
    log: (message, details) => console.log(JSON.stringify({ message, ...details })),
  };
}

/**
 * The context of a resolver on Forge: the app's, plus Jira as the user who opened the screen,
 * both retrying within one budget that fits the resolver's 25 s.
 */
export function forgeResolverContext(): ResolverContext {
  const budget = retryBudgetFor(RESOLVER_TIME_LIMIT_SECONDS);
  return {
    ...forgeContext(budget),
    jiraAsUser: new JiraClient(forgeTransport('user'), { budget }),
  };
}
