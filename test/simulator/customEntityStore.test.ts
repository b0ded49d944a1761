/**
 * The simulated Custom Entity Store, driven through the real `@forge/kvs` client as the app
 * drives it on Forge: what it stores and finds, and what it refuses with the platform's codes.
 */
import { ForgeKvsAPIError, Sort, WhereConditions } from '@forge/kvs';
import {
  entityDefinitions,
  simulatedEntities,
  type EntityDefinition,
} from '../../src/simulator/customEntityStore';
import { manifestModules } from '../../src/simulator/manifestModules';
import { MANIFEST_FILE } from '../../src/simulator/simulator';
import { ISSUE_SLA_ENTITY } from '../../src/storage/issueSlaRecords';

const DEFINITIONS: EntityDefinition[] = entityDefinitions([
  {
    name: 'task',
    attributes: {
      title: { type: 'string' },
      due: { type: 'float' },
      points: { type: 'integer' },
      done: { type: 'boolean' },
      team: { type: 'string' },
      notes: { type: 'any' },
    },
    indexes: [
      'due',
      { name: 'by-team', partition: ['team'], range: ['points'] },
      { name: 'by-title', range: ['title'] },
    ],
  },
]);

const tasks = () => simulatedEntities(DEFINITIONS).entity<Record<string, unknown>>('task');

/** The platform's refusal of `call`: its status and code. */
async function refusal(call: () => Promise<unknown>): Promise<{ status: number; code: string }> {
  try {
    await call();
  } catch (error) {
    if (error instanceof ForgeKvsAPIError) {
      return { status: error.responseDetails.status, code: error.code };
    }
    throw error;
  }
  throw new Error('the call was not refused');
}

