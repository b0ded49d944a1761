#!/usr/bin/env node
// Runs the TypeScript command directly (no build step), so `npx slm` works right after `npm install`.
require('tsx/cjs');
const { runSlm } = require('../src/cli/slm.ts');
const { readFileSync } = require('node:fs');

const result = runSlm(process.argv.slice(2), () => readFileSync(0, 'utf8'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
