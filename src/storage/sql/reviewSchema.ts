/**
 * Forge SQL tables of the issued management review packs (immutable once issued). Instants are
 * BIGINT epoch ms, as in `schema.ts`.
 */

/** A BIGINT column: written as a number, read as a number or, from MySQL drivers, a string. */
type BigIntColumn = number;

export interface ReviewDatabase {
  review_packs: ReviewPacksTable;
}

/**
 * One issued revision of a period's management review pack: only ever inserted. The unique
 * (period, revision) is the claim two issuers at once cannot both win.
 */
export interface ReviewPacksTable {
  pack_id: string;
  /** `YYYY-MM..YYYY-MM` (`reviewPeriodKey`). */
  period: string;
  period_from: string;
  period_to: string;
  time_zone: string;
  revision: number;
  /** SHA-256 (hex) of `content`, the pack's canonical JSON. */
  content_hash: string;
  content: string;
  issued_at: BigIntColumn;
  issued_by: string;
}
