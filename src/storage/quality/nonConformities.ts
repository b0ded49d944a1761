import type { Selectable } from 'kysely';
import { NEW_CAPA, type Capa } from '../../domain/quality/capa';
import type { NonConformitiesTable } from '../sql/qualitySchema';
import type { SqlDatabase } from '../sql/schema';

/**
 * Non-conformities in SQL: the row, its links to feedback, and once-only notices. A row is
 * claimed before its Jira issue exists (`issue_key` then holds `pending:<nc_id>`): for a group,
 * the unique `open_group_key` makes the claim, so two jobs at once never raise two open
 * non-conformities for one group. Rows are updated (the CAPA state) but never deleted; every
 * change is also appended to the audit trail by the services.
 */

export interface NonConformity {
  readonly id: string;
  /** The Jira issue, or null while the claim waits for it (`pending:`). */
  readonly issueKey: string | null;
  readonly groupKey: string | null;
  readonly open: boolean;
  readonly raisedAt: number;
  readonly raisedBy: string;
  readonly reason: string;
  readonly capa: Capa;
  readonly updatedAt: number;
}

const PENDING = 'pending:';

const fromRow = (row: Selectable<NonConformitiesTable>): NonConformity => ({
  id: row.nc_id,
  issueKey: row.issue_key.startsWith(PENDING) ? null : row.issue_key,
  groupKey: row.group_key,
  open: row.closed_at === null,
  raisedAt: Number(row.raised_at),
  raisedBy: row.raised_by,
  reason: row.reason,
  capa: JSON.parse(row.capa) as Capa,
  updatedAt: Number(row.updated_at),
});

/**
 * Claims a new non-conformity before its issue is created. With a group key, answers false (and
 * stores nothing) when the group already has an open one: the unique `open_group_key` decides,
 * also between two jobs running at once.
 */
export async function claimNonConformity(
  db: SqlDatabase,
  claim: {
    readonly id: string;
    readonly groupKey: string | null;
    readonly raisedAt: number;
    readonly raisedBy: string;
    readonly reason: string;
  },
): Promise<boolean> {
  try {
    await db
      .insertInto('non_conformities')
      .values({
        nc_id: claim.id,
        issue_key: `${PENDING}${claim.id}`,
        group_key: claim.groupKey,
        open_group_key: claim.groupKey,
        raised_at: claim.raisedAt,
        raised_by: claim.raisedBy,
        reason: claim.reason.slice(0, 4000),
        capa: JSON.stringify(NEW_CAPA),
        capa_step: NEW_CAPA.step,
        check_due_at: null,
        closed_at: null,
        updated_at: claim.raisedAt,
      })
      .execute();
    return true;
  } catch (error) {
    // The engines word a duplicate key differently: whether the group is now taken decides.
    if (claim.groupKey !== null && (await openNonConformityOfGroup(db, claim.groupKey))) {
      return false;
    }
    throw error;
  }
}

/** Records the Jira issue of a claimed non-conformity. */
export async function recordIssueKey(db: SqlDatabase, id: string, issueKey: string): Promise<void> {
  await db
    .updateTable('non_conformities')
    .set({ issue_key: issueKey })
    .where('nc_id', '=', id)
    .where('issue_key', '=', `${PENDING}${id}`)
    .execute();
}

