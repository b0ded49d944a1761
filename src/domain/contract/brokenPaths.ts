import type { ValidationError } from '../validation';

/** Did the schema refuse the value at `path` (or, with `inside`, anything within it)? */
export type Broken = (path: string, inside?: boolean) => boolean;

/**
 * Answers "did the schema refuse this value or something in it?" for the checks that follow
 * the schema, in constant time: every refused path and every path that contains one is indexed
 * once, instead of searching the schema's errors for each entry of each list.
 */
export function brokenPaths(errors: readonly ValidationError[]): Broken {
  const refused = new Set<string>();
  const containing = new Set<string>();
  for (const { path } of errors) {
    refused.add(path);
    // Nearest first: once one is known, so are those containing it (errors come in clusters).
    const cuts = cutsOf(path);
    for (let c = cuts.length - 1; c >= 0; c--) {
      const ancestor = path.slice(0, cuts[c]);
      if (containing.has(ancestor)) break;
      containing.add(ancestor);
    }
  }
  return (path, inside = true) => refused.has(path) || (inside && containing.has(path));
}

/**
 * Where the paths containing `path` end: `$.a[2].b` → the ends of `$`, `$.a`, `$.a[2]`. A
 * quoted name (`targets["1.5"]`) is one step, whatever it holds.
 */
function cutsOf(path: string): number[] {
  const cuts: number[] = [];
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if ((c === '.' || c === '[') && i > 0) cuts.push(i);
    if (c === '[' && path[i + 1] === '"') {
      // Skips the JSON string up to its closing quote, escapes included.
      for (i += 2; i < path.length && path[i] !== '"'; i++) if (path[i] === '\\') i++;
    }
  }
  return cuts;
}
