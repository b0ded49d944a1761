/** Projects and their versions: search, details, statuses, and creating and releasing versions. */
import { API } from '../catalog';
import { fieldErrors, JiraHttpError } from '../errors';
import { versionEvent } from '../events';
import { intParam, listParam, objectBody, pageOf } from '../params';
import { canBrowseProject, requireAgent } from '../permissions';
import {
  issueTypeJson,
  projectJson,
  projectSummary,
  statusDetails,
  versionJson,
} from '../representations';
import type {
  IssueTypeRecord,
  JiraState,
  ProjectRecord,
  StatusRecord,
  VersionRecord,
} from '../state';
import { created, ok, param, type Route, type RouteContext } from './route';

function visibleProject(ctx: RouteContext): ProjectRecord {
  const ref = param(ctx, 'projectIdOrKey');
  const project = ctx.jira.project(ref);
  if (!project || !canBrowseProject(ctx.actor)) {
    throw new JiraHttpError(404, [`No project could be found with key '${ref}'.`]);
  }
  return project;
}

function versionOf(jira: JiraState, id: string): VersionRecord {
  const version = jira.versions.get(id);
  if (!version) throw new JiraHttpError(404, [`Could not find version for id '${id}'`]);
  return version;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the writable fields of a `Version` body into a record, validating each. */
function applyVersionFields(
  jira: JiraState,
  version: VersionRecord,
  body: Record<string, unknown>,
): void {
  const errors: Record<string, string> = {};
  const { name, description, released, archived, releaseDate, startDate } = body;
  if (name !== undefined) {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 255) {
      errors.name = 'The version name must be between 1 and 255 characters.';
    } else if (
      [...jira.versions.values()].some(
        (v) => v.projectId === version.projectId && v.id !== version.id && v.name === name,
      )
    ) {
      errors.name = 'A version with this name already exists in this project.';
    }
  }
  for (const [key, value] of Object.entries({ releaseDate, startDate })) {
    if (value !== undefined && value !== null && (typeof value !== 'string' || !DATE.test(value))) {
      errors[key] = `The ${key} must be a date yyyy-MM-dd.`;
    }
  }
  if (Object.keys(errors).length > 0) throw fieldErrors(errors);
  if (typeof name === 'string') version.name = name;
  if (typeof description === 'string') version.description = description;
  if (typeof released === 'boolean') version.released = released;
  if (typeof archived === 'boolean') version.archived = archived;
  if (typeof releaseDate === 'string') version.releaseDate = releaseDate;
  else if (releaseDate === null) delete version.releaseDate;
  if (typeof startDate === 'string') version.startDate = startDate;
  else if (startDate === null) delete version.startDate;
}

function searchResult(jira: JiraState, project: ProjectRecord, expand: string[]) {
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...projectSummary(project),
    style: 'classic',
    isPrivate: false,
    properties: {},
    ...(expand.includes('issueTypes')
      ? {
          issueTypes: project.issueTypeIds.map((id) =>
            issueTypeJson(jira.issueTypes.get(id) as IssueTypeRecord),
          ),
        }
      : {}),
  };
}

export const projectRoutes: Route[] = [
  {
    method: 'GET',
    path: `${API}/project/search`,
    handler: (ctx) => {
      const { jira, actor, query } = ctx;
      const keys = listParam(query.keys).map((k) => k.toUpperCase());
      const text = query.query?.toLowerCase();
      const orderBy = query.orderBy ?? 'key';
      const field = orderBy.replace(/^[+-]/, '') === 'name' ? 'name' : 'key';
      const sign = orderBy.startsWith('-') ? -1 : 1;
      const projects = canBrowseProject(actor)
        ? [...jira.projects.values()]
            .filter((p) => keys.length === 0 || keys.includes(p.key))
            .filter(
              (p) =>
                !text || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text),
            )
            .sort((a, b) => sign * a[field].localeCompare(b[field]))
        : [];
      const expand = listParam(query.expand);
      const page = pageOf(
        projects.map((p) => searchResult(jira, p, expand)),
        intParam(query.startAt, 0),
        intParam(query.maxResults, 50, 100),
      );
      return ok(page);
    },
  },
  {
    method: 'GET',
    path: `${API}/project/{projectIdOrKey}`,
    handler: (ctx) => ok(projectJson(ctx.jira, visibleProject(ctx))),
  },
  {
    method: 'GET',
    path: `${API}/project/{projectIdOrKey}/versions`,
    handler: (ctx) => {
      const project = visibleProject(ctx);
      const now = ctx.jira.now();
      return ok(
        [...ctx.jira.versions.values()]
          .filter((v) => v.projectId === project.id)
          .map((v) => versionJson(v, now)),
      );
    },
  },
  {
    method: 'GET',
    path: `${API}/project/{projectIdOrKey}/statuses`,
    handler: (ctx) => {
      const { jira } = ctx;
      const project = visibleProject(ctx);
      const statuses = project.workflow.statusIds.map((id) =>
        statusDetails(jira.statuses.get(id) as StatusRecord),
      );
      return ok(
        project.issueTypeIds.map((id) => {
          const type = issueTypeJson(jira.issueTypes.get(id) as IssueTypeRecord);
          return { id: type.id, name: type.name, self: type.self, subtask: false, statuses };
        }),
      );
    },
  },
  {
    method: 'POST',
    path: `${API}/version`,
    handler: (ctx) => {
      const { jira, actor } = ctx;
      requireAgent(actor);
      const body = objectBody(ctx.body);
      const projectRef = body.projectId ?? body.project;
      const project =
        typeof projectRef === 'string' || typeof projectRef === 'number'
          ? jira.project(String(projectRef))
          : undefined;
      if (!project) throw new JiraHttpError(404, ['Project not found.'], {});
      if (typeof body.name !== 'string') {
        throw fieldErrors({ name: 'You must specify a valid version name' });
      }
      const version: VersionRecord = {
        id: jira.nextId('version'),
        projectId: project.id,
        name: '',
        released: false,
        archived: false,
      };
      applyVersionFields(jira, version, body);
      jira.versions.set(version.id, version);
      jira.emit(versionEvent(jira, 'avi:jira:created:version', version, actor));
      return created(versionJson(version, jira.now()));
    },
  },
  {
    method: 'GET',
    path: `${API}/version/{id}`,
    handler: (ctx) => ok(versionJson(versionOf(ctx.jira, param(ctx, 'id')), ctx.jira.now())),
  },
  {
    method: 'PUT',
    path: `${API}/version/{id}`,
    handler: (ctx) => {
      const { jira, actor } = ctx;
      requireAgent(actor);
      const version = versionOf(jira, param(ctx, 'id'));
      const wasReleased = version.released;
      const before = JSON.stringify(version);
      applyVersionFields(jira, version, objectBody(ctx.body));
      if (JSON.stringify(version) !== before) {
        jira.emit(versionEvent(jira, 'avi:jira:updated:version', version, actor));
        if (version.released && !wasReleased) {
          jira.emit(versionEvent(jira, 'avi:jira:released:version', version, actor));
        }
      }
      return ok(versionJson(version, jira.now()));
    },
  },
];
