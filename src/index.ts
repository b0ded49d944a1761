/**
 * The Forge entry points named in manifest.yml (`handler: index.<name>`). Each builds the Forge
 * context and hands over to the app's handler in `handlers.ts`, which the simulator runs too.
 */
import { forgeContext } from './forge/forgeContext';
import { forgeResolver } from './forge/forgeResolver';
import { appHandlers, appResolvers } from './handlers';

export const productEventTrigger = (event: Parameters<typeof appHandlers.productEventTrigger>[0]) =>
  appHandlers.productEventTrigger(event, forgeContext());
export const evaluationConsumer = (event: Parameters<typeof appHandlers.evaluationConsumer>[0]) =>
  appHandlers.evaluationConsumer(event, forgeContext());
export const slaSweep = (event: unknown) => appHandlers.slaSweep(event, forgeContext());

export const issuePanelResolver = forgeResolver(appResolvers.issuePanelResolver);
export const workListResolver = forgeResolver(appResolvers.workListResolver);
export const adminResolver = forgeResolver(appResolvers.adminResolver);
