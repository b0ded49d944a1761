/**
 * `forge deploy` bundles the backend with webpack and ts-loader on the app's root tsconfig.json;
 * a tsconfig that emits nothing or a type error makes the deploy fail. These tests bundle the same
 * way, offline (see test/support/forgeBundle.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleForgeBackend, manifestHandlers } from '../support/forgeBundle';

const APP = path.join(__dirname, '..', '..');

/** A one-function app in a temporary folder, to break in one way at a time. */
function tinyApp(tsconfigOptions: Record<string, unknown>, source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forge-app-'));
  fs.mkdirSync(path.join(dir, 'src'));
  fs.writeFileSync(
    path.join(dir, 'manifest.yml'),
    'modules:\n  function:\n    - key: run\n      handler: index.run\n',
  );
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'commonjs',
        types: [],
        ...tsconfigOptions,
      },
      include: ['src'],
    }),
  );
  fs.writeFileSync(path.join(dir, 'src', 'index.ts'), source);
  return dir;
}

const VALID_SOURCE = 'export const run = (n: number): number => n + 1;\n';

describe('the backend bundle forge deploy builds', () => {
  const tempDirs: string[] = [];
  afterAll(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

  it('bundles src/index.ts and exports every handler manifest.yml names', async () => {
    const { outputDir, files } = await bundleForgeBackend(APP);
    tempDirs.push(outputDir);
    expect(files).toEqual([path.join(outputDir, 'index.cjs')]);
    const bundle = (await import(files[0]!)) as Record<string, unknown>;
    for (const { exportName } of manifestHandlers(APP)) {
      expect([exportName, typeof bundle[exportName]]).toEqual([exportName, 'function']);
    }
  });

  it('bundles a sound tiny app (so the failures below are the ones intended)', async () => {
    const app = tinyApp({}, VALID_SOURCE);
    tempDirs.push(app);
    const { outputDir, files } = await bundleForgeBackend(app);
    tempDirs.push(outputDir);
    const bundle = (await import(files[0]!)) as { run: (n: number) => number };
    expect(bundle.run(1)).toBe(2);
  });

  it('fails when the root tsconfig.json has noEmit', async () => {
    const app = tinyApp({ noEmit: true }, VALID_SOURCE);
    tempDirs.push(app);
    await expect(bundleForgeBackend(app)).rejects.toThrow(
      'TypeScript emitted no output for ' + path.join(app, 'src', 'index.ts'),
    );
  });

  it('fails on a type error', async () => {
    const app = tinyApp({}, "export const run = (n: number): number => n + 'one';\n");
    tempDirs.push(app);
    await expect(bundleForgeBackend(app)).rejects.toThrow(/\[tsl\].*TS2322/s);
  });
});
