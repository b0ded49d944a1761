/** A JQL string literal: any text in double quotes, its quotes and backslashes escaped. */
export const jqlString = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`;
