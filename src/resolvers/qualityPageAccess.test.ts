import {
  qualityPageAccessResolvers,
  requireQualityEditor,
  requireQualityReader,
} from './qualityPageAccess';
import { ResolverError, type ResolverCall, type ResolverContext } from './resolverKit';

const CALL: ResolverCall = { accountId: 'acc-1' };

/** Only what the access check reads: who the caller is, and whether they administer Jira. */
function contextOf(viewer: { accountType: string; admin: boolean; timeZone?: string }) {
  return {
    jiraAsUser: {
      myself: async () => ({
        accountId: 'acc-1',
        accountType: viewer.accountType,
        ...(viewer.timeZone && { timeZone: viewer.timeZone }),
      }),
      myPermissions: async () => ({ ADMINISTER: viewer.admin }),
    },
  } as unknown as ResolverContext;
}

const staff = contextOf({ accountType: 'atlassian', admin: false, timeZone: 'Europe/Oslo' });
const admin = contextOf({ accountType: 'atlassian', admin: true, timeZone: 'Europe/Copenhagen' });
const customer = contextOf({ accountType: 'customer', admin: false });
const app = contextOf({ accountType: 'app', admin: false });

describe('the Quality page access', () => {
  it('lets staff read, in their time zone, without editing', async () => {
    await expect(requireQualityReader(staff)).resolves.toEqual({
      canEdit: false,
      timeZone: 'Europe/Oslo',
    });
    await expect(requireQualityEditor(staff, 'change KPIs')).rejects.toThrow(
      'Only Jira administrators can change KPIs.',
    );
  });

  it('lets Jira administrators edit', async () => {
    await expect(requireQualityReader(admin)).resolves.toEqual({
      canEdit: true,
      timeZone: 'Europe/Copenhagen',
    });
    await expect(requireQualityEditor(admin, 'change KPIs')).resolves.toBeUndefined();
  });

  it('refuses portal customers and any other kind of account, even to read', async () => {
    for (const ctx of [customer, app]) {
      const refusal = await requireQualityReader(ctx).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(ResolverError);
      expect(refusal).toMatchObject({ code: 'forbidden' });
    }
  });

  it('answers getQualityPageAccess as the resolver envelope', async () => {
    const getAccess = qualityPageAccessResolvers.getQualityPageAccess!;
    await expect(getAccess({}, CALL, admin)).resolves.toEqual({
      ok: true,
      data: { canEdit: true, timeZone: 'Europe/Copenhagen' },
    });
    await expect(getAccess({}, CALL, customer)).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('takes UTC when Jira does not say the time zone', async () => {
    const noZone = contextOf({ accountType: 'atlassian', admin: false });
    await expect(requireQualityReader(noZone)).resolves.toMatchObject({ timeZone: 'UTC' });
  });
});
