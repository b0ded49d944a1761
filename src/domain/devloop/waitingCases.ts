/**
 * Which cases waiting for a fix can be closed, and which cases an upgrade fixes: pure rules over
 * the hand-overs (with "fixed in V"), the environments' installed versions and the closures made.
 *
 * A case belongs to its environment. A case handed over without one (the customer did not say
 * where) belongs to every environment of its customer running its product: it closes as soon as
 * the first of them has the fix, and that environment is named in the "ready to test" comment.
 * A case with neither an environment nor a known customer and product waits for no environment.
 * Versions are compared with `version.ts`, never as text; a fix or an installed version that is
 * no version is reported and matches nothing.
 */
import { includesFix, parseVersion, type Version } from './version';

/** A case handed over to development that development has fixed in `fixedIn`. */
export interface FixedCase {
  readonly caseId: string;
  readonly caseKey: string;
  readonly devKey: string;
  readonly customer: string | null;
  readonly product: string | null;
  readonly environment: string | null;
  readonly fixedIn: string;
}

/** An environment and the version it runs now (its newest accepted report). */
export interface InstalledVersion {
  readonly environment: string;
  readonly customer: string | null;
  readonly product: string | null;
  readonly version: string;
  readonly reportId: string;
  readonly reportedAt: number;
}

/** A case to close now: the environment that has its fix, and the report that said so. */
export interface ClosureDecision {
  readonly caseId: string;
  readonly caseKey: string;
  readonly devKey: string;
  readonly fixedIn: string;
  readonly environment: string;
  readonly version: string;
  readonly reportId: string;
}

/** A version text that could not be read: the case or report, and why. */
export interface UnreadableVersion {
  readonly what: string;
  readonly error: string;
}

/** The key of a closure: one per case and "fixed in" version. */
export const closureKey = (caseId: string, fixedIn: string): string => `${caseId}\u0000${fixedIn}`;

/** Whether `installed` is an environment the case belongs to. */
export function caseBelongsTo(
  fixedCase: Pick<FixedCase, 'customer' | 'product' | 'environment'>,
  installed: Pick<InstalledVersion, 'environment' | 'customer' | 'product'>,
): boolean {
  if (fixedCase.environment !== null) return fixedCase.environment === installed.environment;
  return (
    fixedCase.customer !== null &&
    fixedCase.product !== null &&
    fixedCase.customer === installed.customer &&
    fixedCase.product === installed.product
  );
}

/**
 * The cases to close now: each fixed case without a closure (`closed` holds `closureKey`s)
 * whose environment runs a version with the fix. Of several such environments, the one that
 * reported it first (then by id), so the choice does not depend on the order of the lists.
 */
export function casesToClose(
  cases: readonly FixedCase[],
  installed: readonly InstalledVersion[],
  closed: ReadonlySet<string>,
): { readonly close: ClosureDecision[]; readonly unreadable: UnreadableVersion[] } {
  const unreadable: UnreadableVersion[] = [];
  const versions = readInstalled(installed, unreadable);
  const close: ClosureDecision[] = [];
  for (const fixedCase of cases) {
    if (closed.has(closureKey(fixedCase.caseId, fixedCase.fixedIn))) continue;
    const fix = parseVersion(fixedCase.fixedIn);
    if (!fix.ok) {
      unreadable.push({ what: `fixed-in version of ${fixedCase.caseKey}`, error: fix.error });
      continue;
    }
    const first = versions
      .filter(
        ({ row, version }) => caseBelongsTo(fixedCase, row) && includesFix(version, fix.version),
      )
      .map(({ row }) => row)
      .sort((a, b) => a.reportedAt - b.reportedAt || compareText(a.environment, b.environment))[0];
    if (first) {
      close.push({
        caseId: fixedCase.caseId,
        caseKey: fixedCase.caseKey,
        devKey: fixedCase.devKey,
        fixedIn: fixedCase.fixedIn,
        environment: first.environment,
        version: first.version,
        reportId: first.reportId,
      });
    }
  }
  return { close, unreadable };
}

/** An environment moving from `previous` (null: never reported) to `current`. */
export interface Upgrade {
  readonly environment: string;
  readonly customer: string | null;
  readonly product: string | null;
  readonly previous: string | null;
  readonly current: string;
}

/**
 * The release notes of an upgrade: the cases belonging to the environment whose fix the new
 * version includes and the previous one did not, by key. None when the new version is no
 * version; a previous version that is none is taken as having no fix.
 */
export function casesFixedByUpgrade(upgrade: Upgrade, cases: readonly FixedCase[]): FixedCase[] {
  const current = parseVersion(upgrade.current);
  if (!current.ok) return [];
  const previous = upgrade.previous === null ? null : parseVersion(upgrade.previous);
  const had = (fix: Version) =>
    previous !== null && previous.ok && includesFix(previous.version, fix);
  return cases
    .filter((fixedCase) => {
      if (!caseBelongsTo(fixedCase, upgrade)) return false;
      const fix = parseVersion(fixedCase.fixedIn);
      return fix.ok && includesFix(current.version, fix.version) && !had(fix.version);
    })
    .sort((a, b) => compareText(a.caseKey, b.caseKey));
}

function readInstalled(
  installed: readonly InstalledVersion[],
  unreadable: UnreadableVersion[],
): { readonly row: InstalledVersion; readonly version: Version }[] {
  return installed.flatMap((row) => {
    const reading = parseVersion(row.version);
    if (reading.ok) return [{ row, version: reading.version }];
    unreadable.push({ what: `version of ${row.environment}`, error: reading.error });
    return [];
  });
}

/** Keys and ids in natural order: SUP-9 before SUP-10. */
const compareText = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
