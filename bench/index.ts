/**
 * `npm run bench`: runs every benchmark suite, each printing its own report, then prints one
 * JSON object as the very last line of stdout. Each suite returns a part of that object; the
 * parts are merged deeply, so a suite may add top-level keys or keys inside another's.
 */
import './timeZone'; // first: the packages read the process's local zone

import { benchBusinessTime } from './businessTime';
import { benchEvaluation } from './evaluation';
import { benchReports } from './reports';
import { benchSweep } from './sweep';
import { benchValidation } from './validation';
import { blackhole } from './measure';

type Json = { [key: string]: unknown };

/** A suite prints its human-readable report and returns its part of the JSON summary. */
type Suite = () => Promise<object>;

const SUITES: readonly Suite[] = [
  benchBusinessTime,
  benchEvaluation,
  benchSweep,
  benchValidation,
  benchReports,
];

const isPlainObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function mergeInto(target: Json, part: object): Json {
  for (const [key, value] of Object.entries(part)) {
    const existing = target[key];
    target[key] =
      isPlainObject(existing) && isPlainObject(value) ? mergeInto({ ...existing }, value) : value;
  }
  return target;
}

async function main(): Promise<void> {
  const summary: Json = {};
  for (const suite of SUITES) {
    mergeInto(summary, await suite());
    console.log('');
  }
  // Keeps every measured result observable, so no benchmarked call can be optimised away.
  if (Number.isNaN(blackhole())) console.error('bench: a measured operation returned NaN');
  console.log(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1; // not process.exit(): let buffered output drain
});
