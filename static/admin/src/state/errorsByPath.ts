import type { ResolverFailure } from '../../../../src/resolvers/views';
import { isWithin } from './paths';

export type FieldError = NonNullable<ResolverFailure['errors']>[number];

/**
 * Errors with their paths made relative to `root`: the validator names draft fields under
 * `$.contract` (`$.contract.calendars[0].timeZone`), the screen under `$` (`$.calendars[0].timeZone`).
 * An error outside `root` is kept at `$`, its own path in front of its message.
 */
export function rebaseErrors(errors: readonly FieldError[], root: string): FieldError[] {
  if (root === '$') return [...errors];
  return errors.map((error) =>
    isWithin(error.path, root)
      ? { ...error, path: `$${error.path.slice(root.length)}` }
      : { ...error, path: '$', message: `${error.path}: ${error.message}` },
  );
}

/** Every error message grouped by the (relative) JSON path it is about, in the order given. */
export function errorsByPath(errors: readonly FieldError[]): Map<string, string[]> {
  const byPath = new Map<string, string[]>();
  for (const { path, message } of errors) {
    const messages = byPath.get(path);
    if (messages) {
      if (!messages.includes(message)) messages.push(message);
    } else byPath.set(path, [message]);
  }
  return byPath;
}

/** How many errors are at `prefix` or inside it. */
export function countWithin(errors: readonly FieldError[], prefix: string): number {
  return errors.filter((e) => isWithin(e.path, prefix)).length;
}
