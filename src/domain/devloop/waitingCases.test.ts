import {
  casesFixedByUpgrade,
  casesToClose,
  closureKey,
  type FixedCase,
  type InstalledVersion,
} from './waitingCases';

const fixed = (over: Partial<FixedCase> = {}): FixedCase => ({
  caseId: '10001',
  caseKey: 'SUP-1',
  devKey: 'DEV-1',
  customer: 'schultz',
  product: 'ihlp',
  environment: 'schultz-prod',
  fixedIn: '5.10',
  ...over,
});

const installed = (over: Partial<InstalledVersion> = {}): InstalledVersion => ({
  environment: 'schultz-prod',
  customer: 'schultz',
  product: 'ihlp',
  version: '5.10.0',
  reportId: 'r1',
  reportedAt: 1_000,
  ...over,
});

describe('cases to close', () => {
  it('closes a case whose environment runs the fix version or a later one, never an older one', () => {
    expect(casesToClose([fixed()], [installed({ version: '5.9.3' })], new Set()).close).toEqual([]);
    expect(casesToClose([fixed()], [installed({ version: '5.10' })], new Set()).close).toEqual([
      {
        caseId: '10001',
        caseKey: 'SUP-1',
        devKey: 'DEV-1',
        fixedIn: '5.10',
        environment: 'schultz-prod',
        version: '5.10',
        reportId: 'r1',
      },
    ]);
    expect(
      casesToClose([fixed()], [installed({ version: '6.0-rc.1' })], new Set()).close,
    ).toHaveLength(1);
  });

  it('compares versions as versions: 5.10 is above 5.9, a pre-release below its release', () => {
    const fix59 = fixed({ fixedIn: '5.9' });
    expect(casesToClose([fix59], [installed({ version: '5.10' })], new Set()).close).toHaveLength(
      1,
    );
    const fixRelease = fixed({ fixedIn: '5.10' });
    expect(
      casesToClose([fixRelease], [installed({ version: '5.10.0-rc.2' })], new Set()).close,
    ).toEqual([]);
  });

  it('leaves a case alone once it has a closure for that fix version', () => {
    const done = new Set([closureKey('10001', '5.10')]);
    expect(casesToClose([fixed()], [installed()], done).close).toEqual([]);
    // Fixed again in a later version (development reopened it): a closure of its own.
    expect(
      casesToClose([fixed({ fixedIn: '5.10.1' })], [installed({ version: '5.11' })], done).close,
    ).toHaveLength(1);
  });

  it('looks only at the case’s own environment', () => {
    const other = installed({ environment: 'schultz-test', version: '9.0' });
    expect(casesToClose([fixed()], [other], new Set()).close).toEqual([]);
  });

  it('closes a case without an environment in the first environment of its customer and product to get the fix', () => {
    const noEnvironment = fixed({ environment: null });
    const environments = [
      installed({ environment: 'schultz-test', version: '5.11', reportedAt: 3_000, reportId: 't' }),
      installed({ environment: 'schultz-uat', version: '5.10', reportedAt: 2_000, reportId: 'u' }),
      installed({ environment: 'schultz-prod', version: '5.9', reportedAt: 1_000, reportId: 'p' }),
      installed({ environment: 'other-prod', customer: 'other', version: '6.0', reportedAt: 500 }),
      installed({ environment: 'schultz-x', product: 'crm', version: '6.0', reportedAt: 500 }),
    ];
    const { close } = casesToClose([noEnvironment], environments, new Set());
    expect(close.map((c) => [c.environment, c.reportId])).toEqual([['schultz-uat', 'u']]);
  });

  it('a case with neither environment nor customer waits for no environment', () => {
    const unknown = fixed({ environment: null, customer: null });
    expect(casesToClose([unknown], [installed()], new Set()).close).toEqual([]);
  });

  it('reports versions it cannot read and matches nothing with them', () => {
    const { close, unreadable } = casesToClose(
      [fixed({ fixedIn: 'next release' }), fixed({ caseId: '2', caseKey: 'SUP-2' })],
      [installed({ version: 'latest' })],
      new Set(),
    );
    expect(close).toEqual([]);
    expect(unreadable.map((u) => u.what)).toEqual([
      'version of schultz-prod',
      'fixed-in version of SUP-1',
    ]);
  });
});

describe('cases an upgrade fixes (release notes)', () => {
  const upgrade = {
    environment: 'schultz-prod',
    customer: 'schultz',
    product: 'ihlp',
    previous: '5.9',
    current: '5.10.1',
  };

  it('lists the cases whose fix the new version has and the previous one had not, by key', () => {
    const cases = [
      fixed({ caseId: '3', caseKey: 'SUP-10', fixedIn: '5.10.1' }),
      fixed({ caseId: '1', caseKey: 'SUP-9', fixedIn: '5.10' }),
      fixed({ caseId: '2', caseKey: 'SUP-2', fixedIn: '5.8' }), // the previous version had it
      fixed({ caseId: '4', caseKey: 'SUP-4', fixedIn: '5.11' }), // not yet
      fixed({ caseId: '5', caseKey: 'SUP-5', environment: 'schultz-test' }), // elsewhere
      fixed({ caseId: '6', caseKey: 'SUP-6', environment: null }), // the customer's, any env
      fixed({ caseId: '7', caseKey: 'SUP-7', fixedIn: 'soon' }),
    ];
    expect(casesFixedByUpgrade(upgrade, cases).map((c) => c.caseKey)).toEqual([
      'SUP-6',
      'SUP-9',
      'SUP-10',
    ]);
  });

  it('counts every fix as new on a first report, and none when the new version is unreadable', () => {
    const cases = [fixed({ fixedIn: '5.8' })];
    expect(casesFixedByUpgrade({ ...upgrade, previous: null }, cases)).toHaveLength(1);
    expect(casesFixedByUpgrade({ ...upgrade, previous: 'garbage' }, cases)).toHaveLength(1);
    expect(casesFixedByUpgrade({ ...upgrade, current: 'garbage' }, cases)).toEqual([]);
  });

  it('lists nothing on a downgrade', () => {
    const cases = [fixed({ fixedIn: '5.10' })];
    expect(casesFixedByUpgrade({ ...upgrade, previous: '5.10.1', current: '5.9' }, cases)).toEqual(
      [],
    );
  });
});
