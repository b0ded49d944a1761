import fc from 'fast-check';
import {
  defectDensityByMonth,
  releaseMonth,
  releasesByMonth,
  type FixedIssue,
  type ReleaseVersion,
} from './defectDensity';

const MONTHS = ['2026-01', '2026-02', '2026-03'];
const V: ReleaseVersion[] = [
  { id: '1', released: true, releaseDate: '2026-01-15' },
  { id: '2', released: true, releaseDate: '2026-01-31' },
  { id: '3', released: true, releaseDate: '2026-02-01' },
  { id: '4', released: false, releaseDate: '2026-03-10' },
  { id: '5', released: true },
];
const bug = (...versions: string[]): FixedIssue => ({ issueType: 'Bug', fixVersionIds: versions });
const story = (...versions: string[]): FixedIssue => ({
  issueType: 'Story',
  fixVersionIds: versions,
});

describe('defect density', () => {
  it('takes the month of a released version with a release date', () => {
    expect(V.map(releaseMonth)).toEqual(['2026-01', '2026-01', '2026-02', null, null]);
    expect(releasesByMonth(V, MONTHS)).toEqual(
      new Map([
        ['2026-01', ['1', '2']],
        ['2026-02', ['3']],
        ['2026-03', []],
      ]),
    );
  });

  it('divides the defects by the issues fixed in the releases, each issue once a month', () => {
    const issues = [bug('1'), bug('1', '2'), story('2'), story('1'), bug('3'), story('4')];
    const values = defectDensityByMonth(V, issues, MONTHS, ['bug'], 'fixed-issues');
    expect(values.get('2026-01')).toBe(2 / 4);
    expect(values.get('2026-02')).toBe(1);
    expect(values.get('2026-03')).toBeNull();
  });

  it('divides the defects by the number of releases', () => {
    const issues = [bug('1'), bug('1', '2'), story('2')];
    const values = defectDensityByMonth(V, issues, MONTHS, ['Bug'], 'release');
    expect(values.get('2026-01')).toBe(1);
    expect(values.get('2026-02')).toBe(0);
    expect(values.get('2026-03')).toBeNull();
  });

  it('has nothing to measure when the releases fixed no issue', () => {
    expect(defectDensityByMonth(V, [], MONTHS, ['Bug'], 'fixed-issues').get('2026-01')).toBeNull();
  });

  const arbitraryIssues = fc.array(
    fc.record({
      issueType: fc.constantFrom('Bug', 'Story', 'Task'),
      fixVersionIds: fc.subarray(['1', '2', '3', '4', '5']),
    }),
    { maxLength: 30 },
  );

  it('is the share of defects among fixed issues: from 0 to 1', () => {
    fc.assert(
      fc.property(arbitraryIssues, (issues) => {
        for (const value of defectDensityByMonth(
          V,
          issues,
          MONTHS,
          ['Bug'],
          'fixed-issues',
        ).values())
          if (value !== null) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
      }),
    );
  });

  it('per release: the defects of the month over its releases', () => {
    fc.assert(
      fc.property(arbitraryIssues, (issues) => {
        const values = defectDensityByMonth(V, issues, MONTHS, ['Bug'], 'release');
        const janDefects = issues.filter(
          (i) => i.issueType === 'Bug' && i.fixVersionIds.some((v) => v === '1' || v === '2'),
        ).length;
        expect(values.get('2026-01')).toBe(janDefects / 2);
        expect(values.get('2026-03')).toBeNull();
      }),
    );
  });

  it('never falls when a defect is added', () => {
    fc.assert(
      fc.property(arbitraryIssues, fc.subarray(['1', '2', '3']), (issues, versions) => {
        const before = defectDensityByMonth(V, issues, MONTHS, ['Bug'], 'release');
        const after = defectDensityByMonth(
          V,
          [...issues, bug(...versions)],
          MONTHS,
          ['Bug'],
          'release',
        );
        for (const month of MONTHS)
          if (before.get(month) !== null)
            expect(after.get(month)!).toBeGreaterThanOrEqual(before.get(month)!);
      }),
    );
  });
});
