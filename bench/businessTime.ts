/**
 * The business-time benchmark: the engine against the naive reference and the npm packages
 * dayjs-business-time and moment-business-time, on the Copenhagen office calendar.
 *
 * 1. Correctness: every case is computed by the engine and both packages, a subset also by the
 *    naive reference. The engine must agree with the reference (else this throws); a package
 *    that disagrees with the engine is reported, not fatal.
 * 2. Speed: ops/s of `add` (8 h and 40 h, mixed) and `diff` (7 and 30 days, mixed) for each
 *    implementation, and the engine's speed-up over each package.
 */
import './timeZone';

import dayjs from 'dayjs';
import dayjsBusinessTime from 'dayjs-business-time';
import moment from 'moment';
import 'moment-business-time';

import {
  addBusinessTime,
  businessTimeBetween,
  createBusinessCalendar,
  DENMARK,
  holidayClosures,
  type BusinessCalendar,
  type HolidaySet,
} from '../src/domain/calendar';
import { COPENHAGEN_OFFICE } from '../test/support/calendars';
import { naiveCalendar } from '../test/support/naiveCalendar';
import { measure, type Measurement } from './measure';
import { seededRandom } from '../src/domain/seededRandom';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const PACKAGES = ['dayjs-business-time', 'moment-business-time'] as const;
type PackageName = (typeof PACKAGES)[number];

export interface BusinessTimeResult {
  engine: { addOpsPerSec: number; diffOpsPerSec: number };
  ratios: Record<PackageName, { add: number; diff: number }>;
}

