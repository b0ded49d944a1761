/**
 * What the customer portal's modules answer (`static/portal`, type-only imports): the request
 * create property panel, the request detail and the profile panel. Only customer-facing figures:
 * no internal (OLA) goal, no other customer's agreement or report ever reaches these views.
 */
import type { ReportDownload } from './views';

/**
 * The issue property the create panel's choice is stored in: the panel hands it to the portal
 * with `view.submit({ fields: [{ key, value }], isValid })`, and the portal saves each field as
 * an issue property of the new request
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-request-create-property-panel/).
 */
export const PORTAL_CHOICE_PROPERTY = 'slm-portal-request';
export const PORTAL_CHOICE_FORMAT = 'slm-portal-request/1';

/** What the customer chose while creating a request: the property's value. */
export interface PortalChoice {
  readonly format: typeof PORTAL_CHOICE_FORMAT;
  readonly customer: string;
  readonly agreement: string;
  /** Null when the agreement covers no environment to choose (or exactly one, then its id). */
  readonly environment: string | null;
  /** A priority id of the agreement's priority model. */
  readonly priority: string;
  /**
   * The app's attestation that the person the create panel answered (by account id) is a
   * contact of `customer`: a signature the panel's resolver adds, checked when the choice is
   * applied, where the reporter's e-mail address is usually hidden from the app
   * (`portalChoiceProof.ts`). Submit the choice as the resolver answered it.
   */
  readonly proof?: string;
}

/** One promise in words: "We respond within 2 business hours, Mon–Fri 08:00–16:00 Copenhagen time." */
export interface ObligationSentence {
  readonly goal: string;
  readonly text: string;
}

export interface PortalPriorityOption {
  readonly id: string;
  readonly name: string;
  /** 1 is the most urgent. */
  readonly rank: number;
}

export interface PortalEnvironmentOption {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

/** An agreement the new request may fall under, with what the customer can choose in it. */
export interface PortalAgreementOption {
  readonly id: string;
  readonly name: string;
  readonly environments: readonly PortalEnvironmentOption[];
  readonly priorities: readonly PortalPriorityOption[];
}

/**
 * The create property panel (`getPortalCreateOptions`, payload `{ agreement?, environment?,
 * priority? }`; the portal and request type come from Forge's context). `choice` is the
 * selection with defaults filled in, which the panel submits; null when there is nothing to
 * choose (then `notice` says why).
 */
export interface PortalCreateView {
  readonly customer: { readonly id: string; readonly name: string } | null;
  readonly requestType: {
    readonly id: number;
    readonly name: string;
    readonly issueType: string;
  } | null;
  readonly agreements: readonly PortalAgreementOption[];
  readonly choice: PortalChoice | null;
  readonly obligations: readonly ObligationSentence[];
  /** Why nothing is promised: not a contact of any customer, no agreement for this request type… */
  readonly notice?: string;
}

export type PortalGoalState = 'notStarted' | 'running' | 'paused' | 'met' | 'missed';

/** A customer-facing goal of a request, in the customer's words and time zone. */
export interface PortalGoalView {
  readonly goal: string;
  readonly name: string;
  readonly state: PortalGoalState;
  /** "On track", "Paused: waiting for your reply", "Met", "Missed"… */
  readonly stateText: string;
  /** The target in words: "2 business hours". */
  readonly target: string;
  /** ISO instant; the UI shows it in `PortalRequestView.timeZone`. Null unless running or paused. */
  readonly deadline: string | null;
  /** Plain words, "waiting for your reply"; null unless paused. */
  readonly pausedReason: string | null;
  readonly breached: boolean;
  readonly completedAt: string | null;
}

export interface PortalFeedbackView {
  /** Resolved, and not yet rated by this customer since it was resolved. */
  readonly canRate: boolean;
  readonly given: {
    readonly score: number;
    readonly comment: string | null;
    readonly answeredAt: string;
  } | null;
}

/**
 * The request detail (`getPortalRequest`; `ratePortalRequest` with `{ score: 1–5, comment? }`
 * answers the same view). The request comes from Forge's context, not the payload; the browser
 * can alter that context, so JSM decides as the viewer whether they may see the request.
 */
export interface PortalRequestView {
  readonly requestKey: string;
  /** The viewer's time zone, from their profile: deadlines are shown in it. */
  readonly timeZone: string;
  readonly now: string;
  /** Null unless the viewer is a contact of the request's customer (it is their contract). */
  readonly agreement: { readonly id: string; readonly name: string } | null;
  readonly goals: readonly PortalGoalView[];
  /** What we will do next and by when; null when nothing is due from us. */
  readonly ourNextStep: { readonly text: string; readonly due: string | null } | null;
  /** What we are waiting for from the customer, in words; null when nothing. */
  readonly yourNextStep: string | null;
  readonly resolved: boolean;
  readonly feedback: PortalFeedbackView;
}

/** A goal's targets per priority under an agreement, in words. */
export interface PortalObligationTable {
  readonly goal: string;
  readonly goalName: string;
  readonly issueTypes: readonly string[];
  /** "Mon–Fri 08:00–16:00 Copenhagen time", or "around the clock". */
  readonly hours: string;
  readonly targets: readonly { readonly priority: string; readonly target: string }[];
}

export interface PortalAgreementSummary {
  readonly id: string;
  readonly name: string;
  readonly product: string;
  readonly environments: readonly string[];
  /** `YYYY-MM-DD`; `validTo` exclusive, null when open-ended. */
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly obligations: readonly PortalObligationTable[];
}

export interface PortalReportSummary {
  readonly reportId: string;
  readonly agreement: { readonly id: string; readonly name: string };
  /** `YYYY-MM`. */
  readonly period: string;
  readonly revision: number;
  readonly issuedAt: string;
  /** SHA-256 (hex) of the report's canonical JSON, so the customer can check their copy. */
  readonly contentHash: string;
}

/**
 * The profile panel (`getPortalProfile`): the viewer's own organisations (contract customers
 * they are a contact of), their agreements and issued monthly reports; `downloadPortalReport`
 * with `{ reportId, format: 'html' | 'csv' }` answers a `ReportDownload`.
 */
export interface PortalProfileView {
  readonly customers: readonly {
    readonly id: string;
    readonly name: string;
    readonly agreements: readonly PortalAgreementSummary[];
    readonly reports: readonly PortalReportSummary[];
  }[];
  /** Why the list is empty, for someone who is no customer's contact. */
  readonly notice?: string;
}

export type PortalReportDownload = ReportDownload;
