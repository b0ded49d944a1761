/**
 * No test may depend on how fast the machine is: CI shares 2 cores, and a test that passes in
 * one second on an idle machine can take five on a busy one. Time limits in tests only stop a
 * hang, so each is far above what the work needs; waiting is on a condition, never a sleep.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
/** The smallest time limit a test may set: a minute, whatever the machine. */
const MIN_LIMIT_MS = 60_000;

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(file, keep);
    return keep(file) ? [file] : [];
  });
}

/** Test code: everything under test/, the UI's tests and their helpers, and the Jest config. */
const testCode = [
  ...filesUnder(path.join(ROOT, 'test'), (f) => /\.tsx?$/.test(f) && f !== __filename),
  ...filesUnder(path.join(ROOT, 'static'), (f) => /(\/test\/.*|\.test)\.tsx?$/.test(f)),
  path.join(ROOT, 'jest.config.js'),
];

/** Every time limit written as a number: `timeout: 3000`, `jest.setTimeout(2 * 60_000)`, … */
function limitsIn(text: string): number[] {
  const limit = /(?:timeout\s*:|setTimeout\(|setDefaultTimeout\()\s*([\d_]+(?:\s*\*\s*[\d_]+)*)/gi;
  return [...text.matchAll(limit)].map((m) =>
    m[1]!.split('*').reduce((product, factor) => product * Number(factor.replaceAll('_', '')), 1),
  );
}

describe('tests do not depend on the speed of the machine', () => {
  it('sets no time limit under a minute', () => {
    const tight = testCode.flatMap((file) =>
      limitsIn(fs.readFileSync(file, 'utf8'))
        .filter((ms) => ms < MIN_LIMIT_MS)
        .map((ms) => `${path.relative(ROOT, file)}: ${ms} ms`),
    );
    expect(tight).toEqual([]);
  });

  it('never sleeps to wait for something', () => {
    const sleeping = testCode
      .filter((file) => /\.waitForTimeout\(/.test(fs.readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(sleeping).toEqual([]);
  });

  it("raises Jest's 5 s default for every test, and Testing Library's 1 s for waitFor", () => {
    const config = jest.requireActual<{
      testTimeout?: number;
      projects: { displayName: string; setupFilesAfterEnv?: string[] }[];
    }>('../jest.config.js');
    expect(config.testTimeout).toBeGreaterThanOrEqual(MIN_LIMIT_MS);
    const ui = config.projects.find((p) => p.displayName === 'ui')!;
    const setup = (ui.setupFilesAfterEnv ?? []).map((f) =>
      fs.readFileSync(f.replace('<rootDir>', ROOT), 'utf8'),
    );
    expect(setup.flatMap((text) => (/asyncUtilTimeout/.test(text) ? limitsIn(text) : []))).toEqual([
      expect.any(Number),
    ]);
  });
});
