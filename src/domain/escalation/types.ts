/** What the app does on an issue when a goal crosses a threshold. */
export type EscalationAction =
  /** Adds a comment (ADF); `{issue}`, `{goal}`, `{threshold}` and `{deadline}` are filled in. */
  | { readonly type: 'comment'; readonly text: string }
  /** Sends Jira's issue notification to users (account ids), groups, the assignee or the reporter. */
  | {
      readonly type: 'notify';
      readonly users?: readonly string[];
      readonly groups?: readonly string[];
      readonly assignee?: boolean;
      readonly reporter?: boolean;
      readonly text?: string;
    }
  | { readonly type: 'assign'; readonly accountId: string }
  /** Raises the Jira priority to `to`, or without it one internal rank up in the agreement's model. */
  | { readonly type: 'raisePriority'; readonly to?: string }
  | { readonly type: 'addLabel'; readonly label: string };

/** A goal's escalation: at a warning fraction (one of the goal's `warnAt`) or at the breach. */
export interface Escalation {
  readonly at: number | 'breach';
  readonly actions: readonly EscalationAction[];
}
