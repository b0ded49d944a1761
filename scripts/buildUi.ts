/**
 * Builds the Custom UI apps in static/ with Vite, twice each:
 * - `static/<app>/build`: for Forge (manifest.yml's resources), with the real `@forge/bridge`;
 * - `static/<app>/build-simulator`: for the local simulator, where `@forge/bridge` resolves to
 *   static/shared/simulatorBridge.ts. The swap happens here, at build time, never in components.
 *   With them, `static/simulator-host/build-simulator/hostBridge.js`: the simulated Jira's side of
 *   that bridge, which the simulator's pages load.
 * Prints each app's gzipped size. `node scripts/buildUi.ts --only=simulator` builds one target.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const APPS = ['issue-panel', 'work-list', 'admin', 'capa-panel', 'portal'] as const;
const TARGETS = ['forge', 'simulator'] as const;
const STATIC = path.join(__dirname, '..', 'static');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/** Total gzipped size of a build's JavaScript and CSS, in bytes. */
export function gzippedSize(dir: string): number {
  return filesUnder(dir)
    .filter((file) => /\.(js|css|html)$/.test(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
}

/** Resolves `@forge/bridge` to the simulator's stand-in. */
const simulatorBridge = {
  name: 'simulator-bridge',
  enforce: 'pre' as const,
  resolveId(id: string) {
    return id === '@forge/bridge' ? path.join(STATIC, 'shared', 'simulatorBridge.ts') : null;
  },
};

/** The simulated Jira's side of the bridge: one script, served by the simulator's pages. */
async function buildSimulatorHost(): Promise<void> {
  const root = path.join(STATIC, 'simulator-host');
  await build({
    root,
    logLevel: 'warn',
    build: {
      outDir: path.join(root, 'build-simulator'),
      emptyOutDir: true,
      target: 'es2022',
      reportCompressedSize: false,
      lib: {
        entry: path.join(root, 'hostBridge.ts'),
        formats: ['es'],
        fileName: () => 'hostBridge.js',
      },
    },
  });
}

async function main(): Promise<void> {
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
  for (const target of TARGETS.filter((t) => !only || t === only)) {
    if (target === 'simulator') await buildSimulatorHost();
    for (const app of APPS) {
      const root = path.join(STATIC, app);
      const outDir = path.join(root, target === 'forge' ? 'build' : 'build-simulator');
      await build({
        root,
        base: './',
        logLevel: 'warn',
        plugins: target === 'simulator' ? [simulatorBridge] : [],
        oxc: { jsx: { runtime: 'automatic' } },
        build: {
          outDir,
          emptyOutDir: true,
          sourcemap: false,
          target: 'es2022',
          reportCompressedSize: false,
          // Forge's iframes and the simulator run current browsers: no polyfill needed.
          modulePreload: { polyfill: false },
        },
      });
      console.log(
        `${app.padEnd(12)} ${target.padEnd(9)} ${(gzippedSize(outDir) / 1024).toFixed(1)} KB gzipped`,
      );
    }
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
