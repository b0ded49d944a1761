/**
 * The portal's create panel on the simulated demo site, as Forge calls its resolver: as the
 * viewer, with the portal and request type from the extension context; every Jira request the
 * call makes recorded as `METHOD path`.
 */
import { portalCreateResolvers } from '../../src/resolvers/portalCreate';
import type { PortalCreateView } from '../../src/resolvers/portalViews';
import type { PortalAccountType } from '../../src/resolvers/resolverKit';
import { DEMO_PORTAL_ID } from '../../src/simulator/demo/site';
import type { Simulator } from '../../src/simulator/simulator';

/** "Report an incident" and "Report a recurring problem" (DEMO_REQUEST_TYPES, ids in order). */
export const INCIDENT_REQUEST_TYPE = 1;
export const PROBLEM_REQUEST_TYPE = 3;

export type PanelAnswer =
  | { ok: true; data: PortalCreateView }
  | { ok: false; error: { code: string; message: string; errors?: unknown[] } };

export interface PanelOptions {
  readonly requestTypeId?: number;
  readonly accountType?: PortalAccountType;
}

export function createPanel(sim: Simulator) {
  const open = async (
    accountId: string,
    payload: unknown = {},
    { requestTypeId = INCIDENT_REQUEST_TYPE, accountType = 'customer' }: PanelOptions = {},
  ): Promise<{ answer: PanelAnswer; requests: string[] }> => {
    const from = sim.jira.requestLog.length;
    const call = {
      accountId,
      accountType,
      portal: { portalId: DEMO_PORTAL_ID, requestTypeId },
    };
    const answer = (await portalCreateResolvers.getPortalCreateOptions!(
      payload,
      call,
      sim.forge.resolverContext(accountId),
    )) as PanelAnswer;
    const requests = sim.jira.requestLog.slice(from).map((r) => `${r.method} ${r.path}`);
    return { answer, requests };
  };
  const view = async (...args: Parameters<typeof open>): Promise<PortalCreateView> => {
    const { answer } = await open(...args);
    if (!answer.ok) throw new Error(JSON.stringify(answer.error));
    return answer.data;
  };
  return { open, view };
}
