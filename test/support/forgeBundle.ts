/**
 * Bundles an app's backend the way `forge deploy` does, offline.
 *
 * `@forge/bundler` itself cannot be a dependency: it pulls in `@forge/cli-shared`, whose `keytar`
 * builds a native keychain library at install time. So this repeats its Node-runtime webpack
 * configuration (`@forge/bundler` 7.3.0, `out/config/common.js` getCommonWebpackConfig and
 * `out/runtime.js` NodeBundler.getConfigs) with the same webpack and ts-loader: ts-loader compiles
 * on the app's own root `tsconfig.json`, type errors fail the bundle, and a tsconfig that emits
 * nothing fails it too ("TypeScript emitted no output for src/index.ts").
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';
import { parse } from 'yaml';

/** What `forge deploy` would upload for the backend, or why it would refuse. */
export interface BundleResult {
  /** The temporary folder with the bundle; the caller removes it. */
  outputDir: string;
  /** One `<module>.cjs` file per module named by a manifest handler. */
  files: string[];
}

/**
 * The modules the manifest's functions name: `handler: index.productEventTrigger` is the function
 * `productEventTrigger` exported by `src/index` (as @forge/bundler's getEntryPoints reads them).
 */
export function manifestHandlers(appDirectory: string): { module: string; exportName: string }[] {
  const manifest = parse(fs.readFileSync(path.join(appDirectory, 'manifest.yml'), 'utf8')) as {
    modules?: { function?: { handler: string }[] };
  };
  return (manifest.modules?.function ?? []).map(({ handler }) => {
    const [module = '', exportName = ''] = handler.split('.');
    return { module, exportName };
  });
}

function webpackConfig(
  appDirectory: string,
  modules: string[],
  outputDir: string,
): webpack.Configuration {
  return {
    name: 'node-runtime',
    target: 'node18',
    context: appDirectory,
    entry: Object.fromEntries(modules.map((m) => [m, path.resolve(appDirectory, 'src', m)])),
    mode: 'production',
    optimization: { minimize: false },
    devtool: 'source-map',
    output: {
      libraryTarget: 'commonjs',
      globalObject: 'this',
      filename: '[name].cjs',
      path: outputDir,
    },
    node: { __dirname: true },
    performance: false,
    resolve: { extensions: ['.ts', '.tsx', '.js', '.jsx', '.json', '.cjs'] },
    // Loaders come from this project's node_modules, wherever the app is (@forge/bundler: its own).
    resolveLoader: { modules: [path.join(__dirname, '..', '..', 'node_modules')] },
    plugins: [
      new webpack.IgnorePlugin({ resourceRegExp: /^encoding$/, contextRegExp: /node-fetch/ }),
      new webpack.IgnorePlugin({
        resourceRegExp: /^(bufferutil|utf-8-validate)$/,
        contextRegExp: /ws\/lib$/,
      }),
      new webpack.IgnorePlugin({ resourceRegExp: /^dtrace-provider$/, contextRegExp: /bunyan$/ }),
    ],
    module: {
      // @forge/bundler also passes the app's own `.js`/`.jsx` files through Babel for a few
      // syntax plugins; this app has none, and webpack parses that syntax itself.
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            {
              loader: 'ts-loader',
              options: {
                compilerOptions: {
                  jsx: 'react',
                  jsxFactory: 'ForgeUI.createElement',
                  sourceMap: true,
                },
                configFile: path.join(appDirectory, 'tsconfig.json'),
                context: appDirectory,
                onlyCompileBundledFiles: true,
              },
            },
          ],
        },
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
      ],
    },
  };
}

/** Bundles `appDirectory`'s backend into a new temporary folder; rejects with every error. */
export function bundleForgeBackend(appDirectory: string): Promise<BundleResult> {
  const modules = [...new Set(manifestHandlers(appDirectory).map((h) => h.module))];
  const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forge-bundle-'));
  const compiler = webpack(webpackConfig(appDirectory, modules, outputDir));
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      const errors = stats?.toJson({ all: false, errors: true }).errors ?? [];
      if (error || !stats || stats.hasErrors()) {
        fs.rmSync(outputDir, { recursive: true, force: true });
        const messages = error ? [error.message] : errors.map((e) => e.message);
        reject(new Error(`Bundling failed:\n${messages.join('\n')}`));
        return;
      }
      resolve({ outputDir, files: modules.map((m) => path.join(outputDir, `${m}.cjs`)) });
    });
  });
}