export async function openNonConformityOfGroup(
  db: SqlDatabase,
  groupKey: string,
): Promise<NonConformity | undefined> {
  const row = await db
    .selectFrom('non_conformities')
    .selectAll()
    .where('open_group_key', '=', groupKey)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** Open non-conformities of groups, by group key. */
export async function openGroupNonConformities(
  db: SqlDatabase,
): Promise<Map<string, NonConformity>> {
  const rows = await db
    .selectFrom('non_conformities')
    .selectAll()
    .where('open_group_key', 'is not', null)
    .execute();
  return new Map(rows.map((row) => [row.open_group_key!, fromRow(row)]));
}

/** Claims whose issue was never recorded (the job stopped between claim and create). */
export async function pendingNonConformities(db: SqlDatabase): Promise<NonConformity[]> {
  const rows = await db
    .selectFrom('non_conformities')
    .selectAll()
    .where('issue_key', 'like', `${PENDING}%`)
    .where('closed_at', 'is', null)
    .execute();
  return rows.map(fromRow);
}

/**
 * Gives up a claim whose issue Jira refused to create (a project or issue type that does not
 * exist, a missing permission): the row stays, closed and off its group, so the next run may
 * claim the group again once the settings are right.
 */
export async function abandonClaim(db: SqlDatabase, id: string, at: number): Promise<void> {
  await db
    .updateTable('non_conformities')
    .set({ closed_at: at, open_group_key: null, updated_at: at })
    .where('nc_id', '=', id)
    .where('issue_key', '=', `${PENDING}${id}`)
    .execute();
}

export async function nonConformityOfIssue(
  db: SqlDatabase,
  issueKey: string,
): Promise<NonConformity | undefined> {
  const row = await db
    .selectFrom('non_conformities')
    .selectAll()
    .where('issue_key', '=', issueKey)
    .executeTakeFirst();
  return row && fromRow(row);
}

/** Non-conformities whose CAPA is at `step`. */
export async function nonConformitiesAtStep(
  db: SqlDatabase,
  step: Capa['step'],
): Promise<NonConformity[]> {
  const rows = await db
    .selectFrom('non_conformities')
    .selectAll()
    .where('capa_step', '=', step)
    .where('issue_key', 'not like', `${PENDING}%`)
    .execute();
  return rows.map(fromRow);
}

/**
 * Replaces the CAPA state if it is still `nc.capa` (compare and set): answers false when someone
 * else changed it first, so no change is lost. Closing frees the group for a new one.
 */
export async function updateCapa(
  db: SqlDatabase,
  nc: NonConformity,
  after: Capa,
  at: number,
): Promise<boolean> {
  const closed = after.step === 'closed';
  // Only closing changes the group's hold: the CAPA never leaves `closed` again (`applyCapa`).
  const result = await db
    .updateTable('non_conformities')
    .set({
      capa: JSON.stringify(after),
      capa_step: after.step,
      check_due_at: after.checkDueAt,
      closed_at: closed ? (after.closedAt ?? at) : null,
      ...(closed && { open_group_key: null }),
      updated_at: at,
    })
    .where('nc_id', '=', nc.id)
    .where('capa', '=', JSON.stringify(nc.capa))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Links feedback to a non-conformity once: answers whether this call made the link (the key
 * (nc_id, feedback_id) refuses a second).
 */
export async function linkFeedback(
  db: SqlDatabase,
  link: { ncId: string; feedbackId: string; caseKey: string | null; at: number },
): Promise<boolean> {
  try {
    await db
      .insertInto('non_conformity_links')
      .values({
        nc_id: link.ncId,
        feedback_id: link.feedbackId,
        case_key: link.caseKey,
        linked_at: link.at,
      })
      .execute();
    return true;
  } catch (error) {
    const exists = await db
      .selectFrom('non_conformity_links')
      .select('nc_id')
      .where('nc_id', '=', link.ncId)
      .where('feedback_id', '=', link.feedbackId)
      .executeTakeFirst();
    if (exists) return false;
    throw error;
  }
}

/** The links of non-conformities, as `ncId|feedbackId`. */
export async function linkedFeedback(
  db: SqlDatabase,
  ncIds: readonly string[],
): Promise<Set<string>> {
  if (ncIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('non_conformity_links')
    .select(['nc_id', 'feedback_id'])
    .where('nc_id', 'in', ncIds)
    .execute();
  return new Set(rows.map((r) => `${r.nc_id}|${r.feedback_id}`));
}

export async function linksOf(
  db: SqlDatabase,
  ncId: string,
): Promise<{ feedbackId: string; caseKey: string | null; linkedAt: number }[]> {
  const rows = await db
    .selectFrom('non_conformity_links')
    .selectAll()
    .where('nc_id', '=', ncId)
    .orderBy('linked_at')
    .orderBy('feedback_id')
    .execute();
  return rows.map((r) => ({
    feedbackId: r.feedback_id,
    caseKey: r.case_key,
    linkedAt: Number(r.linked_at),
  }));
}

/** Claims a notice about a non-conformity: answers true only the first time. */
export async function claimNotice(
  db: SqlDatabase,
  ncId: string,
  notice: string,
  at: number,
): Promise<boolean> {
  try {
    await db
      .insertInto('non_conformity_notices')
      .values({ nc_id: ncId, notice, claimed_at: at })
      .execute();
    return true;
  } catch (error) {
    const exists = await db
      .selectFrom('non_conformity_notices')
      .select('nc_id')
      .where('nc_id', '=', ncId)
      .where('notice', '=', notice)
      .executeTakeFirst();
    if (exists) return false;
    throw error;
  }
}
