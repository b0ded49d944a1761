/**
 * The simulated site's data: every record, the id counters and the lookups handlers share.
 * Records hold Jira's data in the simulator's own form (ids, epoch ms); `representations.ts`
 * turns them into Jira's JSON.
 */
import {
  APP_ACCOUNT_ID,
  APP_DISPLAY_NAME,
  DEFAULT_LINK_TYPES,
  DEFAULT_PRIORITIES,
  DEFAULT_RESOLUTIONS,
  type IssueLinkTypeRecord,
} from './catalog';
import { issueNotFound } from './errors';
import { PropertyIndexes } from './propertyIndex';
import type {
  ChangelogItem,
  CustomFieldType,
  EmailVisibility,
  IndexedPropertyDefinition,
  ProductEvent,
  SentNotification,
  StatusCategoryKey,
} from './types';
import type { CompiledWorkflow } from './workflow';

export interface UserRecord {
  accountId: string;
  displayName: string;
  emailAddress?: string;
  /** Who the profile shows the e-mail address to (see `visibleEmail`). */
  emailVisibility?: EmailVisibility;
  accountType: 'atlassian' | 'customer' | 'app';
  groups: string[];
  timeZone: string;
  active: boolean;
}

export interface StatusRecord {
  id: string;
  name: string;
  category: StatusCategoryKey;
}

export interface IssueTypeRecord {
  id: string;
  name: string;
}

export interface ProjectRecord {
  id: string;
  key: string;
  name: string;
  projectTypeKey: 'service_desk' | 'software' | 'business';
  issueTypeIds: string[];
  workflow: CompiledWorkflow;
  leadAccountId: string | null;
  nextIssueNumber: number;
}

export interface PriorityRecord {
  id: string;
  name: string;
  statusColor: string;
  description: string;
}

/** A team of Atlassian Teams: the organisation's, not a project's; a `team` field names one. */
export interface TeamRecord {
  id: string;
  name: string;
}

export interface ResolutionRecord {
  id: string;
  name: string;
  description: string;
}

export interface CustomFieldRecord {
  id: string;
  numericId: number;
  name: string;
  type: CustomFieldType;
  /** Allowed options of an `option` field; null accepts any value (options are made as used). */
  options: { id: string; value: string }[] | null;
  /** Options made on the fly for an `option` field without a fixed list. */
  madeOptions: { id: string; value: string }[];
  key?: string;
  ownedByApp: boolean;
  description?: string;
}

export interface VersionRecord {
  id: string;
  projectId: string;
  name: string;
  description?: string;
  released: boolean;
  archived: boolean;
  releaseDate?: string;
  startDate?: string;
}

export interface CommentRecord {
  id: string;
  authorId: string;
  updateAuthorId: string;
  /** Atlassian Document Format. */
  body: unknown;
  created: number;
  updated: number;
  visibility?: { type: 'group' | 'role'; value: string; identifier?: string };
  jsdPublic: boolean;
  properties?: { key: string; value: unknown }[];
}

export interface HistoryRecord {
  id: string;
  authorId: string;
  created: number;
  items: ChangelogItem[];
}

export interface LinkRecord {
  id: string;
  typeId: string;
  inwardIssueId: string;
  outwardIssueId: string;
}

/** A long-running task Jira ran (`GET /task/{taskId}`); the simulator runs them at once. */
export interface TaskRecord {
  id: string;
  description: string;
  submittedBy: string;
  /** When it was submitted, started and finished: the same instant here. */
  at: number;
}

export interface IssueRecord {
  id: string;
  key: string;
  projectId: string;
  /** The number after the project key, for ordering keys. */
  number: number;
  summary: string;
  description: unknown;
  issueTypeId: string;
  statusId: string;
  priorityId: string | null;
  assigneeId: string | null;
  reporterId: string | null;
  creatorId: string;
  created: number;
  updated: number;
  statusCategoryChanged: number;
  resolutionId: string | null;
  resolutionDate: number | null;
  labels: string[];
  /** The `duedate` field, `YYYY-MM-DD` (a date without time); absent or null when not set. */
  dueDate?: string | null;
  fixVersionIds: string[];
  /** Custom field values by field id: option id, string, number, epoch ms or any JSON. */
  customFields: Map<string, unknown>;
  properties: Map<string, unknown>;
  comments: CommentRecord[];
  histories: HistoryRecord[];
}

/** Who is calling: a seeded user or the app. */
export interface Actor {
  accountId: string;
  user: UserRecord;
  isApp: boolean;
}

const APP_USER: UserRecord = {
  accountId: APP_ACCOUNT_ID,
  displayName: APP_DISPLAY_NAME,
  accountType: 'app',
  groups: [],
  timeZone: 'UTC',
  active: true,
};

/**
 * A Jira Service Management service desk: a service project with its customer portal (the
 * portal's id is the desk's, as on most Cloud sites) and the customers who may raise requests
 * on it.
 */
export interface ServiceDeskRecord {
  id: string;
  projectId: string;
  portalId: string;
  customerIds: Set<string>;
}

/** A request type of a service desk: the portal's name for raising one kind of issue. */
export interface RequestTypeRecord {
  id: string;
  serviceDeskId: string;
  name: string;
  description: string;
  helpText: string;
  issueTypeId: string;
  groupIds: string[];
  /**
   * The fields on the request type's form, by field id: the only `requestFieldValues` JSM takes
   * when a request is raised through it (the Customer field, say, is not one).
   */
  fieldIds: string[];
  /**
   * The names customers see for workflow statuses, by workflow status name ("Open" may read
   * "Waiting for support" on the portal); a status not listed shows its own name.
   */
  customerStatusNames: Record<string, string>;
}

