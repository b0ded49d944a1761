/**
 * The Forge entry points named in manifest.yml. Each is a one-line adapter: it builds the
 * Forge context and hands over to the app's own handler, which the local simulator calls too.
 */
import { forgeContext } from './forge/forgeContext';
import { onEvaluationJob, type EvaluationJob } from './triggers/evaluationConsumer';
import { onProductEvent, type ProductEvent } from './triggers/issueEvents';
import { onSlaSweep } from './triggers/slaSweep';

export const productEventTrigger = (event: ProductEvent) => onProductEvent(event, forgeContext());
export const evaluationConsumer = (event: { body: EvaluationJob }) =>
  onEvaluationJob(event.body, forgeContext());
export const slaSweep = () => onSlaSweep(forgeContext());
