/**
 * The Forge product events (`avi:jira:…`) the simulated Jira raises, in the shapes of Forge's
 * Jira events reference: the issue as `{ id, key, fields }` with a few fields, users as
 * `{ accountId }`, and `atlassianId` for the account that caused the event.
 */
import { formatJiraTimestamp } from './jiraTime';
import {
  adfToText,
  issueTypeJson,
  projectSummary,
  statusDetails,
  versionJson,
} from './representations';
import type {
  Actor,
  CommentRecord,
  HistoryRecord,
  IssueRecord,
  IssueTypeRecord,
  JiraState,
  ProjectRecord,
  StatusRecord,
  VersionRecord,
} from './state';
import type { EventIssue, EventUser, ProductEvent } from './types';

const user = (accountId: string | null): EventUser | null =>
  accountId === null ? null : { accountId };

/** The issue as events carry it. */
export function eventIssue(jira: JiraState, issue: IssueRecord): EventIssue {
  return {
    id: issue.id,
    key: issue.key,
    fields: {
      summary: issue.summary,
      issuetype: issueTypeJson(jira.issueTypes.get(issue.issueTypeId) as IssueTypeRecord),
      creator: user(issue.creatorId),
      created: formatJiraTimestamp(issue.created),
      project: projectSummary(jira.projects.get(issue.projectId) as ProjectRecord),
      reporter: user(issue.reporterId),
      assignee: user(issue.assigneeId),
      updated: formatJiraTimestamp(issue.updated),
      status: statusDetails(jira.statuses.get(issue.statusId) as StatusRecord),
    },
  };
}

export function issueCreatedEvent(jira: JiraState, issue: IssueRecord, actor: Actor): ProductEvent {
  return {
    eventType: 'avi:jira:created:issue',
    issue: eventIssue(jira, issue),
    atlassianId: actor.accountId,
  };
}

export function issueUpdatedEvent(
  jira: JiraState,
  issue: IssueRecord,
  actor: Actor,
  history: HistoryRecord,
): ProductEvent {
  return {
    eventType: 'avi:jira:updated:issue',
    issue: eventIssue(jira, issue),
    atlassianId: actor.accountId,
    changelog: { id: history.id, items: history.items.map((item) => ({ ...item })) },
  };
}

export function issueDeletedEvent(jira: JiraState, issue: IssueRecord, actor: Actor): ProductEvent {
  return {
    eventType: 'avi:jira:deleted:issue',
    issue: eventIssue(jira, issue),
    atlassianId: actor.accountId,
  };
}

export function issueCommentedEvent(
  jira: JiraState,
  issue: IssueRecord,
  actor: Actor,
  comment: CommentRecord,
): ProductEvent {
  return {
    eventType: 'avi:jira:commented:issue',
    issue: eventIssue(jira, issue),
    atlassianId: actor.accountId,
    comment: {
      id: comment.id,
      author: { accountId: comment.authorId },
      updateAuthor: { accountId: comment.updateAuthorId },
      body: adfToText(comment.body),
      created: formatJiraTimestamp(comment.created),
      updated: formatJiraTimestamp(comment.updated),
      jsdPublic: comment.jsdPublic,
      ...(comment.visibility
        ? { visibility: { type: comment.visibility.type, value: comment.visibility.value } }
        : {}),
    },
  };
}

/**
 * `avi:jira:set:issue-property` and `avi:jira:deleted:issue-property`: an issue property was
 * written or deleted (event names and their `read:jira-work` scope from `@forge/manifest`'s
 * product-event mapping). Forge's events reference documents no payload for them; the simulator
 * gives the shape of its other issue events: the issue, the account, and the property's key
 * (with the value written).
 */
export function issuePropertyEvent(
  jira: JiraState,
  issue: IssueRecord,
  actor: Actor,
  property: { key: string; value?: unknown },
): ProductEvent {
  return {
    eventType:
      'value' in property ? 'avi:jira:set:issue-property' : 'avi:jira:deleted:issue-property',
    issue: eventIssue(jira, issue),
    atlassianId: actor.accountId,
    property: structuredClone(property),
  };
}

export function versionEvent(
  jira: JiraState,
  eventType: 'avi:jira:created:version' | 'avi:jira:updated:version' | 'avi:jira:released:version',
  version: VersionRecord,
  actor: Actor,
): ProductEvent {
  return { eventType, version: versionJson(version, jira.now()), atlassianId: actor.accountId };
}