/** One way of doing business-time arithmetic; instants and amounts in ms. */
interface Implementation {
  readonly name: string;
  add(from: number, amount: number): number;
  between(from: number, to: number): number;
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** Epoch ms of a Copenhagen wall-clock time (the process runs in Europe/Copenhagen). */
const local = (year: number, month: number, day: number, hour: number, minute: number): number =>
  new Date(year, month - 1, day, hour, minute).getTime();

/** Hand-picked starts where calendars tend to go wrong; checked against the naive reference. */
const EDGE_STARTS = [
  local(2026, 6, 4, 14, 0), // Thu before Grundlovsdag: Fri 5 June closes at 12:00
  local(2026, 6, 5, 11, 0), // inside the Grundlovsdag half day
  local(2026, 12, 23, 13, 0), // into Christmas (24–26 Dec) and the 31 Dec half day
  local(2026, 12, 30, 15, 0), // New Year's Eve afternoon, New Year's Day, into 2027
  local(2026, 3, 27, 14, 45), // Friday before the spring DST change (29 March)
  local(2026, 10, 23, 14, 59), // Friday before the autumn DST change (25 October)
  local(2026, 4, 1, 9, 0), // before Easter: Skærtorsdag 2 April to 2. påskedag 6 April
  local(2026, 5, 13, 12, 15), // lunch break, the day before Kristi himmelfartsdag
];

/** Local times where opening ranges start or end. */
const BOUNDARIES = [
  [8, 0],
  [12, 0],
  [12, 30],
  [15, 0],
  [16, 0],
] as const;

/**
 * 200 start instants in 2026, whole minutes: the edge cases first, then half uniformly over the
 * year (mostly outside opening hours) and half in local office-ish hours 07:00–17:59 (mostly
 * inside), some of those exactly on a boundary.
 */
function startInstants(count: number): number[] {
  const next = seededRandom(20_260_101);
  const starts = [...EDGE_STARTS];
  const yearStart = local(2026, 1, 1, 0, 0);
  const yearMinutes = (local(2027, 1, 1, 0, 0) - yearStart) / MINUTE;
  while (starts.length < count) {
    if (starts.length % 2 === 0) {
      starts.push(yearStart + Math.floor(next() * yearMinutes) * MINUTE);
      continue;
    }
    const date = new Date(yearStart + Math.floor(next() * 365) * DAY + 12 * HOUR);
    const [hour, minute] =
      next() < 0.15
        ? BOUNDARIES[Math.floor(next() * BOUNDARIES.length)]!
        : [7 + Math.floor(next() * 11), Math.floor(next() * 60)];
    starts.push(local(date.getFullYear(), date.getMonth() + 1, date.getDate(), hour, minute));
  }
  return starts;
}

type Operation = 'add 8 h' | 'add 40 h' | 'diff 7 days' | 'diff 30 days';

interface Case {
  readonly op: Operation;
  readonly kind: 'add' | 'diff';
  readonly from: number;
  /** ms of business time to add (`add`) or the end instant (`diff`). */
  readonly arg: number;
}

function casesFor(from: number): Case[] {
  return [
    { op: 'add 8 h', kind: 'add', from, arg: 8 * HOUR },
    { op: 'add 40 h', kind: 'add', from, arg: 40 * HOUR },
    { op: 'diff 7 days', kind: 'diff', from, arg: from + 7 * DAY },
    { op: 'diff 30 days', kind: 'diff', from, arg: from + 30 * DAY },
  ];
}

const run = (impl: Implementation, c: Case): number =>
  c.kind === 'add' ? impl.add(c.from, c.arg) : impl.between(c.from, c.arg);

// ---------------------------------------------------------------------------------------------
// Implementations

const engineOf = (name: string, calendar: BusinessCalendar): Implementation => ({
  name,
  add: (from, amount) => addBusinessTime(calendar, from, amount),
  between: (from, to) => businessTimeBetween(calendar, from, to),
});

/** `YYYY-MM-DD` of every full-day Danish closure in `years`, from the engine's own rules. */
function fullDayHolidays(years: readonly number[]): string[] {
  const dates: string[] = [];
  for (const year of years) {
    for (const [day, closedFrom] of holidayClosures([DENMARK], year)) {
      if (closedFrom === 0) dates.push(new Date(day * DAY).toISOString().slice(0, 10));
    }
  }
  return dates.sort();
}

/** Partial closures (e.g. "closes at 12:00") in `years`, which the packages cannot express. */
function partialClosures(years: readonly number[]): string[] {
  const closures: string[] = [];
  for (const year of years) {
    for (const [day, closedFrom] of holidayClosures([DENMARK], year)) {
      if (closedFrom === 0) continue;
      const hhmm = `${String(Math.floor(closedFrom / 60)).padStart(2, '0')}:${String(closedFrom % 60).padStart(2, '0')}`;
      closures.push(`${new Date(day * DAY).toISOString().slice(0, 10)} from ${hhmm}`);
    }
  }
  return closures.sort();
}

function dayjsImplementation(holidays: string[]): Implementation {
  dayjs.extend(dayjsBusinessTime);
  const officeDay = [
    { start: '08:00:00', end: '12:00:00' },
    { start: '12:30:00', end: '16:00:00' },
  ];
  dayjs.setBusinessTime({
    sunday: null,
    monday: officeDay,
    tuesday: officeDay,
    wednesday: officeDay,
    thursday: officeDay,
    friday: [
      { start: '08:00:00', end: '12:00:00' },
      { start: '12:30:00', end: '15:00:00' },
    ],
    saturday: null,
  });
  dayjs.setHolidays(holidays);
  return {
    name: 'dayjs-business-time',
    add: (from, amount) =>
      dayjs(from)
        .addBusinessMinutes(amount / MINUTE)
        .valueOf(),
    between: (from, to) => dayjs(from).businessMinutesDiff(dayjs(to)) * MINUTE,
  };
}

function momentImplementation(holidays: string[]): Implementation {
  const officeDay = ['08:00:00', '12:00:00', '12:30:00', '16:00:00'];
  moment.updateLocale('en', {
    workinghours: {
      0: null,
      1: officeDay,
      2: officeDay,
      3: officeDay,
      4: officeDay,
      5: ['08:00:00', '12:00:00', '12:30:00', '15:00:00'],
      6: null,
    },
    holidays,
  });
  return {
    name: 'moment-business-time',
    add: (from, amount) =>
      moment(from)
        .addWorkingTime(amount / MINUTE, 'minutes')
        .valueOf(),
    // `a.workingDiff(b)` is a − b, like `moment#diff`.
    between: (from, to) => moment(to).workingDiff(moment(from), 'minutes') * MINUTE,
  };
}

// ---------------------------------------------------------------------------------------------
// Output helpers

const pad = (n: number): string => String(n).padStart(2, '0');
const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** An instant as Copenhagen wall-clock time: `Thu 2026-06-04 14:00`. */
function wallClock(t: number): string {
  if (!Number.isFinite(t)) return String(t);
  const d = new Date(t);
  const seconds = d.getSeconds() || d.getMilliseconds() ? `:${pad(d.getSeconds())}` : '';
  return `${WEEKDAY[d.getDay()]} ${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}${seconds}`;
}

/** A duration in ms as `37h30m`. */
function duration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  return `${ms < 0 ? '-' : ''}${Math.floor(minutes / 60)}h${pad(minutes % 60)}m`;
}

const answer = (c: Case, value: number): string =>
  c.kind === 'add' ? wallClock(value) : duration(value);

const describe = (c: Case): string =>
  c.kind === 'add'
    ? `add ${duration(c.arg)} from ${wallClock(c.from)}`
    : `diff ${wallClock(c.from)} → ${wallClock(c.arg)}`;

function rate(opsPerSec: number): string {
  return opsPerSec >= 100
    ? Math.round(opsPerSec).toLocaleString('en-US')
    : opsPerSec.toPrecision(3);
}

