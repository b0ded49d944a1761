/**
 * A small timing helper: runs an operation repeatedly for about a fixed time budget after a
 * warm-up and reports operations per second. Results are folded into a module-level sink so the
 * JIT cannot drop the work as dead code.
 */

export interface MeasureOptions {
  /** Time spent running the operation before measuring (JIT, lazy caches), ms. */
  readonly warmupMs?: number;
  /** Time to measure for, ms. At least `minCalls` calls are measured whatever the budget. */
  readonly budgetMs?: number;
  /** Fewest calls to measure, for very slow operations. */
  readonly minCalls?: number;
}

export interface Measurement {
  readonly opsPerSec: number;
  readonly nsPerOp: number;
  /** Calls measured (warm-up excluded). */
  readonly calls: number;
}

let sink = 0;

/** The accumulated results of every measured call; read it so the work stays observable. */
export const blackhole = (): number => sink;

const NS_PER_MS = 1_000_000n;

/**
 * Runs `op(0)`, `op(1)`, … and returns its rate. `op` gets a running call index (use it to
 * cycle through prepared inputs) and returns a number, which is accumulated into the sink.
 *
 * The clock is read once per chunk of calls, not per call, so the timer's own cost (~tens of
 * ns) does not swamp sub-microsecond operations; the chunk grows during warm-up until one chunk
 * takes about 1 ms.
 */
export function measure(op: (i: number) => number, options: MeasureOptions = {}): Measurement {
  const { warmupMs = 200, budgetMs = 1_000, minCalls = 1 } = options;
  let i = 0;
  let acc = 0;

  // Warm-up, and find a chunk size that takes ~1 ms.
  let chunk = 1;
  const warmupEnd = process.hrtime.bigint() + BigInt(warmupMs) * NS_PER_MS;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let k = 0; k < chunk; k++) acc += op(i++);
    const end = process.hrtime.bigint();
    if (end >= warmupEnd) break;
    if (end - start < NS_PER_MS) chunk *= 2;
  }

  let calls = 0;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(budgetMs) * NS_PER_MS;
  let now = start;
  while (now < deadline || calls < minCalls) {
    for (let k = 0; k < chunk; k++) acc += op(i++);
    calls += chunk;
    now = process.hrtime.bigint();
  }
  sink += acc;

  const elapsedNs = Number(now - start);
  return { opsPerSec: (calls * 1e9) / elapsedNs, nsPerOp: elapsedNs / calls, calls };
}
