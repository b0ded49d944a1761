import { randomUUID } from 'node:crypto';
import { Sort } from '@forge/kvs';
import { compileValidContract, type Contract } from '../domain/contract';
import { EMPTY_PREVIEW, mergePreviews, type ChangePreview } from '../domain/sla/changePreview';
import { formatInstant } from '../domain/instant';
import { BULK_LIMITS } from '../jira/jiraClient';
import type { ReevaluationRunView, ResolvedPeriod, RunKind } from '../resolvers/views';
import { readChunked, writeChunked } from '../storage/chunkedValue';
import { MAX_QUERY_LIMIT } from '../storage/kvsRules';
import {
  reevaluationRunKey,
  runBatchKey,
  runDraftChunkKey,
  runDraftChunksOf,
} from '../storage/storageKeys';
import type { AppContext } from './appContext';
import { previewIssues } from './contractChangePreview';

/**
 * Re-evaluation runs: the issues a contract change can affect, measured again in batches on the
 * evaluation queue, with progress the admin page polls. Three kinds (`RunKind`): after a save,
 * the open issues the new version can affect; on an admin's request, the closed issues of a
 * period; before a save, a preview measuring open issues under the draft, writing nothing.
 *
 * A run is found step by step, so that no invocation does more than its share: each step is a
 * queue job `{ run: { id } }` that searches the next page of the run's issues (JQL, keys only,
 * `nextPageToken`) and queues them in batch jobs `{ issueKeys, run: { id, batch } }` of
 * `BATCH_SIZE`, one push of at most 50 events (Forge's limit a push), then queues the next step
 * `STEP_DELAY_SECONDS` later, keeping the run within Forge's 500 events a minute with room for
 * the triggers and the sweep ("Async events limits", developer.atlassian.com/platform/forge/
 * limits-async-events). A preview step measures its page itself and stores the result as a batch.
 *
 * Progress cannot lose updates under concurrent consumers: each batch has its own record in the
 * `run-batch` custom entity (manifest.yml), written only by the consumer that measured it, and a
 * run's progress is their sum, read through the entity's index by run. A batch delivered again
 * overwrites its own record, and a step that runs twice queues the same batch numbers again, so
 * no batch is counted twice. The run record is written only by its steps, one after another.
 *
 * The consumer's part (`src/triggers/evaluationConsumer.ts`): a job with `run` and no `issueKeys`
 * goes to `runStep`; after a batch job's issues are refreshed (measured again under the version
 * in force even when closed, for `recalculate`), it calls `recordRunProgress` with the batch's
 * counts, also when the whole batch failed, so that the run can finish. The sweep's catch-up of
 * issues evaluated under an older version stays the safety net.
 */

/** What a job of a run carries (`EvaluationJob.run`): the run, and for a batch its number. */
export interface RunRef {
  readonly id: string;
  readonly batch?: number;
}

/** What a batch of a run came to, as the consumer reports it. */
export interface RunProgress {
  /** Issues refreshed. */
  readonly done: number;
  /** Issues not refreshed: they go on the app's retry schedule, outside the run. */
  readonly failed: number;
  /** Of those refreshed, how many got an evaluation that differs from the one before. */
  readonly changed?: number;
}

/** Issues a batch job refreshes: a batch's Jira reads are constant in its size (bulk fetch). */
export const BATCH_SIZE = 100;
/** Forge takes at most 50 events a push: a step queues one push of batches. */
const BATCHES_PER_STEP = 50;
/** 50 batch events every 15 s: 200 a minute, well inside Forge's 500. */
const STEP_DELAY_SECONDS = 15;
/**
 * Issues a preview step measures itself (no batch jobs: nothing is written): the changelogs of
 * as many as one bulk changelog request takes, read in a few bulk requests well within the
 * consumer's 900 s, and few enough steps for Forge's 1,000 pushes in a chain ("Cyclic
 * invocation limit") on a site with 100,000 open issues.
 */
const PREVIEW_ISSUES_PER_STEP = BULK_LIMITS.changelogIssues;

/** The run as stored in KVS: what it measures, and how far finding its issues has got. */
interface StoredRun {
  readonly id: string;
  readonly kind: RunKind;
  readonly startedAt: string;
  readonly startedBy: string;
  readonly contractVersion: number | null;
  /** The issues of the run, in a stable order, so that paging through them skips none. */
  readonly jql: string;
  /** Batches queued (or, for a preview, measured) so far, numbered from 0. */
  readonly batches: number;
  readonly total: number;
  /** Where the search goes on; absent once every issue is found. */
  readonly nextPageToken?: string;
  readonly found: boolean;
  readonly period?: ResolvedPeriod;
  /** How many pieces the draft of a preview is stored in (`chunkedValue.ts`). */
  readonly draftChunks?: number;
}