function perOp(ns: number): string {
  if (ns < 1_000) return `${ns.toFixed(0)} ns`;
  if (ns < 1_000_000) return `${(ns / 1_000).toFixed(1)} µs`;
  return `${(ns / 1_000_000).toFixed(1)} ms`;
}

const ratioText = (r: number): string =>
  `${r >= 100 ? Math.round(r).toLocaleString('en-US') : r.toPrecision(3)}×`;

const row = (cells: readonly string[], widths: readonly number[]): string =>
  cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!)))
    .join('  ');

// ---------------------------------------------------------------------------------------------
// The benchmark

const START_COUNT = 200;
/** Starts checked against the naive reference (4 cases each): it steps minute by minute. */
const NAIVE_STARTS = 10;

function checkEngineAgainstNaive(engine: Implementation, naive: Implementation, cases: Case[]) {
  const started = performance.now();
  const mismatches = cases.filter((c) => run(engine, c) !== run(naive, c));
  const seconds = ((performance.now() - started) / 1_000).toFixed(1);
  if (mismatches.length > 0) {
    const lines = mismatches
      .slice(0, 5)
      .map(
        (c) =>
          `  ${describe(c)}: engine ${answer(c, run(engine, c))}, naive ${answer(c, run(naive, c))}`,
      );
    throw new Error(
      `the engine disagrees with the naive reference on ${mismatches.length} of ${cases.length} cases:\n${lines.join('\n')}`,
    );
  }
  console.log(
    `engine vs naive reference: all ${cases.length} cases agree (${NAIVE_STARTS} starts × 4 operations, ${seconds} s)`,
  );
}

/**
 * Compares a package with the engine on every case. A disagreement is "explained" when the
 * package matches the engine on the same calendar without its partial closures (5 June and
 * 31 December from 12:00), which the packages have no way to express.
 */
function checkPackage(
  pkg: Implementation,
  engine: Implementation,
  fullDaysOnly: Implementation,
  cases: Case[],
): void {
  const started = performance.now();
  const perOperation = new Map<Operation, number>();
  const explained: { c: Case; expected: number; got: number }[] = [];
  const other: { c: Case; expected: number; got: number }[] = [];
  for (const c of cases) {
    const expected = run(engine, c);
    let got: number;
    try {
      got = run(pkg, c);
    } catch {
      got = NaN;
    }
    if (got === expected) continue;
    perOperation.set(c.op, (perOperation.get(c.op) ?? 0) + 1);
    (got === run(fullDaysOnly, c) ? explained : other).push({ c, expected, got });
  }
  const seconds = ((performance.now() - started) / 1_000).toFixed(1);
  const total = explained.length + other.length;
  const counts = [...perOperation].map(([op, n]) => `${op}: ${n}`).join(', ');
  console.log(
    `${pkg.name}: ${total} of ${cases.length} cases differ from the engine${total ? ` (${counts})` : ''} [${seconds} s]`,
  );
  if (total === 0) return;
  console.log(
    `  ${explained.length} only because it cannot close part of a day, ${other.length} for other reasons`,
  );
  const examples = [...other.slice(0, 2), ...explained.slice(0, other.length >= 2 ? 0 : 1)];
  for (const { c, expected, got } of examples) {
    const why = other.some((o) => o.c === c) ? '' : ' (partial closure)';
    console.log(
      `  e.g. ${describe(c)}: engine ${answer(c, expected)}, ${pkg.name} ${answer(c, got)}${why}`,
    );
  }
}

interface Timed {
  readonly add: Measurement;
  readonly diff: Measurement;
}

/** Times one implementation: `add` cycles through the 8 h / 40 h cases, `diff` through 7 / 30 d. */
function time(
  impl: Implementation,
  addCases: Case[],
  diffCases: Case[],
  options: { warmupMs: number; budgetMs: number; minCalls?: number },
): Timed {
  const addFrom = Float64Array.from(addCases, (c) => c.from);
  const addAmount = Float64Array.from(addCases, (c) => c.arg);
  const diffFrom = Float64Array.from(diffCases, (c) => c.from);
  const diffTo = Float64Array.from(diffCases, (c) => c.arg);
  const add = impl.add;
  const between = impl.between;
  const nAdd = addFrom.length;
  const nDiff = diffFrom.length;
  return {
    add: measure((i) => {
      const k = i % nAdd;
      return add(addFrom[k]!, addAmount[k]!);
    }, options),
    diff: measure((i) => {
      const k = i % nDiff;
      return between(diffFrom[k]!, diffTo[k]!);
    }, options),
  };
}

