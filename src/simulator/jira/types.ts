/**
 * The simulated Jira's public shapes: a request and its response as plain objects (no HTTP),
 * the product events it raises, and the inputs that seed it with users, projects and fields.
 */

/** One REST call, as `requestJira` would send it. */
export interface JiraRequest {
  method: string;
  /** e.g. `/rest/api/3/issue/SUP-1`; a `?query` on the path is merged into `query`. */
  path: string;
  /** A list value is a repeated parameter (`accountId=a&accountId=b`). */
  query?: Readonly<Record<string, string | readonly string[]>>;
  /** The parsed JSON body. */
  body?: unknown;
  /** The caller: a user's account id, or `null` for the app itself (`asApp`). */
  accountId: string | null;
  /**
   * The app's scopes (manifest.yml `permissions.scopes`) when the app sends the request through
   * Forge's `requestJira`, as itself or as a user: Forge refuses an operation they do not cover
   * (`appScopes.ts`). Absent for a person's own request in Jira, which no app scope limits.
   */
  scopes?: readonly string[];
}

/** Jira's answer: status, headers and the parsed JSON body (absent for 204). */
export interface JiraResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** A user as the `avi:jira:*` events carry one. */
export interface EventUser {
  accountId: string;
}

/** The issue in an issue or comment event: id, key and a few fields. */
export interface EventIssue {
  id: string;
  key: string;
  fields: {
    summary?: string;
    issuetype?: unknown;
    creator?: EventUser | null;
    created?: string;
    project?: unknown;
    reporter?: EventUser | null;
    assignee?: EventUser | null;
    updated?: string;
    status?: unknown;
  };
}

/** One changed field, as in Jira's changelog. */
export interface ChangelogItem {
  field: string;
  fieldtype: string;
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

/** The comment in `avi:jira:commented:issue`; its `body` is plain text (REST has the ADF). */
export interface EventComment {
  id: string;
  author: EventUser;
  updateAuthor: EventUser;
  body: string;
  created: string;
  updated: string;
  jsdPublic: boolean;
  visibility?: { type: string; value: string };
}

/** A Forge product event (`avi:jira:…`) in the shape Forge delivers to a trigger. */
export interface ProductEvent {
  eventType: string;
  issue?: EventIssue;
  changelog?: { id: string; items: ChangelogItem[] };
  comment?: EventComment;
  version?: Record<string, unknown>;
  /** The account that caused the event (the app's own account for `asApp` calls). */
  atlassianId?: string | null;
  [key: string]: unknown;
}

/** One `values` entry of a `jira:entityProperty` module: a property path indexed for JQL. */
export interface IndexedPropertyDefinition {
  propertyKey: string;
  /** Dotted path inside the property value, e.g. `nextCheck` or `goals.reaction.deadline`. */
  path: string;
  type: 'string' | 'number' | 'date' | 'text' | 'user';
  /** A JQL name for the path, e.g. `slmNextCheck`. */
  searchAlias?: string;
}

export type AccountType = 'atlassian' | 'customer';

/**
 * Who a user's profile shows their e-mail address to (Atlassian account "Profile and
 * visibility"): `anyone`, or `onlyYou`, the default for accounts no organization manages. Jira
 * leaves `emailAddress` out of what it returns about a user when the address is not shown to
 * anyone; only the user sees it (`/myself`).
 * https://developer.atlassian.com/cloud/jira/platform/profile-visibility/
 */
export type EmailVisibility = 'anyone' | 'onlyYou';

/** Seeds a user: an agent (`atlassian`) or a service-desk customer (`customer`). */
export interface UserInput {
  accountId: string;
  displayName: string;
  emailAddress?: string;
  /** Default `onlyYou`, Atlassian's default: apps do not see the address. */
  emailVisibility?: EmailVisibility;
  accountType?: AccountType;
  /** e.g. `jira-administrators`, `site-admins`, `support-team`, `team-leads`. */
  groups?: string[];
  timeZone?: string;
  active?: boolean;
}

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

/** A workflow: its statuses (the first is where issues start) and transitions between them. */
export interface WorkflowDefinition {
  statuses: { name: string; category: StatusCategoryKey }[];
  transitions: {
    id: string;
    name: string;
    /** Status names the transition leaves from; `'*'` for a global transition. */
    from: string[] | '*';
    to: string;
  }[];
}

/** Seeds a project with its issue types and workflow. */
export interface ProjectInput {
  key: string;
  name: string;
  projectTypeKey?: 'service_desk' | 'software' | 'business';
  /** Issue type names; default `['Support request', 'Incident', 'Task']`. */
  issueTypes?: string[];
  workflow?: WorkflowDefinition;
  leadAccountId?: string;
}

export type CustomFieldType = 'option' | 'string' | 'number' | 'datetime' | 'object' | 'team';

/** Seeds a custom field: `option` is a single select; the others hold that JSON type. */
export interface CustomFieldInput {
  /** `customfield_<n>`. */
  id: string;
  name: string;
  type: CustomFieldType;
  /** Allowed values of an `option` field (any value is accepted when omitted). */
  options?: string[];
  /** The Forge field key (`<app-id>__<env>__<key>`) when the app owns the field. */
  key?: string;
  /** Whether the app owns the field, so `PUT /app/field/{field}/value` may write it. */
  ownedByApp?: boolean;
  description?: string;
}

/** Seeds a version of a project. */
export interface VersionInput {
  projectKey: string;
  name: string;
  description?: string;
  released?: boolean;
  archived?: boolean;
  /** `yyyy-MM-dd`. */
  releaseDate?: string;
  startDate?: string;
}

/** Seeds a priority (Highest…Lowest are there from the start). */
/** Seeds a team of the organisation (Atlassian Teams), which a `team` field can name. */
export interface TeamInput {
  /** A team id is a UUID, as on Atlassian's platform. */
  id: string;
  name: string;
}

export interface PriorityInput {
  name: string;
  id?: string;
  statusColor?: string;
  description?: string;
}

/** An e-mail Jira was asked to send with `POST /issue/{issue}/notify`. */
export interface SentNotification {
  issueId: string;
  issueKey: string;
  /** Who asked: a user's account id, or the app's. */
  from: string;
  at: number;
  subject?: string;
  textBody?: string;
  htmlBody?: string;
  /** The `to` object as sent. */
  to: unknown;
  restrict?: unknown;
  /** The account ids `to` resolves to (users, group members, reporter, assignee, watchers). */
  recipients: string[];
}
