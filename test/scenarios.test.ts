/**
 * Scenario suite: every `test/scenarios/NN-*.json` is a self-contained `slm-scenario/1` document
 * (support staff copy them and run `npx slm evaluate FILE`) plus three fields the evaluator
 * ignores and this runner reads:
 *
 * - `description`: what the scenario checks and the hand calculation behind `expected`.
 * - `expected`: for a valid scenario, a subset of the evaluation, compared with `toMatchObject`
 *   (so arrays such as `goals` and `cycles` must list every element). Instants compare as
 *   instants: `"2026-03-02T09:30:00+01:00"` matches `"2026-03-02T08:30:00.000Z"`. `reason`
 *   (only when `agreement` is null) must be a non-empty string containing the given text.
 *   For invalid input: `{ "code": 2, "errors": [{ "path", "message"? }] }`; every listed path
 *   must be among the errors on stderr (a `message` must be contained in that error's message).
 * - `disagreement` (optional): the hand-calculated `expected` contradicts the evaluator, which we
 *   believe violates contract-format.md; the text says why. The case runs as `it.failing`, so it
 *   turns red the day the evaluator is fixed: then delete the field.
 *
 * A file with `stdin` instead of a scenario sends that text as the document (for input that is
 * not JSON at all).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSlm } from '../src/cli/slm';

const DIR = join(__dirname, 'scenarios');
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** What every expected goal must state, so no scenario silently skips the core figures. */
const GOAL_FIGURES = [
  'goal',
  'state',
  'breached',
  'elapsedMs',
  'remainingMs',
  'deadline',
  'breachedAt',
  'completedAt',
] as const;

interface ExpectedError {
  path: string;
  message?: string;
}

interface ScenarioFile {
  description?: string;
  disagreement?: string;
  stdin?: string;
  expected: { code?: number; errors?: ExpectedError[]; [field: string]: unknown };
  [field: string]: unknown;
}

/** Rewrites every ISO instant in a JSON value to `toISOString()` form, so offsets compare equal. */
function normalizeInstants(value: unknown): unknown {
  if (typeof value === 'string' && INSTANT.test(value)) {
    const t = Date.parse(value);
    return Number.isNaN(t) ? value : new Date(t).toISOString();
  }
  if (Array.isArray(value)) return value.map(normalizeInstants);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, normalizeInstants(item)]),
    );
  }
  return value;
}

const files = readdirSync(DIR)
  .filter((name) => /^\d\d-.+\.json$/.test(name))
  .sort();

describe('scenario suite', () => {
  it('has at least 45 scenarios, 8 of them invalid input, each named NN-short-description.json', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
    const invalid = files.filter((name) => {
      const { expected } = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as ScenarioFile;
      return expected.code === 2;
    });
    expect(invalid.length).toBeGreaterThanOrEqual(8);
    expect(readdirSync(DIR).filter((name) => !files.includes(name))).toEqual([]);
  });

  describe.each(files)('%s', (name) => {
    const file = JSON.parse(readFileSync(join(DIR, name), 'utf8')) as ScenarioFile;
    const { expected, description, disagreement, stdin, ...scenario } = file;
    const { code: expectedCode = 0, errors: expectedErrors, ...evaluation } = expected;
    const text = stdin ?? JSON.stringify(scenario);
    const run = () => runSlm(['evaluate', '-'], () => text);
    const check = disagreement ? it.failing : it;

    it('is documented and self-contained', () => {
      expect(description).toEqual(expect.any(String));
      if (stdin === undefined) expect(scenario.format).toBe('slm-scenario/1');
      if (expectedCode === 0) {
        expect(evaluation).toHaveProperty('agreement');
        expect(evaluation).toHaveProperty('nextAction');
        const goals = evaluation.goals as Record<string, unknown>[];
        expect(Array.isArray(goals)).toBe(true);
        for (const goal of goals) {
          for (const figure of GOAL_FIGURES) expect(goal).toHaveProperty([figure]);
        }
      } else {
        expect(expectedErrors?.length).toBeGreaterThan(0);
      }
    });

    if (expectedCode === 0) {
      check(`evaluates as calculated by hand${disagreement ? ` (known disagreement)` : ''}`, () => {
        const result = run();
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const actual = normalizeInstants(JSON.parse(result.stdout));
        const wanted = normalizeInstants(evaluation) as Record<string, unknown>;
        if (typeof wanted.reason === 'string') {
          expect((actual as { reason?: unknown }).reason).toMatch(/\S/);
          wanted.reason = expect.stringContaining(wanted.reason);
        }
        expect(actual).toMatchObject(wanted);
      });
    } else {
      check(
        `is refused with exit code ${expectedCode} and the listed error paths${disagreement ? ' (known disagreement)' : ''}`,
        () => {
          const result = run();
          expect(result.stdout).toBe('');
          expect(result.code).toBe(expectedCode);
          const { errors } = JSON.parse(result.stderr) as { errors: ExpectedError[] };
          for (const wanted of expectedErrors ?? []) {
            expect(errors.map((error) => error.path)).toContain(wanted.path);
            const found = errors.filter((error) => error.path === wanted.path);
            if (wanted.message) {
              expect(found.map((e) => e.message)).toContainEqual(
                expect.stringContaining(wanted.message),
              );
            }
          }
        },
      );
    }
  });
});
