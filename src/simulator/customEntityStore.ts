/**
 * Forge's side of the Custom Entity Store, for the simulator. The app reads and writes its
 * entities through the real `@forge/kvs` client (`kvs.entity(name)…`), which posts each call to
 * the platform (`/api/v1/entity/get|set|delete|query`, and `/api/v1/batch/get|set|delete` for
 * `kvs.batchGet`, `batchSet` and `batchDelete`); the simulator hands the client
 * `apiClient` below, so both run the same client, and this side answers as the platform does,
 * with its error codes (the client throws them as `ForgeKvsAPIError`):
 *
 * - an entity must be declared in manifest.yml (`app.storage.entities`), its name 3 to 60
 *   characters matching the documented pattern (`ENTITY_TYPE_TOO_SHORT`, `ENTITY_TYPE_TOO_LARGE`,
 *   `INVALID_ENTITY_TYPE`);
 * - keys follow the KVS key rules (`kvsRules.ts`); a value is an object of declared attributes,
 *   each of its declared type, an `integer` a 32-bit signed one (`INVALID_ENTITY_VALUE`), and
 *   within the KVS size and depth limits (`MAX_SIZE`, `MAX_DEPTH`);
 * - reading or deleting a key that does not exist answers 404 `KEY_NOT_FOUND`, which the client
 *   turns into `undefined`;
 * - a query names one declared index (`INVALID_ENTITY_INDEX`), gives a value for each of its
 *   partition attributes in order, compares the range attribute with one `where` condition
 *   (`BETWEEN` needs two values: `INSUFFICIENT_FILTER_VALUES`), sorts ascending unless told
 *   `DESC`, and returns at most `limit` entities (1 to 100, 10 when unset:
 *   `COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE`) with a cursor while more are left. An entity
 *   without the range attribute or a partition attribute is not in the index;
 * - a batch operation takes 1 to 25 distinct keys and at most 1 MB, or is refused whole; each of
 *   its items then succeeds or fails on its own, a failure reported in `failedKeys` with the
 *   code the single operation would have answered ("Executing batch operations",
 *   storage-reference/entities-batch; `batchViolation` in `kvsRules.ts`).
 *
 * Sources: "Custom entities" (runtime-reference/custom-entities), "Querying the Custom Entity
 * Store" (runtime-reference/storage-api-query-complex), "Storing data in custom entities"
 * (type requirements), "Error handling for the Custom Entity Store"
 * (storage-reference/handling-errors-customentities). What the pages leave open is the
 * simulator's choice, on the strict side, and listed in the README: an attribute the manifest
 * does not declare is refused (`INVALID_ENTITY_VALUE`), a `float` is any finite number, an
 * unset `limit` is 10 (as for KVS queries); the codes for an undeclared entity
 * (`INVALID_ENTITY_TYPE`), a bad partition (`INVALID_ENTITY_INDEX`) and a bad cursor
 * (`INVALID_CURSOR`); entities with equal range values come in the order they were first
 * stored, and strings compare by UTF-16 code units (by UTF-8 bytes on the platform: the same
 * order short of characters beyond U+FFFF). Query `filters` and set options, which the app does
 * not use, are not simulated: they fail loudly.
 */
import type { APIResponse, FetchMethod } from '@forge/api';
import { KvsImpl } from '@forge/kvs/out/kvs';
import { StorageApi } from '@forge/kvs/out/storage-api';
import type { EntityStore } from '../storage/entityStore';
import { batchViolation, keyViolation, MAX_QUERY_LIMIT, valueViolation } from '../storage/kvsRules';
import { SortedIndex, type IndexRange, type IndexValue } from './jira/sortedIndex';

export type AttributeType = 'string' | 'integer' | 'float' | 'boolean' | 'any';

export interface EntityIndex {
  readonly name: string;
  /** The attribute the index orders by, and that a query's `where` compares with. */
  readonly range: string;
  /** The attributes a query must give a value for, in this order. */
  readonly partition: readonly string[];
}

export interface EntityDefinition {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, AttributeType>;
  readonly indexes: ReadonlyMap<string, EntityIndex>;
}

