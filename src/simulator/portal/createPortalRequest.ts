/**
 * The customer portal's "Create": the request is raised with JSM's `POST /rest/servicedeskapi/request`
 * as the customer, then each field the create property panel submitted is stored as an issue
 * property of the new request, as JSM does; the app's triggers then run on both. The portal
 * refuses while the panel's last `view.submit` said `isValid: false`, and checks the fields
 * against Jira's property rules first, so a refused request changes nothing.
 */
import type { Simulator } from '../simulator';
import type { PortalSubmission } from './portalSubmit';

export interface PortalCreateInput {
  readonly accountId: string;
  readonly serviceDeskId: string;
  readonly requestTypeId: string;
  readonly summary: string;
  readonly description?: string;
  /** The panel's last `view.submit`; none when no panel submitted anything. */
  readonly submission?: PortalSubmission;
}

export type PortalCreateResult =
  | { readonly ok: true; readonly issueKey: string }
  | { readonly ok: false; readonly status: number; readonly message: string };

/** The property keys each portal-created request got from its create panel, per simulator. */
const submittedKeys = new WeakMap<Simulator, Map<string, string[]>>();

/** The keys of the properties the create panel stored on a request (`extension.request.property`). */
export function portalSubmittedKeys(sim: Simulator, issueKey: string): readonly string[] {
  return submittedKeys.get(sim)?.get(issueKey) ?? [];
}

export async function createPortalRequest(
  sim: Simulator,
  input: PortalCreateInput,
): Promise<PortalCreateResult> {
  const fields = input.submission?.fields ?? [];
  if (input.submission && !input.submission.isValid)
    return {
      ok: false,
      status: 400,
      message: 'Check the fields the app’s panel marks: it says they are not valid yet.',
    };
  const problems = sim.jira.checkIssueProperties(fields);
  if (problems.length > 0) return { ok: false, status: 400, message: problems.join(' ') };
  const answer = await sim.jira.handle({
    method: 'POST',
    path: '/rest/servicedeskapi/request',
    accountId: input.accountId,
    body: {
      serviceDeskId: input.serviceDeskId,
      requestTypeId: input.requestTypeId,
      requestFieldValues: {
        summary: input.summary,
        ...(input.description && { description: input.description }),
      },
    },
  });
  if (answer.status !== 201) {
    const message = (answer.body as { errorMessage?: string } | undefined)?.errorMessage;
    return { ok: false, status: answer.status, message: message ?? 'The request was not created.' };
  }
  const { issueKey } = answer.body as { issueKey: string };
  // Before the events are delivered: the app's created-issue trigger already sees the properties.
  sim.jira.storePortalRequestProperties(issueKey, input.accountId, fields);
  if (fields.length > 0) {
    const keys = submittedKeys.get(sim) ?? new Map<string, string[]>();
    keys.set(
      issueKey,
      fields.map((f) => f.key),
    );
    submittedKeys.set(sim, keys);
  }
  await sim.forge.settle();
  return { ok: true, issueKey };
}
