/**
 * One problem found in a document: where it is (a JSON path such as
 * `$.calendars[0].timeZone`) and why it is wrong.
 */
export interface ValidationError {
  path: string;
  message: string;
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
