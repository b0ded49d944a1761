/**
 * The five-minute sweep's part of the development loop (`slaSweep.ts`), so that an accepted
 * version update is never lost:
 *
 * 1. closures not closed are tried again when due (`closureRetryDue`: 15 min after an attempt,
 *    doubling to 6 h, 8 attempts at most), and so are release notes not sent, a few a sweep;
 * 2. reports of the last day never handled (no `release_notes` row: the queue push or the
 *    consumer was lost) are queued again as `{ reportId, environment }`;
 * 3. fixed cases with no closure whose environment runs the fix now (a lost `{ caseId }` event,
 *    or more cases than one event closes) are queued as `{ caseId }`.
 * The sweep has 55 s for all its parts, so it does Jira work only for the retries and leaves
 * the rest to the `dev-loop-events` consumer. Everything is claimed as the consumer claims it,
 * so an overlap with the consumer, or another sweep, closes nothing twice.
 */
import { closureRetryDue, MAX_CLOSURE_ATTEMPTS } from '../../domain/devloop/waitingCasesRetry';
import { knownEnvironments } from '../../domain/devloop/waitingCasesEnvironments';
import {
  fixedCases,
  reportsWithoutReleaseNotes,
  unfinishedClosures,
} from '../../storage/devloop/caseClosures';
import { handoverOf } from '../../storage/devloop/devHandovers';
import { loadDevLoopSettings } from '../../storage/devloop/devLoopSettings';
import { environmentVersionReport } from '../../storage/devloop/environmentVersions';
import { unsentReleaseNotes } from '../../storage/devloop/releaseNotes';
import type { AppContext } from '../appContext';
import {
  attemptClosure,
  CASES_READ_PER_RUN,
  closureWording,
  decideClosures,
} from './closeFixedCases';
import { attemptReleaseNote } from './releaseNotes';

/** Closures, and release notes, tried again per sweep: up to four Jira requests each. */
export const RETRIES_PER_SWEEP = 5;
/** Events the sweep queues per part: Forge takes at most 50 events a push. */
export const EVENTS_PER_SWEEP = 50;
/** How far back the sweep looks for reports never handled. */
export const REPORT_WINDOW_MS = 86_400_000;
/**
 * A report younger than this is left to its queue event, which may still be on its way; the
 * claims make an overlap harmless, this only saves work.
 */
export const REPORT_GRACE_MS = 5 * 60_000;

export interface DevLoopSweepResult {
  readonly retried: number;
  readonly requeuedReports: number;
  readonly requeuedCases: number;
}

export async function sweepDevLoop(ctx: AppContext): Promise<DevLoopSweepResult> {
  const retried = (await retryClosures(ctx)) + (await retryReleaseNotes(ctx));
  const now = ctx.now();
  const reports = await reportsWithoutReleaseNotes(
    ctx.sql,
    { from: now - REPORT_WINDOW_MS, to: now - REPORT_GRACE_MS },
    EVENTS_PER_SWEEP,
  );
  if (reports.length > 0) await ctx.devLoopEvents.push(reports.map((r) => ({ ...r })));
  const waiting = await fixedCases(ctx.sql, { unclaimed: true }, CASES_READ_PER_RUN);
  const closable =
    waiting.length === 0
      ? []
      : await decideClosures(ctx, waiting, knownEnvironments(await ctx.contracts.model()));
  const cases = closable.slice(0, EVENTS_PER_SWEEP).map((d) => ({ caseId: d.caseId }));
  if (cases.length > 0) await ctx.devLoopEvents.push(cases);
  return { retried, requeuedReports: reports.length, requeuedCases: cases.length };
}

/** Tries again the closures that are due; how many were closed. */
async function retryClosures(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const due = (await unfinishedClosures(ctx.sql, MAX_CLOSURE_ATTEMPTS, 100))
    .filter((closure) => closureRetryDue(closure, now))
    .slice(0, RETRIES_PER_SWEEP);
  if (due.length === 0) return 0;
  const [model, settings] = await Promise.all([
    ctx.contracts.model(),
    loadDevLoopSettings(ctx.store),
  ]);
  let closed = 0;
  for (const closure of due) {
    const handover = await handoverOf(ctx.sql, closure.caseId);
    if (!handover) continue;
    const wording = await closureWording(ctx, model, closure, handover);
    if ((await attemptClosure(ctx, settings, closure, wording)) === 'closed') closed++;
  }
  return closed;
}

/** Sends again the release notes that are due (same waits as closures); how many went. */
async function retryReleaseNotes(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const due = (await unsentReleaseNotes(ctx.sql, MAX_CLOSURE_ATTEMPTS, 100))
    .filter((note) => closureRetryDue(note, now))
    .slice(0, RETRIES_PER_SWEEP);
  if (due.length === 0) return 0;
  const model = await ctx.contracts.model();
  let sent = 0;
  for (const note of due) {
    const report = await environmentVersionReport(ctx.sql, note.reportId);
    if (report && (await attemptReleaseNote(ctx, model, note, report.version))) sent++;
  }
  return sent;
}
