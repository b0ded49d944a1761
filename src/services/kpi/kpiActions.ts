import type { AppContext } from '../appContext';

/** Daily: an action issue for each KPI's owner whose KPI missed its target or worsened twice, once per KPI and month. */
export async function raiseKpiActions(_ctx: AppContext): Promise<void> {
  // Being built (#14).
}
