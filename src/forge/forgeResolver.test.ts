import { resolverCall } from './forgeResolver';

describe('resolverCall', () => {
  it('takes the issue of an issue panel', () => {
    expect(resolverCall({ accountId: 'a1', extension: { issue: { key: 'SUP-1' } } })).toEqual({
      accountId: 'a1',
      issueKey: 'SUP-1',
    });
  });

  it("takes a portal request's portal, request type and key, and the account type", () => {
    const call = resolverCall({
      accountId: 'c1',
      accountType: 'customer',
      extension: { portal: { id: 1 }, request: { key: 'SUP-7', typeId: 12 } },
    });
    expect(call).toEqual({
      accountId: 'c1',
      accountType: 'customer',
      portal: { portalId: 1, requestTypeId: 12, requestKey: 'SUP-7' },
    });
  });

  it('gives an anonymous visitor an empty account id', () => {
    expect(resolverCall({ accountType: 'anonymous', extension: { portal: { id: 1 } } })).toEqual({
      accountId: '',
      accountType: 'anonymous',
      portal: { portalId: 1 },
    });
  });

  it('drops an account type Forge does not define and context values of the wrong type', () => {
    const call = resolverCall({
      accountId: 'a1',
      accountType: 'superuser',
      extension: { request: { key: 7 as unknown as string, typeId: '3' as unknown as number } },
    });
    expect(call).toEqual({ accountId: 'a1', portal: {} });
  });
});
