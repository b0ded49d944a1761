import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readKvsFile, writeKvsFile } from './kvsFile';

const ROOT = join(__dirname, '..', '..');
const DIE_WHILE_WRITING = join(ROOT, 'test', 'support', 'dieWhileWritingKvsFile.ts');

describe('the simulator’s KVS file', () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kvs-file-'));
    file = join(dir, 'kvs.json');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back what was written, and nothing when there is no file', () => {
    const warn = jest.fn();
    expect(readKvsFile(file, warn)).toEqual({});
    writeKvsFile(file, { 'contract:pointer': { version: 1 } });
    expect(readKvsFile(file, warn)).toEqual({ 'contract:pointer': { version: 1 } });
    expect(warn).not.toHaveBeenCalled();
  });

  it('keeps the last complete content when the process is killed in the middle of a write', () => {
    const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', DIE_WHILE_WRITING, file], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 2 * 60_000, // a spawn that hangs blocks Jest's own limit: end it here
    });
    expect(child.stderr).toBe('');
    expect(child.signal).toBe('SIGKILL');
    const warn = jest.fn();
    expect(readKvsFile(file, warn)).toEqual({ 'settings:pointer': { version: 1 } });
    expect(warn).not.toHaveBeenCalled();
  });

  it('sets an unreadable file aside, says what to do, and starts empty', () => {
    writeFileSync(file, '{"contract:pointer": {"version": 1}, "settings:poi');
    const warn = jest.fn();
    expect(readKvsFile(file, warn)).toEqual({});
    const kept = readdirSync(dir).filter((name) => name.startsWith('kvs.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe(
      '{"contract:pointer": {"version": 1}, "settings:poi',
    );
    expect(readdirSync(dir)).not.toContain('kvs.json');
    expect(warn).toHaveBeenCalledTimes(1);
    const [message] = warn.mock.calls[0] as [string];
    expect(message).toContain(file);
    expect(message).toContain(join(dir, kept[0]!));
    expect(message).toMatch(/starting with an empty store/i);
  });

  it('sets aside a file that is JSON but not the store’s content', () => {
    writeFileSync(file, '[1, 2, 3]');
    const warn = jest.fn();
    expect(readKvsFile(file, warn)).toEqual({});
    expect(readdirSync(dir).some((name) => name.startsWith('kvs.json.corrupt-'))).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
