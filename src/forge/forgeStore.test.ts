import { ForgeKvsAPIError, kvs } from '@forge/kvs';
import { keyConflict, MAX_QUERY_LIMIT, refusal } from '../storage/kvsRules';
import { forgeStore } from './forgeContext';

// `kvs` talks to the platform through the Forge runtime; here its calls answer as the platform
// does, and everything else in @forge/kvs (its error classes) is the real package.
jest.mock('@forge/kvs', () => ({
  ...jest.requireActual('@forge/kvs'),
  kvs: { set: jest.fn(), query: jest.fn() },
}));
const set = kvs.set as jest.Mock;

describe('forgeStore on Forge KVS', () => {
  beforeEach(() => jest.resetAllMocks());

  it('claims with FAIL_IF_EXISTS', async () => {
    set.mockResolvedValueOnce(undefined);
    expect(await forgeStore.claim('escalation:1:reaction', { at: 'now' })).toBe(true);
    expect(set).toHaveBeenCalledWith(
      'escalation:1:reaction',
      { at: 'now' },
      { keyPolicy: 'FAIL_IF_EXISTS' },
    );
  });

  it('reads the key-exists refusal as a claim another invocation won', async () => {
    set.mockRejectedValueOnce(keyConflict('escalation:1:reaction'));
    expect(await forgeStore.claim('escalation:1:reaction', {})).toBe(false);
  });

  it('throws every other refusal: a bad key is a bug, not a lost claim', async () => {
    const invalid = refusal('/api/v1/set', { code: 'INVALID_KEY', message: 'bad key' });
    set.mockRejectedValueOnce(invalid);
    await expect(forgeStore.claim('escalation:1:a@b', {})).rejects.toBe(invalid);
    const throttled = new ForgeKvsAPIError(
      { status: 429, statusText: 'Too Many Requests' },
      { code: 'RATE_LIMIT_EXCEEDED', message: 'slow down' },
    );
    set.mockRejectedValueOnce(throttled);
    await expect(forgeStore.claim('escalation:1:reaction', {})).rejects.toBe(throttled);
  });

  it('lists keys page by page, within the query limit', async () => {
    const pages = [
      { results: [{ key: 'contract:v:000001' }], nextCursor: 'c1' },
      { results: [{ key: 'contract:v:000002' }] },
    ];
    const limits: number[] = [];
    const cursors: string[] = [];
    (kvs.query as jest.Mock).mockImplementation(() => {
      const query = {
        where: () => query,
        limit: (n: number) => (limits.push(n), query),
        cursor: (c: string) => (cursors.push(c), query),
        getMany: async () => pages.shift(),
      };
      return query;
    });
    expect(await forgeStore.keys('contract:v:')).toEqual([
      'contract:v:000001',
      'contract:v:000002',
    ]);
    expect(limits.every((n) => n <= MAX_QUERY_LIMIT)).toBe(true);
    expect(cursors).toEqual(['c1']);
  });
});
