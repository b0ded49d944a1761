/**
 * The customer portal's demo: two customers' contacts raise a request each through the portal's
 * own flow, as a person would: the create panel's resolver (as the customer, on portal 1's
 * "Report an incident") offers their agreement and the choice the panel submits, and the portal
 * creates the request with JSM's `POST /request` as the customer and stores the choice as the
 * request's `slm-portal-request` property, from which the app sets the request's customer,
 * environment and priority. Fjellheim's request is then answered and resolved by an agent, so
 * Ingrid can rate it; Schultz's stays open with its goals running.
 */
import { appResolvers } from '../../handlers';
import { PORTAL_CHOICE_PROPERTY, type PortalCreateView } from '../../resolvers/portalViews';
import { createPortalRequest } from '../portal/createPortalRequest';
import type { Simulator } from '../simulator';
import { JiraActions } from './jiraActions';
import { DEMO_PORTAL_ID, DEMO_USERS } from './site';

export const PORTAL_DEMO_CUSTOMERS = {
  /** Mette Schultz, contact of Schultz A/S: an open incident. */
  schultz: 'cust-mette-schultz',
  /** Ingrid Bakke, contact of Fjellheim Drift AS: a resolved incident she can rate. */
  fjellheim: 'cust-ingrid-bakke',
} as const;

/** "Report an incident", the first request type of portal 1 (site.ts). */
const INCIDENT_REQUEST_TYPE = 1;

/** What the create panel offers the customer and would submit, from the app's own resolver. */
async function panelChoice(sim: Simulator, accountId: string, payload: Record<string, unknown>) {
  const answer = await appResolvers.portalResolver.getPortalCreateOptions!(
    payload,
    {
      accountId,
      accountType: 'customer',
      portal: { portalId: DEMO_PORTAL_ID, requestTypeId: INCIDENT_REQUEST_TYPE },
    },
    sim.forge.resolverContext(accountId),
  );
  await sim.forge.settle();
  if (!answer.ok) throw new Error(`The create panel refused ${accountId}: ${answer.error.message}`);
  const { choice } = answer.data as PortalCreateView;
  if (!choice) throw new Error(`The create panel offers ${accountId} nothing to choose`);
  return choice;
}

async function raise(
  sim: Simulator,
  accountId: string,
  summary: string,
  description: string,
  payload: Record<string, unknown> = {},
): Promise<string> {
  const choice = await panelChoice(sim, accountId, payload);
  const result = await createPortalRequest(sim, {
    accountId,
    serviceDeskId: String(DEMO_PORTAL_ID),
    requestTypeId: String(INCIDENT_REQUEST_TYPE),
    summary,
    description,
    submission: { fields: [{ key: PORTAL_CHOICE_PROPERTY, value: choice }], isValid: true },
  });
  if (!result.ok) throw new Error(`The portal refused ${accountId}'s request: ${result.message}`);
  return result.issueKey;
}

/** Raises the portal's demo requests; returns their keys. */
export async function setUpPortalDemo(
  sim: Simulator,
): Promise<{ readonly open: string; readonly resolved: string }> {
  const act = new JiraActions(sim);
  const open = await raise(
    sim,
    PORTAL_DEMO_CUSTOMERS.schultz,
    'Order confirmations are not sent',
    'Customers ordering in the web shop get no confirmation e-mail since this morning.',
  );
  const resolved = await raise(
    sim,
    PORTAL_DEMO_CUSTOMERS.fjellheim,
    'Night batch stopped at the export step',
    'The export to the warehouse did not run tonight; the log ends at "export started".',
  );
  const agent = DEMO_USERS.agents[1];
  await act.assign(agent, resolved, agent);
  await act.transition(agent, resolved, 'In Progress');
  await act.comment(
    agent,
    resolved,
    'The export job hung on a locked file; we cleared the lock and re-ran the export, which has now completed.',
  );
  await act.transition(agent, resolved, 'Resolved');
  return { open, resolved };
}
