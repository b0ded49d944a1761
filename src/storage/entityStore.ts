import type { Kvs } from '@forge/kvs/out/interfaces/kvs';

/**
 * The app's port to Forge's Custom Entity Store: `kvs.entity(name)` of `@forge/kvs`, with its
 * `get`, `set`, `delete` and indexed `query()`, and the batch operations `kvs.batchGet`,
 * `batchSet` and `batchDelete` on items that name their entity (`entityName`). On Forge it is
 * `kvs` itself; the simulator runs the same `@forge/kvs` client against its own platform side
 * (`src/simulator/customEntityStore.ts`), which refuses what Forge refuses. Entities, their
 * attributes and indexes are declared in manifest.yml (`app.storage.entities`).
 */
export type EntityStore = Pick<Kvs, 'entity' | 'batchGet' | 'batchSet' | 'batchDelete'>;