/** A batch's record in the `run-batch` custom entity. */
interface BatchRecord {
  readonly runId: string;
  readonly batch: number;
  readonly done: number;
  readonly failed: number;
  readonly changed: number;
  readonly finishedMs: number;
  /** A preview batch: what the draft changes for its issues. */
  readonly preview?: ChangePreview;
}

/** The custom entity, and its index, declared in manifest.yml (`app.storage.entities`). */
const RUN_BATCH_ENTITY = 'run-batch';
const BY_RUN = 'by-run';

export interface RunStart {
  readonly kind: RunKind;
  readonly startedBy: string;
  readonly contractVersion: number | null;
  readonly jql: string;
  readonly period?: ResolvedPeriod;
  /** The draft a preview measures. */
  readonly draft?: Contract;
}

/** Stores a new run and queues its first step; returns its view. */
export async function startRun(ctx: AppContext, start: RunStart): Promise<ReevaluationRunView> {
  const run = await createRun(ctx, start);
  await queueRun(ctx, run);
  return run;
}

/** Stores a new run without starting it, so that it can be recorded elsewhere first. */
export async function createRun(ctx: AppContext, start: RunStart): Promise<ReevaluationRunView> {
  const id = randomUUID();
  const draftChunks =
    start.draft && (await writeChunked(ctx.store, (i) => runDraftChunkKey(id, i), start.draft));
  const run: StoredRun = {
    id,
    kind: start.kind,
    startedAt: formatInstant(ctx.now()),
    startedBy: start.startedBy,
    contractVersion: start.contractVersion,
    jql: start.jql,
    batches: 0,
    total: 0,
    found: false,
    ...(start.period && { period: start.period }),
    ...(draftChunks !== undefined && { draftChunks }),
  };
  await ctx.store.set(reevaluationRunKey(id), run);
  return view(run, []);
}

/** Queues the first step of a run `createRun` stored. */
export async function queueRun(ctx: AppContext, run: ReevaluationRunView): Promise<void> {
  await ctx.queue.push([{ run: { id: run.id }, reason: `${run.kind} run: find issues` }]);
}

/** One step of a run (a job with `run` and no `issueKeys`): the next page of its issues. */
export async function runStep(ctx: AppContext, ref: RunRef): Promise<void> {
  const run = await ctx.store.get<StoredRun>(reevaluationRunKey(ref.id));
  if (!run) {
    ctx.log('re-evaluation run not found, step dropped', { run: ref.id });
    return;
  }
  if (run.found) return;
  const next = run.kind === 'preview' ? await previewStep(ctx, run) : await queueStep(ctx, run);
  await ctx.store.set(reevaluationRunKey(run.id), next);
  if (next.found) {
    if (run.kind === 'preview') await deleteDraft(ctx, run.id);
    return;
  }
  await ctx.queue.push([{ run: { id: run.id }, reason: `${run.kind} run: find issues` }], {
    delayInSeconds: run.kind === 'preview' ? 0 : STEP_DELAY_SECONDS,
  });
}

/**
 * Records what a batch of a run came to. Each batch has its own record, so consumers measuring
 * batches at once never overwrite each other; a batch delivered again is recorded again, once.
 */
export async function recordRunProgress(
  ctx: AppContext,
  ref: RunRef,
  progress: RunProgress,
): Promise<void> {
  if (ref.batch === undefined) {
    ctx.log('run progress without a batch number, dropped', { run: ref.id });
    return;
  }
  await saveBatch(ctx, {
    runId: ref.id,
    batch: ref.batch,
    done: progress.done,
    failed: progress.failed,
    changed: progress.changed ?? 0,
    finishedMs: ctx.now(),
  });
}

/** A run and its progress, or undefined when there is no such run. */
export async function readRun(
  ctx: AppContext,
  runId: string,
): Promise<ReevaluationRunView | undefined> {
  const run = await ctx.store.get<StoredRun>(reevaluationRunKey(runId));
  return run && view(run, await batchesOf(ctx, runId));
}