/**
 * The entities of manifest.yml's `app.storage.entities` (whose shape `@forge/manifest`'s schema
 * checks). An index is an attribute's name (an index of that name on it) or `{ name, range,
 * partition }`; the simulator refuses what it cannot run: an index ordered by an attribute that
 * is no string or number, or by more than one, or partitioned by an undeclared or `any` one.
 */
export function entityDefinitions(raw: unknown): EntityDefinition[] {
  const entities = (raw ?? []) as {
    name: string;
    attributes: Record<string, { type: AttributeType }>;
    indexes?: (string | { name: string; range: string[]; partition?: string[] })[];
  }[];
  return entities.map((entity) => {
    const attributes = new Map(
      Object.entries(entity.attributes).map(([name, { type }]) => [name, type]),
    );
    const refuse = (index: string, why: string) =>
      new Error(`manifest.yml: entity ${entity.name}, index ${index}: ${why}`);
    const indexes = new Map<string, EntityIndex>();
    for (const declared of entity.indexes ?? []) {
      const {
        name,
        range: ranges,
        partition = [],
      } = typeof declared === 'string' ? { name: declared, range: [declared] } : declared;
      if (ranges.length !== 1) throw refuse(name, 'the simulator takes one range attribute');
      const range = ranges[0]!;
      if (!['string', 'integer', 'float'].includes(attributes.get(range) ?? '')) {
        throw refuse(name, `${range} is not a string, integer or float attribute`);
      }
      for (const attribute of partition) {
        if (!attributes.has(attribute) || attributes.get(attribute) === 'any') {
          throw refuse(name, `partition ${attribute} is not a typed attribute`);
        }
      }
      indexes.set(name, { name, range, partition });
    }
    return { name: entity.name, attributes, indexes };
  });
}

/**
 * The Custom Entity Store as the app sees it on Forge (`kvs`): the real `@forge/kvs` client,
 * posting to a simulated platform that holds these entities, in memory.
 */
export function simulatedEntities(definitions: readonly EntityDefinition[]): EntityStore {
  return new SimulatedEntityStore(definitions).client();
}

/** The platform's refusal: an HTTP status and the `{ code, message }` body. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly context?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const invalidValue = (context: Record<string, unknown>) =>
  new Refusal(
    400,
    'INVALID_ENTITY_VALUE',
    'Entity values must match one of the types defined in Custom Entities.',
    context,
  );

const ENTITY_NAME = /^(?![.-])(?!.*\.{2})[a-z0-9:\-.]*(?<![.])$/;
const INT32 = { min: -2_147_483_648, max: 2_147_483_647 };
const DEFAULT_QUERY_LIMIT = 10;

type Entity = Record<string, unknown>;

/** One entity's stored values and its indexes: index → partition (JSON) → sorted entries. */
class EntityTable {
  readonly rows = new Map<string, { readonly id: number; readonly value: Entity }>();
  readonly keyOf = new Map<number, string>();
  readonly indexes = new Map<string, Map<string, SortedIndex>>();
  private nextId = 0;

  constructor(readonly definition: EntityDefinition) {
    for (const name of definition.indexes.keys()) this.indexes.set(name, new Map());
  }

  set(key: string, value: Entity): void {
    const id = this.rows.get(key)?.id ?? this.nextId++;
    this.delete(key);
    this.rows.set(key, { id, value });
    this.keyOf.set(id, key);
    for (const index of this.definition.indexes.values()) {
      const entry = indexEntry(index, value);
      if (!entry) continue;
      const partitions = this.indexes.get(index.name)!;
      let sorted = partitions.get(entry.partition);
      if (!sorted) partitions.set(entry.partition, (sorted = new SortedIndex()));
      sorted.insert(entry.value, id);
    }
  }

  delete(key: string): boolean {
    const row = this.rows.get(key);
    if (!row) return false;
    for (const index of this.definition.indexes.values()) {
      const entry = indexEntry(index, row.value);
      if (entry) this.indexes.get(index.name)!.get(entry.partition)!.remove(entry.value, row.id);
    }
    this.rows.delete(key);
    this.keyOf.delete(row.id);
    return true;
  }
}

