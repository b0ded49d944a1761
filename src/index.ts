/**
 * The Forge entry points named in manifest.yml (`handler: index.<name>`). Each builds the Forge
 * context and hands over to the app's handler in `handlers.ts`, which the simulator runs too.
 */
import { forgeContext } from './forge/forgeContext';
import { forgeResolver } from './forge/forgeResolver';
import { HANDLER_TIME_LIMIT_SECONDS } from './forge/timeLimits';
import { appHandlers, appResolvers, type AppHandlerName } from './handlers';
import { retryBudgetFor } from './jira/retry';

/** A fresh context for one invocation of `handler`, its Jira retries within its time limit. */
const contextOf = (handler: AppHandlerName) =>
  forgeContext(retryBudgetFor(HANDLER_TIME_LIMIT_SECONDS[handler]));

export const productEventTrigger = (event: Parameters<typeof appHandlers.productEventTrigger>[0]) =>
  appHandlers.productEventTrigger(event, contextOf('productEventTrigger'));
export const evaluationConsumer = (event: Parameters<typeof appHandlers.evaluationConsumer>[0]) =>
  appHandlers.evaluationConsumer(event, contextOf('evaluationConsumer'));
export const slaSweep = (event: unknown) => appHandlers.slaSweep(event, contextOf('slaSweep'));
export const customerReportSchedule = (event: unknown) =>
  appHandlers.customerReportSchedule(event, contextOf('customerReportSchedule'));
export const qualityEventsConsumer = (
  event: Parameters<typeof appHandlers.qualityEventsConsumer>[0],
) => appHandlers.qualityEventsConsumer(event, contextOf('qualityEventsConsumer'));
export const qualityRecurrence = (event: unknown) =>
  appHandlers.qualityRecurrence(event, contextOf('qualityRecurrence'));
export const managementSchedule = (event: unknown) =>
  appHandlers.managementSchedule(event, contextOf('managementSchedule'));
export const survicateWebhook = (request: Parameters<typeof appHandlers.survicateWebhook>[0]) =>
  appHandlers.survicateWebhook(request, contextOf('survicateWebhook'));
export const environmentVersionWebhook = (
  request: Parameters<typeof appHandlers.environmentVersionWebhook>[0],
) => appHandlers.environmentVersionWebhook(request, contextOf('environmentVersionWebhook'));
export const devLoopEventsConsumer = (
  event: Parameters<typeof appHandlers.devLoopEventsConsumer>[0],
) => appHandlers.devLoopEventsConsumer(event, contextOf('devLoopEventsConsumer'));
export const jsmCsatSweep = (event: unknown) =>
  appHandlers.jsmCsatSweep(event, contextOf('jsmCsatSweep'));
export const sqlMigrations = (event: unknown) =>
  appHandlers.sqlMigrations(event, contextOf('sqlMigrations'));

export const issuePanelResolver = forgeResolver(appResolvers.issuePanelResolver);
export const workListResolver = forgeResolver(appResolvers.workListResolver);
export const adminResolver = forgeResolver(appResolvers.adminResolver);
export const capaPanelResolver = forgeResolver(appResolvers.capaPanelResolver);
export const portalResolver = forgeResolver(appResolvers.portalResolver);
