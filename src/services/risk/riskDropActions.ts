import type { AppContext } from '../appContext';

/** Daily: an action-plan issue for each area owner whose score dropped, once per area and month. */
export async function raiseRiskDropActions(_ctx: AppContext): Promise<void> {
  // Being built (#14).
}
