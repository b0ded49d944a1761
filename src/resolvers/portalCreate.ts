/**
 * The customer portal's request create property panel
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-request-create-property-panel/):
 * while a customer fills in a new request, it offers the agreements of their organisation that
 * cover the request type, with environment and priority, and says in words what we promise.
 * The panel submits the choice as the `slm-portal-request` property; the app applies it when it
 * first evaluates the request (`applyPortalChoice`).
 */
import { obligationSentences } from '../domain/portal/obligationSentences';
import {
  portalOptionsFor,
  readPortalSelection,
  selectPortalChoice,
  type PortalAgreementChoice,
} from '../domain/portal/portalOptions';
import type { ContractModel } from '../domain/contract/compileContract';
import { portalChoiceProof } from '../services/portal/portalChoiceProof';
import { portalChoiceKey } from '../storage/portalChoiceKey';
import { requirePortalViewer } from './portalAccess';
import type { PortalCreateView } from './portalViews';
import {
  invalid,
  resolver,
  ResolverError,
  type ResolverCall,
  type ResolverContext,
  type ResolverDefinitions,
} from './resolverKit';

/** Said to someone who speaks for no customer of the contract: nothing is promised to them. */
export const NOT_A_CONTACT_NOTICE =
  'Your account is not listed as a contact of any of our customers, so no service levels ' +
  'apply to this request. Ask your organisation to add you as a contact.';

const noAgreementNotice = (requestType: string) =>
  `None of your organisation's agreements covers "${requestType}" requests, so no service ` +
  'levels are promised for this request.';

/** The request type being created, and the name of the issue type it raises. */
interface CreatedRequestType {
  readonly id: number;
  readonly name: string;
  readonly issueType: string;
}

/**
 * The request type of the panel, from Forge's context (not the payload; the browser can alter
 * it): asked of JSM as the viewer, so only a request type they may use is found; its issue type's name asked as the app
 * (issue types are site configuration a portal customer may not browse). 404 when not found.
 */
async function createdRequestType(
  call: ResolverCall,
  ctx: ResolverContext,
): Promise<CreatedRequestType> {
  const { portalId, requestTypeId } = call.portal ?? {};
  if (portalId === undefined || requestTypeId === undefined) {
    throw new ResolverError(
      'invalid',
      'This panel only works while creating a request on the customer portal.',
    );
  }
  const type = await ctx.jiraAsUser.findRequestType(
    (t) => String(t.id) === String(requestTypeId) && String(t.portalId) === String(portalId),
  );
  const issueType = type && (await ctx.jira.issueType(String(type.issueTypeId)));
  if (!type || !issueType) {
    throw new ResolverError(
      'notFound',
      'This request type does not exist on this portal, or you cannot use it.',
    );
  }
  return { id: requestTypeId, name: type.name, issueType: issueType.name };
}

/**
 * The panel's view for what the payload chose (defaults filled in); the choice carries the
 * app's proof that the viewer is a contact of its customer, for when it is applied.
 */
function createView(
  model: ContractModel,
  requestType: CreatedRequestType,
  options: readonly PortalAgreementChoice[],
  payload: unknown,
  viewerId: string,
  proofKey: string,
): PortalCreateView {
  const selection = selectPortalChoice(payload, options);
  if (!selection.ok) throw invalid(selection.errors);
  const choice = selection.choice && {
    ...selection.choice,
    proof: portalChoiceProof(proofKey, viewerId, selection.choice.customer),
  };
  const option = choice && options.find((o) => o.id === choice.agreement);
  const agreement = option && model.contract.agreements.find((a) => a.id === option.id);
  return {
    customer: option ? { id: option.customer.id, name: option.customer.name } : null,
    requestType,
    agreements: options.map(({ id, name, environments, priorities }) => ({
      id,
      name,
      environments,
      priorities,
    })),
    choice,
    obligations:
      choice && agreement
        ? obligationSentences(model.contract, agreement, requestType.issueType, choice.priority)
        : [],
    ...(options.length === 0 && { notice: noAgreementNotice(requestType.name) }),
  };
}

export const portalCreateResolvers: ResolverDefinitions = {
  /**
   * Payload `{ agreement?, environment?, priority? }`: what the customer picked so far; each
   * must be one of the options, left out it is the default. Requests: `myself` as the viewer;
   * for a contact also JSM's request types as the viewer (one page of 100) and the issue type
   * as the app.
   */
  getPortalCreateOptions: resolver(async (payload, call, ctx): Promise<PortalCreateView> => {
    const viewer = await requirePortalViewer(call, ctx);
    const shape = readPortalSelection(payload);
    if (!shape.ok) throw invalid(shape.errors);
    if (!viewer.model || viewer.customers.length === 0) {
      // Checked before asking Jira anything more: there is nothing to offer them.
      return {
        customer: null,
        requestType: null,
        agreements: [],
        choice: null,
        obligations: [],
        notice: NOT_A_CONTACT_NOTICE,
      };
    }
    const requestType = await createdRequestType(call, ctx);
    const options = portalOptionsFor(viewer.model, viewer.customers, {
      issueType: requestType.issueType,
      at: ctx.now(),
    });
    const proofKey = await portalChoiceKey(ctx.secrets);
    return createView(viewer.model, requestType, options, payload, viewer.user.accountId, proofKey);
  }),
};
