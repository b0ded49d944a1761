/**
 * One problem found in a document: where it is (a JSON path such as
 * `$.calendars[0].timeZone`) and why it is wrong.
 */
export interface ValidationError {
  path: string;
  message: string;
  /** Only on the last entry of a capped list (see `capErrors`): the problems not listed. */
  more?: number;
}

/** Appends a property name to a JSON path: `field('$', 'week')` → `$.week`. */
export function field(path: string, name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)
    ? `${path}.${name}`
    : `${path}[${JSON.stringify(name)}]`;
}

/** Appends an array index to a JSON path: `index('$.rules', 2)` → `$.rules[2]`. */
export function index(path: string, i: number): string {
  return `${path}[${i}]`;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Describes a JSON value's type the way an error message should name it. */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The most problems a validation reports. A big broken document (an import with thousands of
 * bad entries) would otherwise produce a list nobody reads that costs memory and bandwidth to
 * carry; the first ones show what is wrong, and a count tells how much more there is.
 */
export const MAX_REPORTED_ERRORS = 100;

/**
 * The first `MAX_REPORTED_ERRORS` problems, then one more at `root` that counts the rest:
 * `{ path: '$', message: 'and 899 more problems', more: 899 }`.
 */
export function capErrors(errors: readonly ValidationError[], root = '$'): ValidationError[] {
  if (errors.length <= MAX_REPORTED_ERRORS) return [...errors];
  const more = errors.length - MAX_REPORTED_ERRORS;
  return [
    ...errors.slice(0, MAX_REPORTED_ERRORS),
    { path: root, message: `and ${more} more problem${more === 1 ? '' : 's'}`, more },
  ];
}

/** How many problems a list reports, those a capped list only counts included. */
export const problemCount = (errors: readonly ValidationError[]): number =>
  errors.reduce((count, error) => count + (error.more ?? 1), 0);

/**
 * Appends a list of problems one by one: `errors.push(...more)` passes each as an argument and
 * overflows the stack once a list has some hundred thousand entries.
 */
export function append(errors: ValidationError[], more: readonly ValidationError[]): void {
  for (const error of more) errors.push(error);
}
