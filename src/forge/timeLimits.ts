import type { AppHandlerName } from '../handlers';

/**
 * How long Forge lets each of the app's functions run, in seconds (Invocation limits,
 * https://developer.atlassian.com/platform/forge/limits-invocation/): 25 s for a resolver and a
 * product-event trigger; a function only a consumer or a scheduled trigger references has 55 s,
 * or its `timeoutSeconds` in manifest.yml (up to 900). Each invocation's Jira retries are
 * budgeted from these (`retryBudgetFor`); test/manifest.test.ts holds them to manifest.yml.
 */
export const RESOLVER_TIME_LIMIT_SECONDS = 25;

export const HANDLER_TIME_LIMIT_SECONDS: Readonly<Record<AppHandlerName, number>> = {
  productEventTrigger: 25,
  evaluationConsumer: 900,
  slaSweep: 55,
  customerReportSchedule: 55,
  // A consumer without `timeoutSeconds` in manifest.yml.
  qualityEventsConsumer: 55,
  // A web trigger has 55 s (Invocation limits, "Runtime seconds (web-triggers)").
  survicateWebhook: 55,
  environmentVersionWebhook: 55,
  devLoopEventsConsumer: 55,
  jsmCsatSweep: 55,
  qualityRecurrence: 55,
  managementSchedule: 55,
  // Also a life-cycle event trigger's, so a product trigger's limit.
  sqlMigrations: 25,
};