/** Finds the next page of issues and queues them in batch jobs. */
async function queueStep(ctx: AppContext, run: StoredRun): Promise<StoredRun> {
  const page = await ctx.jira.searchPage({
    jql: run.jql,
    fields: ['key'],
    maxResults: BATCH_SIZE * BATCHES_PER_STEP,
    ...(run.nextPageToken && { nextPageToken: run.nextPageToken }),
  });
  const keys = page.issues.map((issue) => issue.key);
  const jobs = [];
  for (let i = 0; i < keys.length; i += BATCH_SIZE) {
    jobs.push({
      issueKeys: keys.slice(i, i + BATCH_SIZE),
      run: { id: run.id, batch: run.batches + jobs.length },
      ...(run.kind === 'recalculate' && { recalculate: true }),
      reason: `${run.kind} run`,
    });
  }
  // Queued before the run records them: a step that dies in between is delivered again and
  // queues the same batch numbers, which are recorded once.
  if (jobs.length > 0) await ctx.queue.push(jobs);
  return advanced(run, jobs.length, keys.length, page.nextPageToken);
}

/** Measures the next page of open issues under the draft and the version in force. */
async function previewStep(ctx: AppContext, run: StoredRun): Promise<StoredRun> {
  const page = await ctx.jira.searchPage({
    jql: run.jql,
    fields: ['key'],
    maxResults: PREVIEW_ISSUES_PER_STEP,
    ...(run.nextPageToken && { nextPageToken: run.nextPageToken }),
  });
  const keys = page.issues.map((issue) => issue.key);
  if (keys.length > 0) {
    const draft = await readChunked<Contract>(
      ctx.store,
      (i) => runDraftChunkKey(run.id, i),
      run.draftChunks ?? 0,
    );
    const measured = await previewIssues(ctx, keys, compileValidContract(draft));
    await saveBatch(ctx, {
      runId: run.id,
      batch: run.batches,
      done: measured.done,
      failed: measured.failed,
      changed: measured.preview.agreements.reduce((sum, a) => sum + a.changed, 0),
      finishedMs: ctx.now(),
      preview: measured.preview,
    });
  }
  return advanced(run, keys.length > 0 ? 1 : 0, keys.length, page.nextPageToken);
}

function advanced(
  run: StoredRun,
  batches: number,
  issues: number,
  nextPageToken: string | undefined,
): StoredRun {
  const { nextPageToken: _previous, ...rest } = run;
  return {
    ...rest,
    batches: run.batches + batches,
    total: run.total + issues,
    found: !nextPageToken,
    ...(nextPageToken && { nextPageToken }),
  };
}

function saveBatch(ctx: AppContext, record: BatchRecord): Promise<void> {
  return ctx.entities
    .entity<BatchRecord>(RUN_BATCH_ENTITY)
    .set(runBatchKey(record.runId, record.batch), record);
}

/** Every batch record of a run, in batch order, page by page through the index by run. */
async function batchesOf(ctx: AppContext, runId: string): Promise<BatchRecord[]> {
  const batches: BatchRecord[] = [];
  let cursor: string | undefined;
  do {
    let query = ctx.entities
      .entity<BatchRecord>(RUN_BATCH_ENTITY)
      .query()
      .index(BY_RUN, { partition: [runId] })
      .sort(Sort.ASC)
      .limit(MAX_QUERY_LIMIT);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    batches.push(...page.results.map((result) => result.value));
    cursor = page.nextCursor;
  } while (cursor);
  return batches;
}

/** The run's view: its batches added up; finished once every issue is found and measured. */
function view(run: StoredRun, batches: readonly BatchRecord[]): ReevaluationRunView {
  const sum = (count: (b: BatchRecord) => number) => batches.reduce((n, b) => n + count(b), 0);
  const finished = run.found && batches.length >= run.batches;
  return {
    id: run.id,
    kind: run.kind,
    contractVersion: run.contractVersion,
    startedAt: run.startedAt,
    startedBy: run.startedBy,
    total: run.total,
    found: run.found,
    done: sum((b) => b.done),
    failed: sum((b) => b.failed),
    changed: sum((b) => b.changed),
    finishedAt: finished
      ? formatInstant(Math.max(Date.parse(run.startedAt), ...batches.map((b) => b.finishedMs)))
      : null,
    ...(run.period && { period: run.period }),
    ...(run.kind === 'preview' && {
      preview: batches.reduce(
        (all, b) => mergePreviews(all, b.preview ?? EMPTY_PREVIEW),
        EMPTY_PREVIEW,
      ),
    }),
  };
}

/** A finished preview's draft is not needed any more. */
async function deleteDraft(ctx: AppContext, runId: string): Promise<void> {
  const keys = await ctx.store.keys(runDraftChunksOf(runId));
  await Promise.all(keys.map((key) => ctx.store.delete(key)));
}
