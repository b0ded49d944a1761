import { validate } from '@forge/manifest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const MANIFEST = path.join(__dirname, '..', 'manifest.yml');

/** Validates a manifest text from a temporary directory, as `forge lint` would read it. */
async function validateText(text: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  try {
    const file = path.join(dir, 'manifest.yml');
    fs.writeFileSync(file, text);
    return await validate(false, file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('manifest.yml', () => {
  it("passes Forge's own full validation, offline", async () => {
    const result = await validate(false, MANIFEST);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('runs on the nodejs22.x runtime', async () => {
    const result = await validate(false, MANIFEST);
    const app = (result.manifestObject?.typedContent as { app?: { runtime?: { name?: string } } })
      ?.app;
    expect(app?.runtime?.name).toBe('nodejs22.x');
  });

  // The validation above is only worth something if it can fail: break the real manifest.
  it.each([
    ['an unknown runtime', (m: string) => m.replace('nodejs22.x', 'nodejs0.x')],
    ['an unknown scope', (m: string) => m.replace('read:jira-work', 'read:everything')],
    ['a module without its key', (m: string) => m.replace(/- key: [\w-]+\n/, '- \n')],
    ['broken YAML', (m: string) => `${m}\n  : : :\n`],
  ])('fails with %s', async (_name, breakIt) => {
    const original = fs.readFileSync(MANIFEST, 'utf8');
    const broken = breakIt(original);
    expect(broken).not.toBe(original);
    const result = await validateText(broken);
    expect(result.success).toBe(false);
    expect(result.errors?.length ?? 0).toBeGreaterThan(0);
  });
});
