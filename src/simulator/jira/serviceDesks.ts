/**
 * Jira Service Management's service desks and request types: seeding, who may use which desk,
 * and their JSON as JSM's REST API shows it
 * (https://developer.atlassian.com/cloud/jira/service-desk/rest/api-group-requesttype/).
 * A customer account reaches only the desks it is a customer of; agents (`atlassian` accounts)
 * and the app reach every desk.
 */
import { SITE_URL } from './catalog';
import type { Actor, IssueRecord, JiraState, RequestTypeRecord, ServiceDeskRecord } from './state';

/** The fields of a request type's form when the seed names none: JSM's "Summary" and "Description". */
export const DEFAULT_REQUEST_TYPE_FIELDS = ['summary', 'description'] as const;

/** Seeds a service desk on a service project, with its request types and customers. */
export interface ServiceDeskInput {
  projectKey: string;
  requestTypes: {
    name: string;
    description?: string;
    helpText?: string;
    /** The issue type the request type raises; one of the project's. */
    issueType: string;
    groupIds?: string[];
    /** The fields on its form; summary and description when not given. */
    fieldIds?: string[];
    /** Names customers see for workflow statuses, by workflow status name. */
    customerStatusNames?: Record<string, string>;
  }[];
  /** Account ids of the customers who may raise requests on the portal. */
  customers?: string[];
}

export interface SeededServiceDesk {
  serviceDeskId: string;
  portalId: string;
  requestTypes: { id: string; name: string; issueTypeId: string }[];
}

export function seedServiceDesk(jira: JiraState, input: ServiceDeskInput): SeededServiceDesk {
  const project = jira.project(input.projectKey);
  if (!project) throw new Error(`No project ${input.projectKey}`);
  if (project.projectTypeKey !== 'service_desk')
    throw new Error(`Project ${project.key} is not a service project`);
  if ([...jira.serviceDesks.values()].some((d) => d.projectId === project.id))
    throw new Error(`Project ${project.key} already has a service desk`);
  const id = jira.nextId('servicedesk', 1);
  const desk: ServiceDeskRecord = {
    id,
    projectId: project.id,
    portalId: id,
    customerIds: new Set(),
  };
  jira.serviceDesks.set(id, desk);
  for (const accountId of input.customers ?? []) addServiceDeskCustomer(jira, id, accountId);
  const requestTypes = input.requestTypes.map((type) => {
    const issueType = jira.issueTypeByName(type.issueType);
    if (!issueType || !project.issueTypeIds.includes(issueType.id))
      throw new Error(`Project ${project.key} has no issue type ${type.issueType}`);
    const record: RequestTypeRecord = {
      id: jira.nextId('requesttype', 1),
      serviceDeskId: id,
      name: type.name,
      description: type.description ?? '',
      helpText: type.helpText ?? '',
      issueTypeId: issueType.id,
      groupIds: type.groupIds ?? ['1'],
      fieldIds: type.fieldIds ?? [...DEFAULT_REQUEST_TYPE_FIELDS],
      customerStatusNames: { ...type.customerStatusNames },
    };
    jira.requestTypes.set(record.id, record);
    return { id: record.id, name: record.name, issueTypeId: record.issueTypeId };
  });
  return { serviceDeskId: id, portalId: desk.portalId, requestTypes };
}

/** Makes a user a customer of a service desk ("Add customers"). */
export function addServiceDeskCustomer(
  jira: JiraState,
  serviceDeskId: string,
  accountId: string,
): void {
  const desk = jira.serviceDesks.get(serviceDeskId);
  if (!desk) throw new Error(`No service desk ${serviceDeskId}`);
  if (!jira.users.has(accountId)) throw new Error(`No user ${accountId}`);
  desk.customerIds.add(accountId);
}

/** Whether the actor may use the desk: agents and the app always, customers if added to it. */
export function canUseServiceDesk(actor: Actor, desk: ServiceDeskRecord): boolean {
  if (actor.isApp || actor.user.accountType === 'atlassian') return true;
  return desk.customerIds.has(actor.accountId);
}

/** A desk by its id or, as JSM also takes, its project's id or key. */
export function serviceDeskByRef(jira: JiraState, ref: string): ServiceDeskRecord | undefined {
  const direct = jira.serviceDesks.get(ref);
  if (direct) return direct;
  const project = jira.project(ref);
  return project && [...jira.serviceDesks.values()].find((d) => d.projectId === project.id);
}

/** The service desk of an issue's project, if it has one. */
export function serviceDeskOfIssue(
  jira: JiraState,
  issue: IssueRecord,
): ServiceDeskRecord | undefined {
  return [...jira.serviceDesks.values()].find((d) => d.projectId === issue.projectId);
}

/** `RequestTypeDTO`, as `GET /requesttype` lists it. */
export function requestTypeJson(jira: JiraState, type: RequestTypeRecord): Record<string, unknown> {
  const desk = jira.serviceDesks.get(type.serviceDeskId)!;
  return {
    _links: {
      self: `${SITE_URL}/rest/servicedeskapi/servicedesk/${desk.id}/requesttype/${type.id}`,
    },
    id: type.id,
    name: type.name,
    description: type.description,
    helpText: type.helpText,
    issueTypeId: type.issueTypeId,
    serviceDeskId: desk.id,
    portalId: desk.portalId,
    groupIds: [...type.groupIds],
  };
}