/** Where an entity sits in an index: its partition and range value; none without them. */
function indexEntry(
  index: EntityIndex,
  value: Entity,
): { partition: string; value: IndexValue } | undefined {
  const range = value[index.range];
  if (range === undefined) return undefined;
  const partition = index.partition.map((name) => value[name]);
  if (partition.some((v) => v === undefined)) return undefined;
  return { partition: JSON.stringify(partition), value: range as IndexValue };
}

/** An item of a batch request, as `@forge/kvs` sends it. */
interface BatchItem {
  readonly key: string;
  readonly entityName?: string;
  readonly value?: unknown;
  readonly options?: unknown;
}

interface WhereClause {
  readonly condition: string;
  readonly values: readonly unknown[];
}

interface QueryRequest {
  readonly entityName: string;
  readonly indexName: string;
  readonly partition?: readonly unknown[];
  readonly range?: WhereClause;
  readonly filters?: unknown;
  readonly sort?: 'ASC' | 'DESC';
  readonly cursor?: string;
  readonly limit?: number;
}

export class SimulatedEntityStore {
  private readonly tables = new Map<string, EntityTable>();
  private served = 0;

  constructor(definitions: readonly EntityDefinition[]) {
    for (const definition of definitions) {
      this.tables.set(definition.name, new EntityTable(definition));
    }
  }

  /** The real `@forge/kvs` client, posting to this store. */
  client(): EntityStore {
    return new KvsImpl(new StorageApi(this.apiClient));
  }

  /** Requests the store has answered (refused ones too), as the platform would count them. */
  get requests(): number {
    return this.served;
  }

  /** The platform endpoint `@forge/kvs` posts to: pass it to the client's `StorageApi`. */
  readonly apiClient: FetchMethod = async (path, init) => {
    this.served++;
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    try {
      switch (path) {
        case '/api/v1/entity/get':
          return this.get(body);
        case '/api/v1/entity/set':
          return this.set(body);
        case '/api/v1/entity/delete':
          return this.delete(body);
        case '/api/v1/entity/query':
          return this.query(body as unknown as QueryRequest);
        case '/api/v1/batch/get':
          return this.batch(body, (table, key) => {
            const row = table.rows.get(key);
            if (!row) throw notFound();
            return { value: structuredClone(row.value) };
          });
        case '/api/v1/batch/set':
          return this.batch(body, (table, key, item) => {
            if (item.options !== undefined) {
              throw new Error('the simulated Custom Entity Store takes no set options');
            }
            table.set(key, checkedValue(table.definition, item.value));
            return {};
          });
        case '/api/v1/batch/delete':
          return this.batch(body, (table, key) => {
            if (!table.delete(key)) throw notFound();
            return {};
          });
        default:
          throw new Error(`the simulated Custom Entity Store does not serve ${path}`);
      }
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      return respond(error.status, {
        code: error.code,
        message: error.message,
        ...(error.context && { context: error.context }),
      });
    }
  };

  /**
   * A batch operation (`kvs.batchGet`, `batchSet`, `batchDelete`): refused whole when it names no
   * key, more than 25, the same entity key twice or more than 1 MB (`batchViolation`); otherwise
   * each item succeeds or fails on its own, its refusal (an undeclared entity, a bad key or value,
   * a key not found) reported in `failedKeys`. The simulator holds entities only (the app's KVS is
   * the `MemoryStore`): an item without `entityName` fails loudly.
   */
  private batch(
    body: unknown,
    apply: (table: EntityTable, key: string, item: BatchItem) => Record<string, unknown>,
  ): APIResponse {
    const items = body as BatchItem[];
    const violation = batchViolation(items);
    if (violation) throw new Refusal(400, violation.code, violation.message);
    const successfulKeys: Record<string, unknown>[] = [];
    const failedKeys: Record<string, unknown>[] = [];
    for (const item of items) {
      if (item.entityName === undefined) {
        throw new Error('the simulated Custom Entity Store serves entities only, not KVS keys');
      }
      const named = { key: item.key, entityName: item.entityName };
      try {
        successfulKeys.push({
          ...named,
          ...apply(this.table(item.entityName), checkedKey(item.key), item),
        });
      } catch (error) {
        if (!(error instanceof Refusal)) throw error;
        failedKeys.push({ ...named, error: { code: error.code, message: error.message } });
      }
    }
    return respond(200, { successfulKeys, failedKeys });
  }

