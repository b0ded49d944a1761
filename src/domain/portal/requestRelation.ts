/**
 * How a portal viewer stands to one request, for what the portal shows them of it. JSM decides
 * who may see a request (its reporter, participants, people it is shared with, agents); the
 * contract decides who speaks for the request's customer. Seeing a request is not speaking for
 * its organisation: a participant from another organisation sees the goals, not the contract.
 */

/** The viewer of a request on the portal. */
export interface RequestViewer {
  readonly accountId: string;
  /** Ids of the contract customers the viewer is a contact of. */
  readonly customerIds: readonly string[];
  /** A customer's view (not staff): only customers' ratings count in CSAT. */
  readonly isCustomer: boolean;
}

/** The request, as far as who it belongs to. */
export interface RequestParties {
  /** The reporter's account id; null when Jira shows none. */
  readonly reporterId: string | null;
  /** The contract customer's id the request is for; null or absent when it names none. */
  readonly customer?: string | null;
}

/**
 * Whether the viewer is a contact of the request's customer: only then does the portal name the
 * organisation's agreement (its name is the customer's contract, not the viewer's).
 */
export function speaksForRequestCustomer(viewer: RequestViewer, request: RequestParties): boolean {
  return typeof request.customer === 'string' && viewer.customerIds.includes(request.customer);
}

/**
 * Whether the viewer may rate the request: a customer (never staff) who reported it or speaks
 * for its customer. A participant from elsewhere may see it, but the rating is not theirs.
 */
export function mayRateRequest(viewer: RequestViewer, request: RequestParties): boolean {
  if (!viewer.isCustomer) return false;
  return request.reporterId === viewer.accountId || speaksForRequestCustomer(viewer, request);
}