export async function benchBusinessTime(): Promise<BusinessTimeResult> {
  const years = [2026, 2027];
  const holidays = fullDayHolidays(years);
  const engine = engineOf('engine', createBusinessCalendar(COPENHAGEN_OFFICE, [DENMARK]));
  const fullDaysOnlySet: HolidaySet = {
    ...DENMARK,
    rules: DENMARK.rules.filter((rule) => rule.closedFrom === undefined),
  };
  const fullDaysOnly = engineOf(
    'engine without partial closures',
    createBusinessCalendar(COPENHAGEN_OFFICE, [fullDaysOnlySet]),
  );
  const naiveCal = naiveCalendar(COPENHAGEN_OFFICE, [DENMARK]);
  const naive: Implementation = {
    name: 'naive reference',
    add: (from, amount) => naiveCal.add(from, amount),
    between: (from, to) => naiveCal.between(from, to),
  };
  const packages: Record<PackageName, Implementation> = {
    'dayjs-business-time': dayjsImplementation(holidays),
    'moment-business-time': momentImplementation(holidays),
  };

  const starts = startInstants(START_COUNT);
  const cases = starts.flatMap(casesFor);
  const addCases = cases.filter((c) => c.kind === 'add');
  const diffCases = cases.filter((c) => c.kind === 'diff');

  console.log('== Business time: engine vs naive reference vs npm packages ==');
  console.log(
    'Calendar: Europe/Copenhagen, Mon–Thu 08:00–12:00 + 12:30–16:00, Fri 08:00–12:00 + 12:30–15:00, Danish holidays (DENMARK preset)',
  );
  console.log(
    `Cases: ${starts.length} starts in 2026 (${EDGE_STARTS.length} hand-picked edge cases, the rest seeded random, whole minutes) × add 8 h, add 40 h, diff over 7 days, diff over 30 days = ${cases.length}`,
  );
  console.log(
    `Packages get the ${holidays.length} full-day closures of ${years.join(' and ')} as holiday dates; they cannot express the partial closures (${partialClosures(years).join(', ')}), so cases that cross those differ from the engine by design.`,
  );

  console.log('\n-- Correctness --');
  checkEngineAgainstNaive(engine, naive, starts.slice(0, NAIVE_STARTS).flatMap(casesFor));
  for (const name of PACKAGES) checkPackage(packages[name], engine, fullDaysOnly, cases);

  console.log('\n-- Speed --');
  const timings: [string, Timed][] = [];
  const timeOne = (impl: Implementation, options: Parameters<typeof time>[3]): Timed => {
    const timed = time(impl, addCases, diffCases, options);
    timings.push([impl.name, timed]);
    return timed;
  };
  const engineTimed = timeOne(engine, { warmupMs: 300, budgetMs: 1_500 });
  timeOne(naive, { warmupMs: 0, budgetMs: 500, minCalls: 3 });
  const packageTimed = {} as Record<PackageName, Timed>;
  for (const name of PACKAGES) {
    packageTimed[name] = timeOne(packages[name], { warmupMs: 200, budgetMs: 1_000 });
  }

  const widths = [22, 30, 30];
  console.log(row(['ops/s (time per op)', 'add (8 h / 40 h)', 'diff (7 / 30 days)'], widths));
  for (const [name, t] of timings) {
    console.log(
      row(
        [
          name,
          `${rate(t.add.opsPerSec)} (${perOp(t.add.nsPerOp)})`,
          `${rate(t.diff.opsPerSec)} (${perOp(t.diff.nsPerOp)})`,
        ],
        widths,
      ),
    );
  }

  const ratios = {} as BusinessTimeResult['ratios'];
  console.log('');
  console.log(row(['engine speed-up over', 'add', 'diff'], widths));
  for (const [name, t] of timings) {
    if (name === engine.name) continue;
    const add = engineTimed.add.opsPerSec / t.add.opsPerSec;
    const diff = engineTimed.diff.opsPerSec / t.diff.opsPerSec;
    if (name in packageTimed) ratios[name as PackageName] = { add, diff };
    console.log(row([name, ratioText(add), ratioText(diff)], widths));
  }

  const target = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  const engineNs = Math.max(engineTimed.add.nsPerOp, engineTimed.diff.nsPerOp);
  const minRatio = Math.min(...Object.values(ratios).flatMap((r) => [r.add, r.diff]));
  console.log(
    `\nTarget "well under 1 µs per engine operation": ${target(engineNs < 1_000)} (slowest: ${perOp(engineNs)})`,
  );
  console.log(
    `Target "speed-up ≥ 1000 over each package on every operation": ${target(minRatio >= 1_000)} (lowest: ${ratioText(minRatio)})`,
  );

  return {
    engine: {
      addOpsPerSec: Math.round(engineTimed.add.opsPerSec),
      diffOpsPerSec: Math.round(engineTimed.diff.opsPerSec),
    },
    ratios: Object.fromEntries(
      PACKAGES.map((name) => [
        name,
        { add: round1(ratios[name].add), diff: round1(ratios[name].diff) },
      ]),
    ) as BusinessTimeResult['ratios'],
  };
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
