/**
 * Defect density of the releases of each month: the defects (issues of the defect issue types)
 * whose fix version is a release of the month, divided by the size of those releases
 * (`ReleaseSizeMeasure`): the issues fixed in them, or the number of releases. A month without
 * a release, or whose releases have no size, has nothing to measure (null).
 *
 * An issue is counted once in a month however many of its fix versions were released in it
 * (defects and fixed issues alike), and once in each month one of its fix versions was released.
 */
import type { ReleaseSizeMeasure } from './kpiSourceSettings';

/** A version of a release project, as Jira lists it. */
export interface ReleaseVersion {
  readonly id: string;
  readonly released: boolean;
  /** `YYYY-MM-DD`, Jira's release date (a calendar date); absent when none is set. */
  readonly releaseDate?: string;
}

/** An issue with a fix version among the releases. */
export interface FixedIssue {
  readonly issueType: string;
  readonly fixVersionIds: readonly string[];
}

/**
 * The month (`YYYY-MM`) a version was released in, or null: unreleased, or released without a
 * date. A release date is a calendar date, the same in every time zone.
 */
export const releaseMonth = (version: ReleaseVersion): string | null =>
  version.released && version.releaseDate && /^\d{4}-\d{2}-\d{2}$/.test(version.releaseDate)
    ? version.releaseDate.slice(0, 7)
    : null;

/** The versions released in each of `months`. */
export function releasesByMonth(
  versions: readonly ReleaseVersion[],
  months: readonly string[],
): Map<string, string[]> {
  const byMonth = new Map(months.map((m): [string, string[]] => [m, []]));
  for (const version of versions) {
    const month = releaseMonth(version);
    if (month !== null) byMonth.get(month)?.push(version.id);
  }
  return byMonth;
}

export function defectDensityByMonth(
  versions: readonly ReleaseVersion[],
  issues: readonly FixedIssue[],
  months: readonly string[],
  defectIssueTypes: readonly string[],
  releaseSize: ReleaseSizeMeasure,
): Map<string, number | null> {
  const defectTypes = new Set(defectIssueTypes.map((t) => t.toLowerCase()));
  const releases = releasesByMonth(versions, months);
  return new Map(
    months.map((month) => {
      const released = new Set(releases.get(month) ?? []);
      if (released.size === 0) return [month, null];
      const fixed = issues.filter((issue) => issue.fixVersionIds.some((id) => released.has(id)));
      const defects = fixed.filter((issue) => defectTypes.has(issue.issueType.toLowerCase()));
      const size = releaseSize === 'release' ? released.size : fixed.length;
      return [month, size === 0 ? null : defects.length / size];
    }),
  );
}