describe('the simulated Custom Entity Store', () => {
  it('sets, gets and deletes entities; a missing one reads as undefined', async () => {
    const store = tasks();
    await store.set('t-1', { title: 'Write', due: 1.5, notes: { any: ['thing'] } });
    expect(await store.get('t-1')).toEqual({ title: 'Write', due: 1.5, notes: { any: ['thing'] } });
    await store.set('t-1', { title: 'Rewrite' });
    expect(await store.get('t-1')).toEqual({ title: 'Rewrite' });
    await store.delete('t-1');
    expect(await store.get('t-1')).toBeUndefined();
    await expect(store.delete('t-1')).resolves.toBeUndefined();
  });

  it('refuses undeclared entities and attributes, and values of the wrong type', async () => {
    const entities = simulatedEntities(DEFINITIONS);
    expect(await refusal(() => entities.entity('note').set('n-1', { title: 'x' }))).toEqual({
      status: 400,
      code: 'INVALID_ENTITY_TYPE',
    });
    expect(await refusal(() => entities.entity('Tasks').get('n-1'))).toEqual({
      status: 400,
      code: 'INVALID_ENTITY_TYPE',
    });
    expect(await refusal(() => entities.entity('ab').get('n-1'))).toMatchObject({
      code: 'ENTITY_TYPE_TOO_SHORT',
    });
    const store = tasks();
    for (const value of [
      { colour: 'red' },
      { title: 7 },
      { due: 'soon' },
      { due: Infinity },
      { points: 1.5 },
      { points: 2 ** 31 },
      { done: 'yes' },
      { title: null },
    ]) {
      expect(await refusal(() => store.set('t-1', value))).toEqual({
        status: 400,
        code: 'INVALID_ENTITY_VALUE',
      });
    }
    expect(await store.get('t-1')).toBeUndefined();
  });

  it('applies the KVS key and value limits', async () => {
    const store = tasks();
    expect(await refusal(() => store.set('a@b', { title: 'x' }))).toMatchObject({
      code: 'INVALID_KEY',
    });
    expect(await refusal(() => store.set('k'.repeat(501), { title: 'x' }))).toMatchObject({
      code: 'KEY_TOO_LONG',
    });
    expect(await refusal(() => store.set('t-1', { notes: 'x'.repeat(240 * 1024) }))).toEqual({
      status: 400,
      code: 'MAX_SIZE',
    });
  });

  it('queries an index in range order, page by page, leaving out entities without the range', async () => {
    const store = tasks();
    for (let n = 1; n <= 25; n++) await store.set(`t-${n}`, { due: (n * 7) % 26 });
    await store.set('t-undated', { title: 'no due date' });
    const dues: unknown[] = [];
    let cursor: string | undefined;
    do {
      let query = store.query().index('due').where(WhereConditions.lessThan(20)).limit(6);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      expect(page.results.length).toBeLessThanOrEqual(6);
      dues.push(...page.results.map((r) => r.value.due));
      cursor = page.nextCursor;
    } while (cursor);
    expect(dues).toEqual([...Array(19).keys()].map((n) => n + 1));

    const last = await store.query().index('due').sort(Sort.DESC).limit(3).getMany();
    expect(last.results.map((r) => r.value.due)).toEqual([25, 24, 23]);
    const between = await store.query().index('due').where(WhereConditions.between(3, 5)).getMany();
    expect(between.results.map((r) => r.key)).toEqual(['t-19', 't-8', 't-23']);
  });

  it('returns 10 by default, and pages through equal range values without losing one', async () => {
    const store = tasks();
    for (let n = 0; n < 12; n++) await store.set(`same-${n}`, { due: 1 });
    const first = await store.query().index('due').getMany();
    expect(first.results).toHaveLength(10);
    const rest = await store.query().index('due').cursor(first.nextCursor!).getMany();
    expect([...first.results, ...rest.results].map((r) => r.key).sort()).toEqual(
      [...Array(12).keys()].map((n) => `same-${n}`).sort(),
    );
    expect(rest.nextCursor).toBeUndefined();
  });

  it('keeps partitions apart and matches string prefixes', async () => {
    const store = tasks();
    await store.set('task-a', { team: 'red', points: 3, title: 'fix login' });
    await store.set('task-b', { team: 'blue', points: 1, title: 'fix logout' });
    await store.set('task-c', { team: 'red', points: 1, title: 'write docs' });
    const red = await store
      .query()
      .index('by-team', { partition: ['red'] })
      .getMany();
    expect(red.results.map((r) => r.key)).toEqual(['task-c', 'task-a']);
    const fixes = await store
      .query()
      .index('by-title')
      .where(WhereConditions.beginsWith('fix'))
      .getMany();
    expect(fixes.results.map((r) => r.key)).toEqual(['task-a', 'task-b']);
  });

  it('refuses undeclared indexes, a missing partition, bad limits and cursors', async () => {
    const store = tasks();
    expect(await refusal(() => store.query().index('by-colour').getMany())).toMatchObject({
      code: 'INVALID_ENTITY_INDEX',
    });
    expect(await refusal(() => store.query().index('by-team').getMany())).toMatchObject({
      code: 'INVALID_ENTITY_INDEX',
    });
    for (const limit of [0, 101]) {
      expect(await refusal(() => store.query().index('due').limit(limit).getMany())).toEqual({
        status: 400,
        code: 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
      });
    }
    expect(await refusal(() => store.query().index('due').cursor('nonsense').getMany())).toEqual({
      status: 400,
      code: 'INVALID_CURSOR',
    });
    expect(
      await refusal(() =>
        store.query().index('due').where(WhereConditions.lessThan('x')).getMany(),
      ),
    ).toMatchObject({ code: 'INVALID_ENTITY_VALUE' });
  });

  it('runs batch operations on entities: 1 to 25 distinct keys, each failing on its own', async () => {
    const entities = simulatedEntities(DEFINITIONS);
    const item = (key: string, entityName = 'task') => ({ key, entityName });
    expect(
      await entities.batchSet([
        { ...item('t-1'), value: { title: 'one', due: 1 } },
        { ...item('t-2'), value: { title: 2 } },
        { ...item('n-1', 'note'), value: { title: 'x' } },
      ]),
    ).toEqual({
      successfulKeys: [item('t-1')],
      failedKeys: [
        { ...item('t-2'), error: expect.objectContaining({ code: 'INVALID_ENTITY_VALUE' }) },
        { ...item('n-1', 'note'), error: expect.objectContaining({ code: 'INVALID_ENTITY_TYPE' }) },
      ],
    });
    expect(await entities.batchGet([item('t-1'), item('t-2')])).toEqual({
      successfulKeys: [{ ...item('t-1'), value: { title: 'one', due: 1 } }],
      failedKeys: [{ ...item('t-2'), error: expect.objectContaining({ code: 'KEY_NOT_FOUND' }) }],
    });
    // Written through a batch, the entity is in its indexes like any other.
    const due = await entities.entity('task').query().index('due').getMany();
    expect(due.results.map((r) => r.key)).toEqual(['t-1']);
    expect(await entities.batchDelete([item('t-1'), item('t-1', 'other')])).toMatchObject({
      successfulKeys: [item('t-1')],
      failedKeys: [{ key: 't-1', entityName: 'other' }],
    });
    expect(await entities.entity('task').get('t-1')).toBeUndefined();

    const many = [...Array(26).keys()].map((n) => item(`t-${n}`));
    expect(await refusal(() => entities.batchGet(many))).toEqual({
      status: 400,
      code: 'INVALID_BATCH',
    });
    expect(await refusal(() => entities.batchGet([]))).toMatchObject({ code: 'INVALID_BATCH' });
    expect(await refusal(() => entities.batchDelete([item('t-1'), item('t-1')]))).toMatchObject({
      code: 'INVALID_BATCH',
    });
    const big = many.slice(0, 5).map((i) => ({ ...i, value: { notes: 'x'.repeat(230_000) } }));
    expect(await refusal(() => entities.batchSet(big))).toEqual({ status: 400, code: 'MAX_SIZE' });
  });

  it('reads manifest.yml, refusing indexes it cannot run', () => {
    const issueSla = manifestModules(MANIFEST_FILE).entities.find(
      (e) => e.name === ISSUE_SLA_ENTITY,
    );
    expect(issueSla?.indexes.get('by-next-check')).toEqual({
      name: 'by-next-check',
      range: 'nextCheckMs',
      partition: [],
    });
    const entity = (indexes: unknown[]) => [
      { name: 'thing', attributes: { a: { type: 'any' }, b: { type: 'string' } }, indexes },
    ];
    expect(() => entityDefinitions(entity(['a']))).toThrow(/a is not a string, integer or float/);
    expect(() => entityDefinitions(entity(['c']))).toThrow(/c is not a string/);
    expect(() => entityDefinitions(entity([{ name: 'i', range: ['b', 'b'] }]))).toThrow(
      /one range attribute/,
    );
  });
});
