import fc from 'fast-check';
import { compareVersions, includesFix, parseVersion, type Version } from './version';

const v = (text: string): Version => {
  const read = parseVersion(text);
  if (!read.ok) throw new Error(read.error);
  return read.version;
};

describe('versions', () => {
  it('orders dotted numbers numerically, of any length', () => {
    expect(compareVersions(v('5.10'), v('5.9'))).toBe(1);
    expect(compareVersions(v('5.10'), v('5.10.0'))).toBe(0);
    expect(compareVersions(v('5.10.0.1'), v('5.10'))).toBe(1);
    expect(compareVersions(v('v2026.3.1'), v('2026.3'))).toBe(1);
    expect(compareVersions(v('1.0.0+build.7'), v('1.0.0'))).toBe(0);
  });

  it('puts pre-releases below their release, in SemVer order', () => {
    // The example list of SemVer 2.0.0 §11, lowest first.
    const ordered = [
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
    ];
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(compareVersions(v(ordered[i]!), v(ordered[i + 1]!))).toBe(-1);
    }
  });

  it('reports what is no version instead of comparing it as text', () => {
    for (const text of ['', 'latest', '5..1', '5.1-', '5.1.x', '1.2.3-beta!', '1'.repeat(16)]) {
      expect(parseVersion(text).ok).toBe(false);
    }
    const read = parseVersion('release 7');
    expect(!read.ok && read.error).toMatch(/is not a version/);
  });

  it('says whether an installed version has a fix', () => {
    expect(includesFix(v('5.10'), v('5.9.3'))).toBe(true);
    expect(includesFix(v('5.9.3'), v('5.9.3'))).toBe(true);
    expect(includesFix(v('5.9.3-rc.1'), v('5.9.3'))).toBe(false);
  });

  const version = fc
    .tuple(
      fc.array(fc.nat(30), { minLength: 1, maxLength: 4 }),
      fc.array(fc.oneof(fc.nat(12), fc.constantFrom('alpha', 'beta', 'rc', 'x-1')), {
        maxLength: 3,
      }),
    )
    .map(([release, pre]) => v(release.join('.') + (pre.length > 0 ? `-${pre.join('.')}` : '')));

  it('is a total order: antisymmetric, transitive, total (property)', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        const ab = compareVersions(a, b);
        if (ab !== -compareVersions(b, a)) return false;
        if (ab <= 0 && compareVersions(b, c) <= 0 && compareVersions(a, c) > 0) return false;
        return true;
      }),
    );
  });

  it('sorts the same whatever order the versions come in (property)', () => {
    fc.assert(
      fc.property(fc.array(version, { maxLength: 12 }), (list) => {
        const sorted = [...list].sort(compareVersions).map((x) => x.text);
        const again = [...list].reverse().sort(compareVersions);
        return again.every((x, i) => compareVersions(x, v(sorted[i]!)) === 0);
      }),
    );
  });
});
