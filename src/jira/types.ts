/** The parts of Jira's REST v3 payloads the app reads, named as Jira names them. */

export interface JiraUser {
  readonly accountId: string;
  readonly displayName?: string;
  /** Left out, or null, unless the user's profile shows the address (profile visibility). */
  readonly emailAddress?: string | null;
  /** `atlassian` for agents, `customer` for Jira Service Management portal customers, `app` for apps. */
  readonly accountType?: string;
}

export interface JiraNamed {
  readonly id: string;
  readonly name: string;
}

/** A field of the site, as `GET /rest/api/3/field` lists it. */
export interface JiraField {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly custom: boolean;
  readonly schema?: { readonly type?: string; readonly custom?: string };
}

export interface JiraIssueFields {
  readonly summary?: string;
  readonly status?: JiraNamed & { readonly statusCategory?: { readonly key: string } };
  readonly priority?: JiraNamed;
  readonly issuetype?: JiraNamed;
  readonly project?: { readonly id: string; readonly key: string; readonly name?: string };
  readonly assignee?: JiraUser | null;
  readonly reporter?: JiraUser | null;
  readonly created?: string;
  readonly updated?: string;
  readonly resolution?: JiraNamed | null;
  readonly labels?: readonly string[];
  /** The issue's comments, as many as Jira puts in the field: `total` counts them all. */
  readonly comment?: {
    readonly comments: readonly JiraComment[];
    readonly startAt?: number;
    readonly total?: number;
  };
  readonly [customField: string]: unknown;
}

export interface JiraIssue {
  readonly id: string;
  readonly key: string;
  readonly fields: JiraIssueFields;
  readonly properties?: Readonly<Record<string, unknown>>;
}

export interface ChangelogItem {
  readonly field: string;
  readonly fieldId?: string;
  readonly fieldtype?: string;
  readonly from?: string | null;
  readonly fromString?: string | null;
  readonly to?: string | null;
  readonly toString?: string | null;
}

export interface Changelog {
  readonly id: string;
  readonly author?: JiraUser;
  readonly created: string;
  readonly items: readonly ChangelogItem[];
}

/** Atlassian Document Format: the rich-text shape of comments in REST v3. */
export interface AdfNode {
  readonly type: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, unknown>>;
  readonly marks?: readonly {
    readonly type: string;
    readonly attrs?: Readonly<Record<string, unknown>>;
  }[];
  readonly content?: readonly AdfNode[];
}

export interface AdfDocument extends AdfNode {
  readonly type: 'doc';
  readonly version: 1;
}

export interface JiraComment {
  readonly id: string;
  readonly author?: JiraUser;
  readonly body?: AdfDocument | string;
  readonly created: string;
  /** Set when the comment is restricted to a role or group: not public. */
  readonly visibility?: { readonly type: string; readonly value: string } | null;
  /** Jira Service Management: false for internal notes. */
  readonly jsdPublic?: boolean;
}

/** The body of `POST /rest/api/3/issue/{issueIdOrKey}/notify`. */
export interface NotificationBody {
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody?: string;
  readonly to: {
    readonly users?: readonly { readonly accountId: string }[];
    readonly groups?: readonly { readonly name: string }[];
    readonly assignee?: boolean;
    readonly reporter?: boolean;
    readonly watchers?: boolean;
  };
}
