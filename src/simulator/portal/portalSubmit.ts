/**
 * What a portal request create property panel hands the portal with `view.submit(payload)`:
 * `{ fields: [{ key, value }], isValid }`. The portal stores each field as an issue property of
 * the new request, under `key`, and refuses to create the request while `isValid` is false
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-request-create-property-panel/).
 * Pure: the host page (static/simulator-host/hostBridge.ts) and the portal's server both check
 * the payload with it.
 */
export interface PortalSubmission {
  readonly fields: readonly { readonly key: string; readonly value: unknown }[];
  readonly isValid: boolean;
}

export type PortalSubmitCheck =
  | { readonly ok: true; readonly submission: PortalSubmission }
  | { readonly ok: false; readonly message: string };

const refuse = (path: string, problem: string): PortalSubmitCheck => ({
  ok: false,
  message: `view.submit: ${path} ${problem}; send { fields: [{ key, value }], isValid }.`,
});

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a `view.submit` payload, naming the first problem's JSON path. */
export function checkPortalSubmission(payload: unknown): PortalSubmitCheck {
  if (!isObject(payload)) return refuse('$', 'must be an object');
  const extra = Object.keys(payload).find((k) => k !== 'fields' && k !== 'isValid');
  if (extra !== undefined) return refuse(`$.${extra}`, 'is not a member of the payload');
  if (typeof payload.isValid !== 'boolean') return refuse('$.isValid', 'must be true or false');
  if (!Array.isArray(payload.fields)) return refuse('$.fields', 'must be a list');
  const fields: { key: string; value: unknown }[] = [];
  for (const [i, field] of (payload.fields as unknown[]).entries()) {
    const path = `$.fields[${i}]`;
    if (!isObject(field)) return refuse(path, 'must be an object');
    const member = Object.keys(field).find((k) => k !== 'key' && k !== 'value');
    if (member !== undefined) return refuse(`${path}.${member}`, 'is not a member of a field');
    if (typeof field.key !== 'string' || field.key === '')
      return refuse(`${path}.key`, 'must be a non-empty string');
    if (!('value' in field) || field.value === undefined)
      return refuse(`${path}.value`, 'must be a JSON value');
    if (fields.some((f) => f.key === field.key))
      return refuse(`${path}.key`, `repeats "${field.key}"`);
    fields.push({ key: field.key, value: field.value });
  }
  return { ok: true, submission: { fields, isValid: payload.isValid } };
}
