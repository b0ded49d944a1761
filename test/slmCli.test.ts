/**
 * End to end: the real `slm` bin (`node bin/slm.js`, as `npx slm` runs it) on files and on
 * standard input. Each spawn costs about a second (tsx compiles the sources), so this file
 * keeps to a handful; the scenario suite (`scenarios.test.ts`) covers the semantics through
 * `runSlm` in-process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const BIN = join(ROOT, 'bin', 'slm.js');
const SCENARIO = join(__dirname, 'scenarios', '01-reaction-met-resolution-running-p2d.json');

function slm(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 2 * 60_000, // a spawn that hangs blocks Jest's own limit: end it here
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const iso = (text: string) => new Date(Date.parse(text)).toISOString();

interface GoalOutput {
  goal: string;
  state: string;
  elapsedMs: number;
  deadline: string | null;
  explanation?: { at: string; action: string; text: string }[];
}

describe('slm command', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'slm-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('evaluates a scenario file as support staff copy it (extra "expected" and "description" fields and all)', () => {
    const { code, stdout, stderr } = slm(['evaluate', SCENARIO]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const evaluation = JSON.parse(stdout) as { agreement: string; goals: GoalOutput[] };
    expect(evaluation.agreement).toBe('schultz-prod');
    expect(evaluation.goals.map((g) => [g.goal, g.state, g.elapsedMs])).toEqual([
      ['reaction', 'met', 4_500_000],
      ['resolution', 'running', 9_000_000],
    ]);
    // Hand calculation in the scenario's description: 45.5 h of office time from Mon 11:00 CET.
    expect(evaluation.goals[1]!.deadline).toBe(iso('2026-03-10T09:30:00+01:00'));
  });

  it('reads the scenario from standard input with "-" and explains each goal with --explain', () => {
    const scenario = JSON.parse(readFileSync(SCENARIO, 'utf8')) as Record<string, unknown>;
    delete scenario.expected;
    delete scenario.description;
    const { code, stdout, stderr } = slm(['evaluate', '-', '--explain'], JSON.stringify(scenario));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { goals } = JSON.parse(stdout) as { goals: GoalOutput[] };
    const reaction = goals.find((g) => g.goal === 'reaction')!;
    expect(reaction.explanation).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'start', at: iso('2026-03-02T08:30:00+01:00') }),
        expect.objectContaining({ action: 'stop', at: iso('2026-03-02T09:45:00+01:00') }),
      ]),
    );
    for (const goal of goals) {
      for (const step of goal.explanation ?? []) expect(step.text).toMatch(/\S/);
    }
  });

  it('validates a contract file: {"valid":true} and exit code 0', () => {
    const { contract } = JSON.parse(readFileSync(SCENARIO, 'utf8')) as { contract: unknown };
    const file = join(dir, 'contract.json');
    writeFileSync(file, JSON.stringify(contract));
    const { code, stdout, stderr } = slm(['validate', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ valid: true });
  });

  it('refuses an invalid contract on standard input with exit code 2 and JSON errors with paths', () => {
    const { contract } = JSON.parse(readFileSync(SCENARIO, 'utf8')) as {
      contract: { calendars: { timeZone: string }[] };
    };
    contract.calendars[0]!.timeZone = 'Europe/Kobenhavn';
    const { code, stdout, stderr } = slm(['validate', '-'], JSON.stringify(contract));
    expect(stdout).toBe('');
    expect(code).toBe(2);
    const { errors } = JSON.parse(stderr) as { errors: { path: string; message: string }[] };
    expect(errors).toEqual([
      { path: '$.calendars[0].timeZone', message: expect.stringContaining('Europe/Kobenhavn') },
    ]);
  });

  it('refuses input that is not JSON with exit code 2 and an error at $', () => {
    const { code, stdout, stderr } = slm(['evaluate', '-'], 'this is { not JSON');
    expect(stdout).toBe('');
    expect(code).toBe(2);
    const { errors } = JSON.parse(stderr) as { errors: { path: string; message: string }[] };
    expect(errors).toEqual([{ path: '$', message: expect.stringContaining('not JSON') }]);
  });

  it('prints the usage with exit code 64 when the command is incomplete', () => {
    const { code, stdout, stderr } = slm(['evaluate']);
    expect(stdout).toBe('');
    expect(code).toBe(64);
    expect(stderr).toMatch(/^usage: slm evaluate FILE\|- \[--explain\]/m);
  });
});
