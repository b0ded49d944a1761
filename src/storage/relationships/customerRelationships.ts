import { sql } from 'kysely';
import type { CustomerRelationship } from '../../domain/relationships/customerRelationship';
import { orderersWithContact } from '../../domain/relationships/customerRelationship';
import type {
  CustomerStanding,
  RelationshipRevision,
} from '../../domain/relationships/relationshipMeasures';
import type { SqlDatabase } from '../sql/schema';

type Row = {
  customer_id: string;
  revision: unknown;
  saved_at: unknown;
  saved_by: string;
  relationship: string;
};

/** Reads a row back; INTEGER and BIGINT columns may arrive as strings from a MySQL driver. */
const fromRow = (row: Row): RelationshipRevision => ({
  customerId: row.customer_id,
  revision: Number(row.revision),
  savedAt: Number(row.saved_at),
  savedBy: row.saved_by,
  relationship: JSON.parse(row.relationship) as CustomerRelationship,
});

export type RevisionSave =
  | { readonly saved: true; readonly revision: RelationshipRevision }
  /** Another revision was saved since `baseRevision`: nothing stored. */
  | { readonly saved: false; readonly newest: number | null };

/**
 * Appends the revision after `baseRevision` (null: the customer's first). The primary key
 * (customer, revision) is the claim: a save from an older revision than the newest is refused,
 * as is the second of two saves from the same one.
 */
export async function appendRelationshipRevision(
  db: SqlDatabase,
  save: {
    readonly customerId: string;
    readonly baseRevision: number | null;
    readonly savedAt: number;
    readonly savedBy: string;
    readonly relationship: CustomerRelationship;
  },
): Promise<RevisionSave> {
  const newest = await newestRevisionNumber(db, save.customerId);
  if (newest !== save.baseRevision) return { saved: false, newest };
  const revision: RelationshipRevision = {
    customerId: save.customerId,
    revision: (save.baseRevision ?? 0) + 1,
    savedAt: save.savedAt,
    savedBy: save.savedBy,
    relationship: save.relationship,
  };
  try {
    await db
      .insertInto('customer_relationships')
      .values({
        customer_id: revision.customerId,
        revision: revision.revision,
        saved_at: revision.savedAt,
        saved_by: revision.savedBy,
        account_manager: revision.relationship.accountManager,
        orderer_count: revision.relationship.orderers.length,
        orderers_with_contact: orderersWithContact(revision.relationship),
        relationship: JSON.stringify(revision.relationship),
      })
      .execute();
  } catch (error) {
    // The engines word a duplicate key differently: whether the revision is now there decides.
    const now = await newestRevisionNumber(db, save.customerId);
    if (now !== null && now >= revision.revision) return { saved: false, newest: now };
    throw error;
  }
  return { saved: true, revision };
}

async function newestRevisionNumber(db: SqlDatabase, customerId: string): Promise<number | null> {
  const row = await db
    .selectFrom('customer_relationships')
    .select((eb) => eb.fn.max('revision').as('newest'))
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return row?.newest === null || row?.newest === undefined ? null : Number(row.newest);
}

/** Each customer's newest revision saved before `t` (the register as it stood then). */
export async function relationshipsAsOfSql(
  db: SqlDatabase,
  t: number,
): Promise<Map<string, RelationshipRevision>> {
  const rows = await newestBefore(db, t)
    .select(['r.customer_id', 'r.revision', 'r.saved_at', 'r.saved_by', 'r.relationship'])
    .execute();
  return new Map(rows.map((row) => [row.customer_id, fromRow(row)]));
}

/** What each customer's newest revision before `t` counts for, summed in SQL's columns. */
export async function standingsAsOfSql(
  db: SqlDatabase,
  t: number,
): Promise<
  Map<string, Pick<CustomerStanding, 'hasAccountManager' | 'orderers' | 'orderersWithContact'>>
> {
  const rows = await newestBefore(db, t)
    .select(['r.customer_id', 'r.account_manager', 'r.orderer_count', 'r.orderers_with_contact'])
    .execute();
  return new Map(
    rows.map((row) => [
      row.customer_id,
      {
        hasAccountManager: row.account_manager !== null,
        orderers: Number(row.orderer_count),
        orderersWithContact: Number(row.orderers_with_contact),
      },
    ]),
  );
}

const newestBefore = (db: SqlDatabase, t: number) =>
  db
    .selectFrom('customer_relationships as r')
    .where('r.saved_at', '<', t)
    .where(
      'r.revision',
      '=',
      sql<number>`(select max(r2.revision) from customer_relationships r2
        where r2.customer_id = r.customer_id and r2.saved_at < ${t})`,
    );

/** A customer's revisions, newest first: the register's history of who changed what, when. */
export async function revisionsOf(
  db: SqlDatabase,
  customerId: string,
): Promise<RelationshipRevision[]> {
  const rows = await db
    .selectFrom('customer_relationships')
    .selectAll()
    .where('customer_id', '=', customerId)
    .orderBy('revision', 'desc')
    .limit(100)
    .execute();
  return rows.map(fromRow);
}
