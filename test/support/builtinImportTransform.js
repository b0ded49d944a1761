/**
 * A Jest transform for PGlite's CommonJS build, which loads Node's built-ins with `import("fs")`
 * and the like: Jest refuses `import()` unless Node runs with --experimental-vm-modules, so here
 * each becomes the `require` of the same built-in, wrapped as the module namespace `import()`
 * would give (its exports, and itself as `default`). The module's own `require` is kept under
 * another name first, since PGlite declares a `require` of its own in an inner scope.
 */
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

const STRICT = '"use strict";';

module.exports = {
  getCacheKey: (sourceText) =>
    createHash('sha256')
      .update(sourceText)
      .update(readFileSync(require.resolve('./builtinImportTransform.js')))
      .digest('hex'),
  process(sourceText) {
    const body = sourceText.startsWith(STRICT) ? sourceText.slice(STRICT.length) : sourceText;
    const rewritten = body.replace(
      /\bimport\(("(?:node:)?[a-z_/]+")\)/g,
      (_, name) =>
        `Promise.resolve().then(() => { const m = __builtinRequire(${name}); return { ...m, default: m }; })`,
    );
    return { code: `${STRICT}var __builtinRequire = require;${rewritten}` };
  },
};
