/**
 * A report of the version an environment now runs, from the pipeline's web trigger, the admin
 * page or a resolver: validated against the contract in force, recorded (append-only), and when
 * it raised the environment's version, announced on `dev-loop-events` so the cases the new
 * version fixes are closed. Recording comes first: if the push fails the report stays, and the
 * development loop's sweep closes the cases from the stored reports.
 */
import type { Environment } from '../../domain/contract';
import { compareVersions, parseVersion } from '../../domain/devloop/version';
import type { ValidationError } from '../../domain/validation';
import {
  currentEnvironmentVersion,
  recordEnvironmentVersion,
  type EnvironmentVersionReport,
  type VersionSource,
} from '../../storage/devloop/environmentVersions';
import type { AppContext } from '../appContext';

/** What `dev-loop-events` carries for a raised version. */
// A type, not an interface: an async event's body must be indexable (`Body` of @forge/events).
export type EnvironmentUpgradedEvent = {
  readonly reportId: string;
  readonly environment: string;
};

export interface VersionReportInput {
  readonly environment: string;
  readonly version: string;
  readonly source: VersionSource;
  readonly reportedBy: string;
  /** The caller's id of the request: the same one again is a replay. Null: never a replay. */
  readonly requestId: string | null;
}

export type VersionReportOutcome =
  | { readonly kind: 'unknownEnvironment'; readonly environment: string }
  /** The version is no version `parseVersion` reads: nothing stored. */
  | { readonly kind: 'unreadableVersion'; readonly errors: readonly ValidationError[] }
  | { readonly kind: 'replayed'; readonly reportId: string }
  | {
      readonly kind: 'recorded';
      readonly report: EnvironmentVersionReport;
      /** The version before it (null: none known). */
      readonly previous: string | null;
      /** Whether it raised the environment's version. */
      readonly upgraded: boolean;
      /** Whether the upgrade went on the queue; false when the queue refused (the sweep takes it). */
      readonly queued: boolean;
    };

/** The environments of the contract in force, by id. */
export async function contractEnvironments(
  ctx: Pick<AppContext, 'contracts'>,
): Promise<Map<string, Environment>> {
  const latest = await ctx.contracts.latest();
  const environments = new Map<string, Environment>();
  for (const customer of latest?.contract.customers ?? []) {
    for (const environment of customer.environments) environments.set(environment.id, environment);
  }
  return environments;
}

export async function reportEnvironmentVersion(
  ctx: AppContext,
  input: VersionReportInput,
  versionPath = '$.version',
): Promise<VersionReportOutcome> {
  const environment = (await contractEnvironments(ctx)).get(input.environment);
  if (!environment) return { kind: 'unknownEnvironment', environment: input.environment };
  const reading = parseVersion(input.version);
  if (!reading.ok) {
    return { kind: 'unreadableVersion', errors: [{ path: versionPath, message: reading.error }] };
  }
  const current = await currentEnvironmentVersion(ctx.sql, environment);
  const outcome = await recordEnvironmentVersion(ctx.sql, {
    environment: environment.id,
    product: environment.product,
    version: reading.version.text,
    source: input.source,
    reportedBy: input.reportedBy,
    reportedAt: ctx.now(),
    requestId: input.requestId,
  });
  if (outcome.kind === 'replayed') return outcome;
  const before = current.version === null ? null : parseVersion(current.version);
  // A version the contract held before validation (unreadable) is no bar: the report raises it.
  const upgraded = !before?.ok || compareVersions(reading.version, before.version) > 0;
  ctx.log('environment version recorded', {
    environment: environment.id,
    version: reading.version.text,
    previous: current.version,
    source: input.source,
    upgraded,
  });
  let queued = false;
  if (upgraded) {
    const event: EnvironmentUpgradedEvent = {
      reportId: outcome.report.reportId,
      environment: environment.id,
    };
    try {
      await ctx.devLoopEvents.push([{ ...event }]);
      queued = true;
    } catch (error) {
      ctx.log('dev-loop-events push failed; the sweep closes the cases from the report', {
        ...event,
        error: String(error),
      });
    }
  }
  return { kind: 'recorded', report: outcome.report, previous: current.version, upgraded, queued };
}
