/**
 * `GET /task/{taskId}`: a long-running task, such as a bulk property write, which Jira answers
 * with 303 and this task's location. The simulator finishes each task at once, so every task
 * is `COMPLETE`. Only its creator or an administrator may read it.
 */
import { API, selfUrl } from '../catalog';
import { JiraHttpError } from '../errors';
import { isAdmin } from '../permissions';
import type { JiraState, TaskRecord } from '../state';
import type { JiraResponse } from '../types';
import { ok, param, type Route } from './route';

/** Records a task that has run, and the 303 that sends the caller to it. */
export function finishedTask(
  jira: JiraState,
  submittedBy: string,
  description: string,
): JiraResponse {
  const task: TaskRecord = { id: jira.nextId('task'), description, submittedBy, at: jira.now() };
  jira.tasks.set(task.id, task);
  return { status: 303, headers: { location: selfUrl('task', task.id) } };
}

/** `TaskProgressBeanObject`. */
function taskJson(task: TaskRecord): Record<string, unknown> {
  return {
    self: selfUrl('task', task.id),
    id: task.id,
    description: task.description,
    status: 'COMPLETE',
    // A legacy numeric user id, which Atlassian accounts do not have.
    submittedBy: 0,
    progress: 100,
    elapsedRuntime: 0,
    submitted: task.at,
    started: task.at,
    finished: task.at,
    lastUpdate: task.at,
  };
}

export const taskRoutes: Route[] = [
  {
    method: 'GET',
    path: `${API}/task/{taskId}`,
    handler: (ctx) => {
      const id = param(ctx, 'taskId');
      const task = ctx.jira.tasks.get(id);
      if (!task) throw new JiraHttpError(404, [`The task with id ${id} does not exist.`]);
      if (task.submittedBy !== ctx.actor.accountId && !isAdmin(ctx.actor)) {
        throw new JiraHttpError(403, ['You do not have permission to view this task.']);
      }
      return ok(taskJson(task));
    },
  },
];