/** A customer's CSAT rating of a request, as JSM keeps it. */
export interface RequestFeedbackRecord {
  readonly rating: number;
  readonly comment: string | null;
  readonly at: number;
}

export class JiraState {
  readonly users = new Map<string, UserRecord>([[APP_ACCOUNT_ID, APP_USER]]);
  readonly statuses = new Map<string, StatusRecord>();
  readonly issueTypes = new Map<string, IssueTypeRecord>();
  readonly projects = new Map<string, ProjectRecord>();
  readonly priorities: PriorityRecord[] = DEFAULT_PRIORITIES.map((p) => ({ ...p }));
  readonly resolutions: ResolutionRecord[] = DEFAULT_RESOLUTIONS.map((r) => ({ ...r }));
  readonly linkTypes: IssueLinkTypeRecord[] = DEFAULT_LINK_TYPES.map((t) => ({ ...t }));
  readonly customFields = new Map<string, CustomFieldRecord>();
  readonly teams = new Map<string, TeamRecord>();
  readonly versions = new Map<string, VersionRecord>();
  readonly issues = new Map<string, IssueRecord>();
  readonly links = new Map<string, LinkRecord>();
  readonly tasks = new Map<string, TaskRecord>();
  readonly notifications: SentNotification[] = [];
  /** Jira Service Management's CSAT feedback on requests, by issue id (`serviceDeskRoutes.ts`). */
  readonly requestFeedback = new Map<string, RequestFeedbackRecord>();
  /** JSM's service desks by id, their request types by id, and each request's type by issue id. */
  readonly serviceDesks = new Map<string, ServiceDeskRecord>();
  readonly requestTypes = new Map<string, RequestTypeRecord>();
  readonly requestTypeOfIssue = new Map<string, string>();
  readonly propertyIndexes: PropertyIndexes;

  private readonly issueIdsByKey = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  constructor(
    readonly now: () => number,
    readonly emit: (event: ProductEvent) => void,
    entityProperties: readonly IndexedPropertyDefinition[],
  ) {
    this.propertyIndexes = new PropertyIndexes(entityProperties);
  }

  /** The next id of a kind of record; ids are numeric strings, as Jira's are. */
  nextId(kind: string, first = 10000): string {
    const next = this.counters.get(kind) ?? first;
    this.counters.set(kind, next + 1);
    return String(next);
  }

  /** The caller of a request; `null` for the app, undefined for an unknown account. */
  actor(accountId: string | null): Actor | undefined {
    const id = accountId ?? APP_ACCOUNT_ID;
    const user = this.users.get(id);
    return user ? { accountId: id, user, isApp: id === APP_ACCOUNT_ID } : undefined;
  }

  addIssue(issue: IssueRecord): void {
    this.issues.set(issue.id, issue);
    this.issueIdsByKey.set(issue.key.toUpperCase(), issue.id);
  }

  removeIssue(issue: IssueRecord): void {
    this.issues.delete(issue.id);
    this.issueIdsByKey.delete(issue.key.toUpperCase());
    this.propertyIndexes.removeIssue(Number(issue.id));
    for (const [id, link] of this.links) {
      if (link.inwardIssueId === issue.id || link.outwardIssueId === issue.id)
        this.links.delete(id);
    }
  }

  /** An issue by id or key (keys are case-insensitive). */
  issue(idOrKey: string): IssueRecord | undefined {
    const id = /^\d+$/.test(idOrKey) ? idOrKey : this.issueIdsByKey.get(idOrKey.toUpperCase());
    return id === undefined ? undefined : this.issues.get(id);
  }

  /** An issue by id or key, or Jira's 404. */
  requireIssue(idOrKey: string): IssueRecord {
    const issue = this.issue(idOrKey);
    if (!issue) throw issueNotFound();
    return issue;
  }

  /** A project by id or key (keys are case-insensitive). */
  project(idOrKey: string): ProjectRecord | undefined {
    const direct = this.projects.get(idOrKey);
    if (direct) return direct;
    const upper = idOrKey.toUpperCase();
    for (const project of this.projects.values()) if (project.key === upper) return project;
    return undefined;
  }

  statusByName(name: string): StatusRecord | undefined {
    const lower = name.toLowerCase();
    for (const status of this.statuses.values())
      if (status.name.toLowerCase() === lower) return status;
    return undefined;
  }

  issueTypeByName(name: string): IssueTypeRecord | undefined {
    const lower = name.toLowerCase();
    for (const type of this.issueTypes.values()) if (type.name.toLowerCase() === lower) return type;
    return undefined;
  }

  priority(id: string): PriorityRecord | undefined {
    return this.priorities.find((p) => p.id === id);
  }

  resolution(id: string): ResolutionRecord | undefined {
    return this.resolutions.find((r) => r.id === id);
  }

  /** A custom field by id (`customfield_10050`) or, for app fields, by Forge key. */
  customField(idOrKey: string): CustomFieldRecord | undefined {
    const direct = this.customFields.get(idOrKey);
    if (direct) return direct;
    for (const field of this.customFields.values()) if (field.key === idOrKey) return field;
    return undefined;
  }

  /** Every option an `option` field knows: its fixed list, or the ones made so far. */
  fieldOptions(field: CustomFieldRecord): { id: string; value: string }[] {
    return field.options ?? field.madeOptions;
  }

  /** Records a changelog entry on an issue and returns it. */
  recordHistory(issue: IssueRecord, actor: Actor, items: ChangelogItem[]): HistoryRecord {
    const history = {
      id: this.nextId('history'),
      authorId: actor.accountId,
      created: this.now(),
      items,
    };
    issue.histories.push(history);
    return history;
  }
}