  private get(body: Record<string, unknown>): APIResponse {
    const table = this.table(body.entityName);
    const key = checkedKey(body.key);
    const row = table.rows.get(key);
    if (!row) throw notFound();
    return respond(200, { key, value: structuredClone(row.value), entityName: body.entityName });
  }

  private set(body: Record<string, unknown>): APIResponse {
    const table = this.table(body.entityName);
    const key = checkedKey(body.key);
    if (body.options !== undefined) {
      throw new Error('the simulated Custom Entity Store takes no set options (the app uses none)');
    }
    table.set(key, checkedValue(table.definition, body.value));
    return respond(204);
  }

  private delete(body: Record<string, unknown>): APIResponse {
    const table = this.table(body.entityName);
    if (!table.delete(checkedKey(body.key))) throw notFound();
    return respond(204);
  }

  private query(request: QueryRequest): APIResponse {
    const table = this.table(request.entityName);
    const index = table.definition.indexes.get(request.indexName);
    if (!index) {
      throw new Refusal(
        400,
        'INVALID_ENTITY_INDEX',
        `The custom entity index provided is invalid: ${table.definition.name} has no index ${String(request.indexName)}.`,
      );
    }
    if (request.filters !== undefined) {
      throw new Error('the simulated Custom Entity Store does not run query filters');
    }
    const limit = request.limit ?? DEFAULT_QUERY_LIMIT;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_QUERY_LIMIT) {
      throw new Refusal(
        400,
        'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
        'The page limit must be set between 1 and 100.',
      );
    }
    const partition = request.partition ?? [];
    if (
      partition.length !== index.partition.length ||
      partition.some((v, i) => !fitsType(table.definition.attributes.get(index.partition[i]!), v))
    ) {
      throw new Refusal(
        400,
        'INVALID_ENTITY_INDEX',
        `The index ${index.name} needs a value for each of its partition attributes, in order: [${index.partition.join(', ')}].`,
      );
    }
    const rangeType = table.definition.attributes.get(index.range)!;
    const where = whereRange(request.range, rangeType);
    const sorted = table.indexes.get(index.name)!.get(JSON.stringify(partition));
    const after = request.cursor === undefined ? undefined : decodeCursor(request.cursor);
    const descending = request.sort === 'DESC';

    // Ascending, a cursor moves the lower bound up to where the last page ended.
    const bounds =
      after && !descending && (where.bounds.lower === undefined || after.value > where.bounds.lower)
        ? { ...where.bounds, lower: after.value, lowerInclusive: true }
        : where.bounds;
    const ids = sorted ? sorted.range(bounds) : [];
    const data: { key: string; value: Entity }[] = [];
    let last: { value: IndexValue; id: number } | undefined;
    let more = false;
    for (const id of descending ? [...ids].reverse() : ids) {
      const key = table.keyOf.get(id)!;
      const { value } = table.rows.get(key)!;
      const entry = { value: value[index.range] as IndexValue, id };
      if (!where.accepts(entry.value)) continue;
      if (after && (descending ? compare(entry, after) >= 0 : compare(entry, after) <= 0)) continue;
      if (data.length === limit) {
        more = true;
        break;
      }
      data.push({ key, value: structuredClone(value) });
      last = entry;
    }
    return respond(200, { data, ...(more && last && { cursor: encodeCursor(last) }) });
  }

  private table(entityName: unknown): EntityTable {
    const name = String(entityName ?? '');
    if (name.length < 3) {
      throw new Refusal(
        400,
        'ENTITY_TYPE_TOO_SHORT',
        'The provided key needs to be more than 3 characters.',
      );
    }
    if (name.length > 60) {
      throw new Refusal(
        400,
        'ENTITY_TYPE_TOO_LARGE',
        'The provided key has exceeded the maximum 60 characters.',
      );
    }
    if (!ENTITY_NAME.test(name)) {
      throw new Refusal(
        400,
        'INVALID_ENTITY_TYPE',
        `The provided key does not match the regex: ${ENTITY_NAME}.`,
      );
    }
    const table = this.tables.get(name);
    if (!table) {
      throw new Refusal(
        400,
        'INVALID_ENTITY_TYPE',
        `The entity ${name} is not declared in manifest.yml (app.storage.entities).`,
      );
    }
    return table;
  }
}

