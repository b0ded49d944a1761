import { JiraBusyError } from '../../jira/jiraClient';
import { JSM_CSAT_SWEEP_CURSOR_KEY } from '../../storage/storageKeys';
import type { AppContext } from '../appContext';
import { recordJsmFeedback } from './jsmFeedback';

/**
 * The bounds of one sweep: requests resolved in the last `windowDays`, at most `maxReads` JSM
 * reads a run (one request each: JSM has no bulk read of feedback), found `pageSize` at a time.
 */
export const JSM_CSAT_SWEEP = { windowDays: 14, maxReads: 50, pageSize: 100, maxPages: 5 } as const;

/** The last request the sweep checked, by resolution instant then key. */
interface SweepCursor {
  readonly resolvedAt: number;
  readonly key: string;
}

export interface JsmSweepResult {
  readonly read: number;
  readonly recorded: number;
  readonly failed: number;
}

/**
 * Reads the CSAT of requests resolved in the window that have none recorded yet. Customers rate
 * after the resolution, often days later, so the read when a request is resolved mostly finds
 * nothing; this sweep comes back for them. It walks the window oldest first from a cursor kept
 * in KVS and starts again at the window's start once through, so every request in the window is
 * checked in turn however many there are, `maxReads` a run. Requests with a JSM rating recorded
 * are skipped with one SQL query a page, without asking Jira.
 */
export async function sweepJsmFeedback(ctx: AppContext): Promise<JsmSweepResult> {
  const now = ctx.now();
  const windowStart = now - JSM_CSAT_SWEEP.windowDays * 86_400_000;
  const stored = await ctx.store.get<SweepCursor>(JSM_CSAT_SWEEP_CURSOR_KEY);
  const cursor = stored && stored.resolvedAt >= windowStart ? stored : null;
  const from = cursor?.resolvedAt ?? windowStart;
  // A relative period, so the query does not depend on the app's time zone in Jira.
  const minutes = Math.ceil((now - from) / 60_000) + 1;
  const jql = `resolved >= -${minutes}m ORDER BY resolved ASC, key ASC`;

  let read = 0;
  let recorded = 0;
  let failed = 0;
  let last: SweepCursor | null = cursor;
  let nextPageToken: string | undefined;
  for (let page = 0; page < JSM_CSAT_SWEEP.maxPages; page++) {
    const result = await ctx.jira.searchPage({
      jql,
      fields: ['resolutiondate'],
      maxResults: JSM_CSAT_SWEEP.pageSize,
      ...(nextPageToken && { nextPageToken }),
    });
    const candidates = result.issues.flatMap((issue) => {
      const at = resolvedAt(issue.fields.resolutiondate);
      const candidate = at === null ? [] : [{ key: issue.key, resolvedAt: at }];
      return candidate.filter((c) => !cursor || after(c, cursor));
    });
    const known = await recordedKeys(
      ctx,
      candidates.map((c) => c.key),
    );
    for (const candidate of candidates) {
      if (!known.has(candidate.key)) {
        // The run's reads are spent: the next run goes on from the last request checked.
        if (read >= JSM_CSAT_SWEEP.maxReads) return done(ctx, last, { read, recorded, failed });
        read++;
        try {
          const outcome = await recordJsmFeedback(ctx, candidate.key);
          if (outcome.kind === 'disabled') return { read: 0, recorded: 0, failed: 0 };
          if (outcome.kind === 'recorded') recorded++;
        } catch (error) {
          if (error instanceof JiraBusyError) {
            // Jira asked the app to slow down: stop; the next run tries this request again.
            return done(ctx, last, { read, recorded, failed: failed + 1 });
          }
          failed++;
          ctx.log('JSM feedback could not be read', {
            issueKey: candidate.key,
            error: String(error),
          });
        }
      }
      last = candidate;
    }
    nextPageToken = result.nextPageToken;
    // Through the whole window: the next run starts at its start again.
    if (!nextPageToken) return done(ctx, null, { read, recorded, failed });
  }
  return done(ctx, last, { read, recorded, failed });
}

async function done(
  ctx: AppContext,
  cursor: SweepCursor | null,
  result: JsmSweepResult,
): Promise<JsmSweepResult> {
  if (cursor) await ctx.store.set(JSM_CSAT_SWEEP_CURSOR_KEY, cursor);
  else await ctx.store.delete(JSM_CSAT_SWEEP_CURSOR_KEY);
  return result;
}

/** Jira's key order: project key, then the number. */
function keyOrder(a: string, b: string): number {
  const [pa = '', na = '0'] = a.split('-');
  const [pb = '', nb = '0'] = b.split('-');
  return pa === pb ? Number(na) - Number(nb) : pa < pb ? -1 : 1;
}

const after = (a: SweepCursor, b: SweepCursor): boolean =>
  a.resolvedAt > b.resolvedAt || (a.resolvedAt === b.resolvedAt && keyOrder(a.key, b.key) > 0);

function resolvedAt(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  return Number.isNaN(ms) ? null : ms;
}

async function recordedKeys(ctx: AppContext, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await ctx.sql
    .selectFrom('feedback')
    .select('source_id')
    .where('source', '=', 'jsm')
    .where('source_id', 'in', keys)
    .execute();
  return new Set(rows.map((r) => r.source_id));
}
