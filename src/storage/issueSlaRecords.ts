import { Sort, WhereConditions } from '@forge/kvs';
import type { SlmProperty } from '../domain/state/slmProperty';
import type { EntityStore } from './entityStore';
import { MAX_QUERY_LIMIT } from './kvsRules';
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
}
