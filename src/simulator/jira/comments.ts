/**
 * Issue comments: bodies in Atlassian Document Format, an optional visibility restriction, and
 * Jira Service Management's public flag (`jsdPublic`): public unless restricted, or marked
 * internal with the `sd.public.comment` property (`{ internal: true }`), as JSM does.
 */
import { fieldErrors, JiraHttpError } from './errors';
import { issueCommentedEvent } from './events';
import { isAdfDocument } from './representations';
import type { Actor, CommentRecord, IssueRecord, JiraState } from './state';

/** Whether the actor sees a comment: customers see only public, unrestricted ones. */
export function canSeeComment(actor: Actor, comment: CommentRecord): boolean {
  if (actor.isApp || actor.user.accountType === 'atlassian') return true;
  return comment.jsdPublic && comment.visibility === undefined;
}

/** The comments of an issue the actor sees, oldest first. */
export function visibleComments(actor: Actor, issue: IssueRecord): CommentRecord[] {
  return issue.comments.filter((c) => canSeeComment(actor, c));
}

/**
 * Adds a comment from a `Comment` request body (`{ body, visibility?, properties? }`), bumps the
 * issue's `updated` and raises `avi:jira:commented:issue`.
 */
export function addComment(
  jira: JiraState,
  issue: IssueRecord,
  actor: Actor,
  input: unknown,
): CommentRecord {
  const comment = parseComment(jira, actor, input);
  issue.comments.push(comment);
  issue.updated = comment.created;
  jira.emit(issueCommentedEvent(jira, issue, actor, comment));
  return comment;
}

function parseComment(jira: JiraState, actor: Actor, input: unknown): CommentRecord {
  if (typeof input !== 'object' || input === null) {
    throw new JiraHttpError(400, ['The request body is not a comment.']);
  }
  const { body, visibility, properties } = input as {
    body?: unknown;
    visibility?: unknown;
    properties?: unknown;
  };
  if (body === undefined || body === null || body === '') {
    throw fieldErrors({ comment: 'Comment body can not be empty!' });
  }
  if (!isAdfDocument(body)) {
    throw fieldErrors({
      comment: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
    });
  }
  let restriction: CommentRecord['visibility'];
  if (visibility !== undefined && visibility !== null) {
    const v = visibility as { type?: unknown; value?: unknown; identifier?: unknown };
    if (
      (v.type !== 'group' && v.type !== 'role') ||
      typeof (v.value ?? v.identifier) !== 'string'
    ) {
      throw fieldErrors({ commentLevel: 'Visibility must be a group or a role with a value.' });
    }
    restriction = {
      type: v.type,
      value: String(v.value ?? v.identifier),
      ...(typeof v.identifier === 'string' ? { identifier: v.identifier } : {}),
    };
  }
  let commentProperties: CommentRecord['properties'];
  if (properties !== undefined) {
    if (!Array.isArray(properties) || properties.some((p) => typeof p?.key !== 'string')) {
      throw new JiraHttpError(400, ['Comment properties must be a list of { key, value }.']);
    }
    commentProperties = properties.map((p: { key: string; value: unknown }) => ({
      key: p.key,
      value: structuredClone(p.value),
    }));
  }
  const internal = commentProperties?.some(
    (p) => p.key === 'sd.public.comment' && (p.value as { internal?: unknown })?.internal === true,
  );
  const now = jira.now();
  return {
    id: jira.nextId('comment'),
    authorId: actor.accountId,
    updateAuthorId: actor.accountId,
    body: structuredClone(body),
    created: now,
    updated: now,
    ...(restriction ? { visibility: restriction } : {}),
    jsdPublic: restriction === undefined && !internal,
    ...(commentProperties ? { properties: commentProperties } : {}),
  };
}
