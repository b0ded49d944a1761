/**
 * Applies what a customer chose in the portal's create panel (the `slm-portal-request` issue
 * property) to the new request: its customer, environment and priority fields, in one edit.
 *
 * The property is the customer's own data and anyone who can create a request can write any
 * JSON into it (the portal stores what the panel submits; a script can submit anything), so
 * it is checked against the REPORTER, whom Jira names: they must be a contact of the chosen
 * customer (by account id or visible e-mail address, or by the create panel's proof that they
 * were when they chose, `portalChoiceProof.ts`), the agreement must be that customer's and in force for the issue type when the
 * request was created, the environment one it covers, the priority one of its model. A choice
 * that fails is logged and ignored, never applied. It is applied once: only while the
 * customer field is empty, so an agent's later correction is never overwritten.
 */
import type { ContractModel } from '../../domain/contract/compileContract';
import { contactMatcher } from '../../domain/contract/customerContacts';
import type { Customer } from '../../domain/contract/types';
import { isPortalChoiceProof } from './portalChoiceProof';
import { readPortalChoice } from '../../domain/portal/portalOptions';
import { isRecord, type ValidationError } from '../../domain/validation';
import { isJiraRefusal } from '../../jira/jiraClient';
import { jiraInstantMs } from '../../jira/issueSnapshot';
import type { JiraIssue } from '../../jira/types';
import { PORTAL_CHOICE_PROPERTY, type PortalChoice } from '../../resolvers/portalViews';
import type { FieldMapping } from '../../storage/appSettings';
import type { AppContext } from '../appContext';

/** What to do with an issue's portal choice. */
export type PortalChoiceEdit =
  | { readonly kind: 'none' }
  | { readonly kind: 'ignored'; readonly errors: readonly ValidationError[] }
  | {
      readonly kind: 'apply';
      readonly choice: PortalChoice;
      /** The `fields` of `PUT /rest/api/3/issue/{key}`. */
      readonly fields: Readonly<Record<string, unknown>>;
    };

/** A select field's value: an option (`{ value }`), a string, or empty. */
const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && !value.length);

/** Whether the issue carries a portal choice and has no customer yet: only then is it applied. */
export function awaitsPortalChoice(issue: JiraIssue, mapping: FieldMapping): boolean {
  const value = issue.properties?.[PORTAL_CHOICE_PROPERTY];
  return value !== undefined && value !== null && isEmpty(issue.fields[mapping.customer]);
}

/**
 * The edit an issue's portal choice asks for, pure: none when the issue carries no choice or
 * its customer field is already set; ignored (with every problem) when the reporter may not
 * make that choice; else the fields to write, option values by name as the site's select
 * fields hold them, and the Jira priority the model's priority is read from (`jiraPriority`,
 * else its name).
 */
export function portalChoiceEdit(
  issue: JiraIssue,
  mapping: FieldMapping,
  model: ContractModel | null,
  /** The key the create panel signed its proofs with (`portalChoiceKey`). */
  proofKey: string,
): PortalChoiceEdit {
  if (!model || !awaitsPortalChoice(issue, mapping)) return { kind: 'none' };
  const value = issue.properties?.[PORTAL_CHOICE_PROPERTY];
  const reporter = issue.fields.reporter;
  const proven = (customer: Customer) =>
    isRecord(value) && isPortalChoiceProof(proofKey, reporter!.accountId, customer.id, value.proof);
  const customers = reporter
    ? model.contract.customers.filter(
        (customer) => contactMatcher(customer)(reporter) || proven(customer),
      )
    : [];
  const reading = readPortalChoice(value, {
    model,
    customers,
    issueType: issue.fields.issuetype?.name ?? '',
    at: jiraInstantMs(issue.fields.created ?? ''),
  });
  if (!reading.ok) return { kind: 'ignored', errors: reading.errors };
  const { choice, option } = reading;
  const environment = option.customer.environments.find((e) => e.id === choice.environment);
  const compiled = model.agreements.find((a) => a.agreement.id === choice.agreement)!;
  const priority = compiled.priorities.get(choice.priority)!;
  return {
    kind: 'apply',
    choice,
    fields: {
      [mapping.customer]: { value: option.customer.name },
      ...(environment && { [mapping.environment]: { value: environment.name } }),
      priority: { name: priority.jiraPriority ?? priority.name },
    },
  };
}

/**
 * Applies the issue's portal choice, if it has one to apply: one `PUT /rest/api/3/issue/{key}`
 * as the app (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put),
 * and the issue as evaluation should now read it. A choice Jira refuses (a field not on the
 * edit screen, an option the field lacks) is logged and the issue evaluated as it is; Jira
 * being busy fails the evaluation, to be retried.
 */
export async function applyPortalChoice(
  ctx: AppContext,
  issue: JiraIssue,
  mapping: FieldMapping,
  model: ContractModel | null,
  /** The signing key (`portalChoiceKey`), asked for only when a choice is to be checked. */
  proofKey: () => Promise<string>,
): Promise<JiraIssue> {
  // The signing key is read only for a request still waiting for its choice, not each time a
  // request created on the portal is evaluated again.
  if (!model || !awaitsPortalChoice(issue, mapping)) return issue;
  const edit = portalChoiceEdit(issue, mapping, model, await proofKey());
  if (edit.kind === 'none') return issue;
  if (edit.kind === 'ignored') {
    ctx.log('portal choice ignored: the reporter may not make it', {
      issue: issue.key,
      reporter: issue.fields.reporter?.accountId ?? null,
      errors: edit.errors,
    });
    return issue;
  }
  try {
    await ctx.jira.editIssue(issue.key, { fields: edit.fields });
  } catch (error) {
    if (!isJiraRefusal(error)) throw error;
    ctx.log('portal choice refused by Jira; the request is evaluated as it is', {
      issue: issue.key,
      error: String(error),
    });
    return issue;
  }
  ctx.log('portal choice applied', { issue: issue.key, choice: edit.choice });
  return { ...issue, fields: { ...issue.fields, ...edit.fields } };
}
