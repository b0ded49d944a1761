import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import example from '../../examples/contract.json';
import { MAX_DOCUMENT_BYTES } from '../domain/documentSize';
import { runSlm } from './slm';

/** The errors `slm` wrote to standard error. */
const errorsOf = (stderr: string) =>
  (JSON.parse(stderr) as { errors: { path: string; message: string }[] }).errors;

describe('slm on big input', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'slm-big-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file over the limit by its size, before reading it', () => {
    const file = join(dir, 'huge.json');
    writeFileSync(file, '['.repeat(5 * MAX_DOCUMENT_BYTES));
    for (const command of ['validate', 'evaluate']) {
      const { code, stderr } = runSlm([command, file], () => '');
      expect(code).toBe(2);
      expect(errorsOf(stderr)).toEqual([
        { path: '$', message: `${file} is 5.0 MB; the most slm reads is 1.0 MB` },
      ]);
    }
  });

  it('refuses standard input over the limit before parsing it', () => {
    const { code, stderr } = runSlm(['validate', '-'], () => `"${'x'.repeat(MAX_DOCUMENT_BYTES)}"`);
    expect(code).toBe(2);
    expect(errorsOf(stderr)).toEqual([
      { path: '$', message: 'is over 1.0 MB of JSON; the most the app reads is 1.0 MB' },
    ]);
  });

  it('reports 800 overlapping agreements as the first 100 errors and a count of the rest', () => {
    const gold = example.agreements.find((a) => a.id === 'schultz-prod-gold')!;
    const contract = {
      ...example,
      agreements: Array.from({ length: 800 }, (_, i) => ({ ...gold, id: `gold-${i}` })),
    };
    const { code, stderr } = runSlm(['validate', '-'], () => JSON.stringify(contract));
    expect(code).toBe(2);
    const errors = errorsOf(stderr);
    expect(errors).toHaveLength(101);
    expect(errors[100]).toEqual({ path: '$', message: 'and 699 more problems', more: 699 });
  });

  it('caps the errors of a scenario once, its contract included', () => {
    const gold = example.agreements.find((a) => a.id === 'schultz-prod-gold')!;
    const scenario = {
      format: 'slm-scenario/1',
      contract: {
        ...example,
        agreements: Array.from({ length: 800 }, (_, i) => ({ ...gold, id: `gold-${i}` })),
      },
      issue: {
        key: 'SUP-1',
        issueType: 'Incident',
        priority: '2',
        status: 'Open',
        created: '2026-02-30T08:00:00Z',
        history: [],
      },
      now: '2026-03-02T12:00:00Z',
    };
    const { code, stderr } = runSlm(['evaluate', '-'], () => JSON.stringify(scenario));
    expect(code).toBe(2);
    const errors = errorsOf(stderr);
    expect(errors).toHaveLength(101);
    expect(errors[0]!.path).toBe('$.contract.agreements[1]');
    // 799 overlaps and the impossible creation date: 700 beyond the first 100.
    expect(errors[100]).toEqual({ path: '$', message: 'and 700 more problems', more: 700 });
  });
});
