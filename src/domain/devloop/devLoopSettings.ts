/**
 * How the development loop talks to development and to the customer: where hand-overs go, how
 * the two issues are linked, the customer-visible wordings, and how a fixed case is closed.
 */

/** The customer-visible comments the loop writes on the case, as templates (`devLoopTemplate.ts`). */
export interface DevLoopWordings {
  /** When the case is handed over. Placeholders: {devKey}, {caseKey}. */
  readonly handedOver: string;
  /** When the development issue's status changes. Placeholders: {devKey}, {status}. */
  readonly devStatusChanged: string;
  /** When the development issue is resolved with a fix version. Placeholders: {devKey}, {version}. */
  readonly fixedIn: string;
  /** When an environment runs the fix. Placeholders: {version}, {environment}, {devKey}. */
  readonly readyToTest: string;
}

export interface DevLoopSettings {
  /** The Jira project development issues are created in; null: no hand-over yet. */
  readonly devProjectKey: string | null;
  /** The issue type's name in that project, e.g. "Bug". */
  readonly devIssueType: string;
  /** The issue link type's name joining the case and the development issue. */
  readonly linkType: string;
  readonly wordings: DevLoopWordings;
  /** The status a fixed case moves to (the transition to it is found by its target status). */
  readonly resolvedStatus: string;
  /** The resolution set on that transition; null: none (the workflow sets it). */
  readonly resolution: string | null;
}

/** Until an admin saves: no development project (so no hand-over), Jira's usual names. */
export const DEFAULT_DEV_LOOP_SETTINGS: DevLoopSettings = {
  devProjectKey: null,
  devIssueType: 'Bug',
  linkType: 'Relates',
  wordings: {
    handedOver: 'We have passed your request to our development team ({devKey}).',
    devStatusChanged: 'Development update: {devKey} is now "{status}".',
    fixedIn: 'Good news: the fix for your request will be part of version {version}.',
    readyToTest:
      'Version {version} with the fix for your request is now installed in {environment}. ' +
      'Please test it there; we are closing this request.',
  },
  resolvedStatus: 'Resolved',
  resolution: 'Done',
};
