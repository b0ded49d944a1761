import {
  resolveAgreement,
  type ContractModel,
  type Customer,
  type PriorityModel,
} from '../domain/contract';
import { contactMatcher } from '../domain/contract/customerContacts';
import { formatInstant } from '../domain/instant';
import type { HistoryEntry, IssueSnapshot } from '../domain/sla';
import type { FieldMapping } from '../storage/appSettings';
import type { Changelog, JiraComment, JiraIssue } from './types';

/** The Jira fields the snapshot is read from, for `GET /rest/api/3/issue/{key}?fields=…`. */
export const snapshotFields = (mapping: FieldMapping): string[] => [
  'summary',
  'status',
  'priority',
  'issuetype',
  'project',
  'assignee',
  'reporter',
  'created',
  'resolution',
  'labels',
  mapping.customer,
  mapping.environment,
  mapping.product,
  // Not evaluated: read for the reports' facts (`issueTeam`).
  ...(mapping.team ? [mapping.team] : []),
];

/** The changelog fields that become history entries of their own (status, priority…). */
const TYPED_HISTORY_FIELDS = ['status', 'priority', 'assignee', 'resolution'];

/**
 * The changelog fields an evaluation under `models` reads, for a bulk changelog's `fieldIds`:
 * those of `TYPED_HISTORY_FIELDS`, or every field (undefined) when an action model reacts to
 * changes of other fields (`fieldChanged`). Leaving the rest out changes no evaluation.
 */
export function changelogFieldsRead(
  models: readonly (ContractModel | null)[],
): string[] | undefined {
  const rules = models.flatMap((model) =>
    (model?.contract.actionModels ?? []).flatMap((m) => [
      ...m.start,
      ...(m.pause ?? []),
      ...(m.resume ?? []),
      ...(m.stop ?? []),
      ...(m.reset ?? []),
    ]),
  );
  return rules.some((rule) => 'on' in rule && rule.on === 'fieldChanged')
    ? undefined
    : [...TYPED_HISTORY_FIELDS];
}

/** An instant as Jira writes it (`2026-03-02T08:30:00.000+0000`), epoch ms; NaN if unreadable. */
export const jiraInstantMs = (text: string): number =>
  Date.parse(text.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));

/** Jira writes `2026-03-02T08:30:00.000+0000`; the evaluator reads canonical ISO 8601. */
export const isoFromJira = (text: string): string => formatInstant(jiraInstantMs(text));

/** A select field's option (`{ value }`), a plain string, or nothing. */
function fieldText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'value' in value)
    return String((value as { value: unknown }).value);
  return null;
}

const same = (a: string, b: string) =>
  a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/**
 * Translates a Jira issue with its changelog and comments into the evaluator's issue:
 * - customer, environment and product come from the mapped fields and are matched to the
 *   contract by id or by name (the product defaults to the environment's);
 * - Jira priorities are mapped to the agreement's priority model through `jiraPriority`, else
 *   by name or id, in the current value and in the history alike;
 * - a comment is the customer's when its author is a portal customer or one of the customer's
 *   contacts (by account id, or by e-mail address where the author's profile shows it), and
 *   public unless it is restricted or an internal note.
 */
export function issueSnapshot(
  issue: JiraIssue,
  changelog: readonly Changelog[],
  comments: readonly JiraComment[],
  mapping: FieldMapping,
  model: ContractModel | null,
): IssueSnapshot {
  const { fields } = issue;
  const customers = model?.contract.customers ?? [];
  const customerText = fieldText(fields[mapping.customer]);
  const customer =
    customerText === null
      ? undefined
      : customers.find((c) => c.id === customerText || same(c.name, customerText));
  const environmentText = fieldText(fields[mapping.environment]);
  const environment =
    environmentText === null ? undefined : findEnvironment(customer, customers, environmentText);
  const product = fieldText(fields[mapping.product]) ?? environment?.product ?? null;

  const created = isoFromJira(fields.created ?? '1970-01-01T00:00:00.000+0000');
  const key = {
    customer: customer?.id ?? customerText,
    environment: environment?.id ?? environmentText,
    product,
    issueType: fields.issuetype?.name ?? '',
    created: Date.parse(created),
  };
  const resolution = model ? resolveAgreement(model, key) : null;
  const priorityOf = priorityMapper(resolution?.agreement?.priorityModel);
  const isContact = contactMatcher(customer);

  const history: HistoryEntry[] = [];
  for (const entry of changelog) {
    const at = isoFromJira(entry.created);
    for (const item of entry.items) {
      const field = item.fieldId ?? item.field;
      if (field === 'status')
        history.push({ at, type: 'status', from: item.fromString ?? '', to: item.toString ?? '' });
      else if (field === 'priority') {
        history.push({
          at,
          type: 'priority',
          from: priorityOf(item.fromString ?? ''),
          to: priorityOf(item.toString ?? ''),
        });
      } else if (field === 'assignee')
        history.push({ at, type: 'assignee', from: item.from ?? null, to: item.to ?? null });
      else if (field === 'resolution')
        history.push({ at, type: 'resolution', to: item.toString ?? null });
      else history.push({ at, type: 'field', field: item.field, to: item.toString ?? null });
    }
  }
  for (const comment of comments) {
    const byCustomer =
      comment.author?.accountType === 'customer' ||
      (comment.author !== undefined && isContact(comment.author));
    history.push({
      at: isoFromJira(comment.created),
      type: 'comment',
      author: byCustomer ? 'customer' : 'agent',
      public: !comment.visibility && comment.jsdPublic !== false,
    });
  }
  history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  return {
    key: issue.key,
    issueType: key.issueType,
    priority: priorityOf(fields.priority?.name ?? ''),
    status: fields.status?.name ?? '',
    customer: key.customer,
    environment: key.environment,
    product,
    created,
    history,
  };
}

function findEnvironment(
  customer: Customer | undefined,
  customers: readonly Customer[],
  text: string,
) {
  const all = customers.flatMap((c) => c.environments);
  return (
    all.find((e) => e.id === text) ??
    customer?.environments.find((e) => same(e.name, text)) ??
    undefined
  );
}

/** Maps a Jira priority name to the model's priority id; unknown names pass through. */
function priorityMapper(model: PriorityModel | undefined): (jiraName: string) => string {
  if (!model) return (name) => name;
  return (name) =>
    (
      model.priorities.find((p) => p.jiraPriority !== undefined && same(p.jiraPriority, name)) ??
      model.priorities.find((p) => same(p.name, name) || p.id === name)
    )?.id ?? name;
}