function respond(status: number, body?: unknown): APIResponse {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const notFound = () => new Refusal(404, 'KEY_NOT_FOUND', 'The specified key does not exist.');

function checkedKey(key: unknown): string {
  const text = typeof key === 'string' ? key : '';
  const violation = keyViolation(text);
  if (violation) throw new Refusal(400, violation.code, violation.message);
  return text;
}

/** A value as the platform takes it: declared attributes of their declared types, in limits. */
function checkedValue(definition: EntityDefinition, value: unknown): Entity {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalidValue({ entityName: definition.name });
  }
  for (const [attribute, member] of Object.entries(value)) {
    const type = definition.attributes.get(attribute);
    if (!type || !fitsType(type, member)) {
      throw invalidValue({ entityName: definition.name, attribute, type: type ?? 'undeclared' });
    }
  }
  const violation = valueViolation(value);
  if (violation) throw new Refusal(400, violation.code, violation.message);
  return structuredClone(value) as Entity;
}

/** Whether a value is of an attribute type ("Type requirements"); `undefined` type: no. */
function fitsType(type: AttributeType | undefined, value: unknown): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return (
        Number.isInteger(value) && (value as number) >= INT32.min && (value as number) <= INT32.max
      );
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'any':
      return value !== undefined;
    default:
      return false;
  }
}

/** A `where` clause as index bounds, plus the test `BEGINS_WITH` needs on top of them. */
function whereRange(
  clause: WhereClause | undefined,
  type: AttributeType,
): { bounds: IndexRange; accepts: (value: IndexValue) => boolean } {
  const everything = { bounds: {}, accepts: () => true };
  if (!clause) return everything;
  const { condition, values } = clause;
  if (condition === 'BETWEEN' && values.length < 2) {
    throw new Refusal(
      400,
      'INSUFFICIENT_FILTER_VALUES',
      'The specified condition needs at least two values.',
    );
  }
  if (values.length === 0 || values.some((v) => !fitsType(type, v))) {
    throw invalidValue({ condition, values: [...values] });
  }
  const [first, second] = values as IndexValue[];
  switch (condition) {
    case 'EQUAL_TO':
      return { ...everything, bounds: { lower: first, upper: first } };
    case 'GREATER_THAN':
      return { ...everything, bounds: { lower: first, lowerInclusive: false } };
    case 'GREATER_THAN_EQUAL_TO':
      return { ...everything, bounds: { lower: first } };
    case 'LESS_THAN':
      return { ...everything, bounds: { upper: first, upperInclusive: false } };
    case 'LESS_THAN_EQUAL_TO':
      return { ...everything, bounds: { upper: first } };
    case 'BETWEEN':
      return { ...everything, bounds: { lower: first, upper: second } };
    case 'BEGINS_WITH':
      if (type !== 'string') throw invalidValue({ condition, values: [...values] });
      return { bounds: { lower: first }, accepts: (v) => String(v).startsWith(String(first)) };
    default:
      throw invalidValue({ condition });
  }
}

function compare(
  a: { value: IndexValue; id: number },
  b: { value: IndexValue; id: number },
): number {
  return a.value < b.value ? -1 : a.value > b.value ? 1 : a.id - b.id;
}

function encodeCursor(position: { value: IndexValue; id: number }): string {
  return Buffer.from(JSON.stringify([position.value, position.id])).toString('base64url');
}

function decodeCursor(cursor: string): { value: IndexValue; id: number } {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if ((typeof value === 'string' || typeof value === 'number') && Number.isInteger(id)) {
      return { value, id: id as number };
    }
  } catch {
    // Not a cursor this store gave out; refused below.
  }
  throw new Refusal(400, 'INVALID_CURSOR', 'The provided cursor is invalid.');
}
