import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { QualityAuditTable } from '../sql/qualitySchema';
import type { SqlDatabase } from '../sql/schema';

export type QualitySubject = 'feedback' | 'followUp' | 'nonConformity';

/** One change to a quality record, as a caller states it. */
export interface AuditChange {
  readonly action: string;
  readonly field: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditEntry extends AuditChange {
  readonly at: number;
  readonly actor: string;
}

/**
 * Appends changes of one subject made by `actor` at `at`, in the order given, in one statement.
 * The trail is append-only: this module has no update and no delete, and nothing else writes
 * the table. Values are kept as JSON so a before/after reads back exactly. Entries of the same
 * subject at the same instant (one job's steps, the simulator's still clock) number on after
 * those already there, so the trail reads back in the order it was written.
 */
export async function appendAudit(
  db: SqlDatabase,
  subject: { readonly type: QualitySubject; readonly id: string },
  actor: string,
  at: number,
  changes: readonly AuditChange[],
): Promise<void> {
  if (changes.length === 0) return;
  const last = await db
    .selectFrom('quality_audit')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .where('at', '=', at)
    .executeTakeFirst();
  const first = last?.seq === null || last?.seq === undefined ? 0 : Number(last.seq) + 1;
  await db
    .insertInto('quality_audit')
    .values(
      changes.map((change, i) => ({
        audit_id: randomUUID(),
        subject_type: subject.type,
        subject_id: subject.id,
        at,
        seq: first + i,
        actor,
        action: change.action,
        field: change.field,
        before_value: change.before === undefined ? null : JSON.stringify(change.before),
        after_value: change.after === undefined ? null : JSON.stringify(change.after),
      })),
    )
    .execute();
}

const fromRow = (row: Selectable<QualityAuditTable>): AuditEntry => ({
  at: Number(row.at),
  actor: row.actor,
  action: row.action,
  field: row.field,
  before: row.before_value === null ? undefined : JSON.parse(row.before_value),
  after: row.after_value === null ? undefined : JSON.parse(row.after_value),
});

/** The most entries `auditTrail` answers: enough for years of one record's history. */
export const AUDIT_TRAIL_LIMIT = 2_000;

/** A subject's trail, oldest first. */
export async function auditTrail(
  db: SqlDatabase,
  subject: { readonly type: QualitySubject; readonly id: string },
): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('quality_audit')
    .selectAll()
    .where('subject_type', '=', subject.type)
    .where('subject_id', '=', subject.id)
    .orderBy('at')
    .orderBy('seq')
    .limit(AUDIT_TRAIL_LIMIT)
    .execute();
  return rows.map(fromRow);
}
