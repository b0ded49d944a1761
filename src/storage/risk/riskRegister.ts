import type { RecordedApproval } from '../../domain/risk/riskApproval';
import type { RiskFields, RiskStatus } from '../../domain/risk/riskRecord';
import type { RiskApprover, RiskLevel } from '../../domain/risk/riskTrend';
import type { SqlDatabase } from '../sql/schema';
import { appendRevision } from './nextRevision';

/** A revision of a risk: what was stated, by whom and when. */
export interface RiskRevision extends RiskFields {
  readonly riskId: string;
  readonly revision: number;
  readonly changedBy: string;
  readonly changedAt: number;
}

export interface StoredRiskApproval extends RecordedApproval {
  readonly approvalId: string;
  readonly riskId: string;
  readonly revision: number;
  readonly note: string | null;
}

/**
 * Appends a revision of a risk. `baseRevision` is the one the editor saw (null for a new risk):
 * when another save came between, answers the newest revision instead of saving over it.
 */
export async function appendRiskRevision(
  db: SqlDatabase,
  riskId: string,
  baseRevision: number | null,
  fields: RiskFields,
  by: { readonly changedBy: string; readonly changedAt: number },
): Promise<{ saved: true; revision: RiskRevision } | { saved: false; newest: number }> {
  const highest = () => highestRevision(db, riskId);
  const newest = await highest();
  if ((newest ?? null) !== baseRevision) return { saved: false, newest: newest ?? 0 };
  const wanted = (baseRevision ?? 0) + 1;
  try {
    await insertRevision(db, riskId, wanted, fields, by);
  } catch (error) {
    // Another save took the number: a stale save, as the versioned settings refuse one.
    const now = await highest();
    if (now !== null && now >= wanted) return { saved: false, newest: now };
    throw error;
  }
  return { saved: true, revision: { ...fields, riskId, revision: wanted, ...by } };
}

/** Appends a revision after whatever is newest (the app's own changes, the demo). */
export async function appendRiskRevisionAfterNewest(
  db: SqlDatabase,
  riskId: string,
  fields: RiskFields,
  by: { readonly changedBy: string; readonly changedAt: number },
): Promise<number> {
  return appendRevision(
    () => highestRevision(db, riskId),
    (revision) => insertRevision(db, riskId, revision, fields, by),
  );
}

async function insertRevision(
  db: SqlDatabase,
  riskId: string,
  revision: number,
  fields: RiskFields,
  by: { readonly changedBy: string; readonly changedAt: number },
): Promise<void> {
  await db
    .insertInto('risk_revisions')
    .values({
      risk_id: riskId,
      revision,
      title: fields.title,
      description: fields.description,
      area_id: fields.area,
      owner: fields.owner,
      level: fields.level,
      mitigation: fields.mitigation,
      status: fields.status,
      changed_by: by.changedBy,
      changed_at: by.changedAt,
    })
    .execute();
}

/** Every revision of every risk (or of one), oldest first per risk. */
export async function riskRevisions(db: SqlDatabase, riskId?: string): Promise<RiskRevision[]> {
  let query = db.selectFrom('risk_revisions').selectAll();
  if (riskId !== undefined) query = query.where('risk_id', '=', riskId);
  const rows = await query.orderBy('risk_id').orderBy('revision').execute();
  return rows.map((r) => ({
    riskId: r.risk_id,
    revision: Number(r.revision),
    title: r.title,
    description: r.description,
    area: r.area_id,
    owner: r.owner,
    level: r.level as RiskLevel,
    mitigation: r.mitigation,
    status: r.status as RiskStatus,
    changedBy: r.changed_by,
    changedAt: Number(r.changed_at),
  }));
}

export async function appendRiskApproval(
  db: SqlDatabase,
  approval: StoredRiskApproval,
): Promise<void> {
  await db
    .insertInto('risk_approvals')
    .values({
      approval_id: approval.approvalId,
      risk_id: approval.riskId,
      revision: approval.revision,
      level: approval.level,
      body: approval.body,
      approved_by: approval.approvedBy,
      approved_at: approval.approvedAt,
      note: approval.note,
    })
    .execute();
}

/** Every approval (or a risk's), oldest first. */
export async function riskApprovals(
  db: SqlDatabase,
  riskId?: string,
): Promise<StoredRiskApproval[]> {
  let query = db.selectFrom('risk_approvals').selectAll();
  if (riskId !== undefined) query = query.where('risk_id', '=', riskId);
  const rows = await query.orderBy('approved_at').orderBy('approval_id').execute();
  return rows.map((r) => ({
    approvalId: r.approval_id,
    riskId: r.risk_id,
    revision: Number(r.revision),
    level: r.level as RiskLevel,
    body: r.body as RiskApprover,
    approvedBy: r.approved_by,
    approvedAt: Number(r.approved_at),
    note: r.note,
  }));
}

/** The risk's newest revision number, or null before its first. */
async function highestRevision(db: SqlDatabase, riskId: string): Promise<number | null> {
  const row = await db
    .selectFrom('risk_revisions')
    .select((eb) => eb.fn.max('revision').as('revision'))
    .where('risk_id', '=', riskId)
    .executeTakeFirst();
  return row?.revision == null ? null : Number(row.revision);
}
