import { Sort, WhereConditions } from '@forge/kvs';
import type { SlmProperty } from '../domain/state/slmProperty';
import type { EntityStore } from './entityStore';
import { chunks } from '../chunks';
import { BatchRefusal, isNotFound } from './batches';
import { MAX_BATCH_KEYS, MAX_QUERY_LIMIT } from './kvsRules';
import { propertyDigest } from './propertyDigest';
import { issueSlaKey } from './storageKeys';

/** The custom entity, and its index, declared in manifest.yml (`app.storage.entities`). */
export const ISSUE_SLA_ENTITY = 'issue-sla';
const BY_NEXT_CHECK = 'by-next-check';

/**
 * The app's own record of an issue's SLA state: the `slm` property it last wrote, kept where
 * only the app can write. The app decides by this record, never by the property, which anyone
 * who may edit the issue can rewrite.
 */
export interface IssueSlaRecord {
  readonly issueId: string;
  readonly issueKey: string;
  /** `propertyDigest` of the property the app wrote: tells it apart from anyone else's. */
  readonly digest: string;
  /** When the state next changes by itself (a warning or breach); absent when nothing is ahead. */
  readonly nextCheckMs?: number;
  /** The contract version of the evaluation; absent when no contract was configured. */
  readonly contractVersion?: number;
  /** The property as the app wrote it. */
  readonly property: SlmProperty;
}

/** The record of the property the app is about to write for an issue. */
export function issueSlaRecord(
  issue: { readonly id: string; readonly key: string },
  property: SlmProperty,
): IssueSlaRecord {
  return {
    issueId: issue.id,
    issueKey: issue.key,
    digest: propertyDigest(property),
    ...(property.nextCheckMs !== null && { nextCheckMs: property.nextCheckMs }),
    ...(property.contractVersion !== null && { contractVersion: property.contractVersion }),
    property,
  };
}

/**
 * Whether `value`, an `slm` property as Jira holds it, is the one the app last wrote by its
 * record: false when someone else rewrote or deleted it, or when the app has no record.
 */
export function isAppWritten(record: IssueSlaRecord | undefined, value: unknown): boolean {
  return record !== undefined && value !== undefined && record.digest === propertyDigest(value);
}

/** The records in the `issue-sla` custom entity, one per issue, by issue id. */
export class IssueSlaRecords {
  constructor(private readonly entities: EntityStore) {}

  get(issueId: string): Promise<IssueSlaRecord | undefined> {
    return this.entity().get(issueSlaKey(issueId));
  }

  save(record: IssueSlaRecord): Promise<void> {
    return this.entity().set(issueSlaKey(record.issueId), record);
  }

  delete(issueId: string): Promise<void> {
    return this.entity().delete(issueSlaKey(issueId));
  }

  /**
   * The records of `issueIds` that exist, by issue id, read 25 at a time (`kvs.batchGet`); any
   * failure other than a record not found fails the read.
   */
  async getMany(issueIds: readonly string[]): Promise<Map<string, IssueSlaRecord>> {
    const results = await Promise.all(
      chunks([...new Set(issueIds)], MAX_BATCH_KEYS).map((ids) =>
        this.entities.batchGet<IssueSlaRecord>(ids.map(this.item)),
      ),
    );
    const refused = results.flatMap((r) => r.failedKeys.filter((f) => !isNotFound(f)));
    if (refused.length > 0) throw new BatchRefusal('get', refused);
    return new Map(
      results.flatMap((r) => r.successfulKeys.map((s) => [s.value.issueId, s.value] as const)),
    );
  }

  /**
   * Saves records 25 at a time (`kvs.batchSet`). Each succeeds or fails on its own, and a batch
   * refused whole (storage busy: a 429) fails its records only: returns the failures, by issue
   * id.
   */
  async saveMany(records: readonly IssueSlaRecord[]): Promise<Map<string, unknown>> {
    const issueOf = new Map(records.map((r) => [issueSlaKey(r.issueId), r.issueId]));
    const failures = await Promise.all(
      chunks(records, MAX_BATCH_KEYS).map(async (batch) => {
        try {
          const result = await this.entities.batchSet(
            batch.map((r) => ({ ...this.item(r.issueId), value: r })),
          );
          return result.failedKeys.map(
            (f) => [issueOf.get(f.key)!, new BatchRefusal('set', [f])] as const,
          );
        } catch (error) {
          return batch.map((r) => [r.issueId, error] as const);
        }
      }),
    );
    return new Map(failures.flat());
  }

  /** Deletes the records of `issueIds`, 25 at a time; a record already gone is no failure. */
  async deleteMany(issueIds: readonly string[]): Promise<void> {
    const results = await Promise.all(
      chunks([...new Set(issueIds)], MAX_BATCH_KEYS).map((ids) =>
        this.entities.batchDelete(ids.map(this.item)),
      ),
    );
    const refused = results.flatMap((r) => r.failedKeys.filter((f) => !isNotFound(f)));
    if (refused.length > 0) throw new BatchRefusal('delete', refused);
  }

  /**
   * The records whose next check has come by `now`, earliest first, page by page through the
   * index on `nextCheckMs`: the cost follows the due issues, not the stored ones.
   */
  async *due(now: number): AsyncGenerator<IssueSlaRecord> {
    let cursor: string | undefined;
    do {
      let query = this.entity()
        .query()
        .index(BY_NEXT_CHECK)
        .where(WhereConditions.lessThanEqualTo(now))
        .sort(Sort.ASC)
        .limit(MAX_QUERY_LIMIT);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      for (const result of page.results) yield result.value;
      cursor = page.nextCursor;
    } while (cursor);
  }

  private entity() {
    return this.entities.entity<IssueSlaRecord>(ISSUE_SLA_ENTITY);
  }

  /** A record's item in a batch operation. */
  private readonly item = (issueId: string) => ({
    key: issueSlaKey(issueId),
    entityName: ISSUE_SLA_ENTITY,
  });
}
