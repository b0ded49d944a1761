/**
 * Workflows: the statuses a project's issues move through and the transitions between them.
 */
import type { WorkflowDefinition } from './types';

/**
 * The service-desk workflow seeded projects get unless they bring their own:
 * Open → In Progress ⇄ Waiting for customer, any open status → Resolved → Closed,
 * and Reopen from Resolved or Closed back to Open.
 */
export const DEFAULT_SUPPORT_WORKFLOW: WorkflowDefinition = {
  statuses: [
    { name: 'Open', category: 'new' },
    { name: 'In Progress', category: 'indeterminate' },
    { name: 'Waiting for customer', category: 'indeterminate' },
    { name: 'Resolved', category: 'done' },
    { name: 'Closed', category: 'done' },
  ],
  transitions: [
    { id: '11', name: 'Start progress', from: ['Open'], to: 'In Progress' },
    {
      id: '21',
      name: 'Wait for customer',
      from: ['Open', 'In Progress'],
      to: 'Waiting for customer',
    },
    { id: '31', name: 'Back to in progress', from: ['Waiting for customer'], to: 'In Progress' },
    {
      id: '41',
      name: 'Resolve',
      from: ['Open', 'In Progress', 'Waiting for customer'],
      to: 'Resolved',
    },
    { id: '51', name: 'Close', from: ['Resolved'], to: 'Closed' },
    { id: '61', name: 'Reopen', from: ['Resolved', 'Closed'], to: 'Open' },
  ],
};

/** A transition with its statuses resolved to ids. */
export interface CompiledTransition {
  id: string;
  name: string;
  /** Status ids it leaves from; `null` for a global transition. */
  fromStatusIds: string[] | null;
  toStatusId: string;
}

/** A project's workflow with statuses resolved to ids. */
export interface CompiledWorkflow {
  statusIds: string[];
  initialStatusId: string;
  transitions: CompiledTransition[];
}

/**
 * Resolves a workflow's status names to ids (creating statuses through `statusId`) and checks
 * that every transition names statuses of the workflow.
 */
export function compileWorkflow(
  workflow: WorkflowDefinition,
  statusId: (name: string, category: WorkflowDefinition['statuses'][number]['category']) => string,
): CompiledWorkflow {
  if (workflow.statuses.length === 0) throw new Error('A workflow needs at least one status');
  const ids = new Map<string, string>();
  for (const status of workflow.statuses) {
    ids.set(status.name.toLowerCase(), statusId(status.name, status.category));
  }
  const idOf = (name: string) => {
    const id = ids.get(name.toLowerCase());
    if (id === undefined) throw new Error(`Workflow transition names unknown status '${name}'`);
    return id;
  };
  const transitionIds = new Set<string>();
  const transitions = workflow.transitions.map((t) => {
    if (transitionIds.has(t.id)) throw new Error(`Workflow transition id '${t.id}' is used twice`);
    transitionIds.add(t.id);
    return {
      id: t.id,
      name: t.name,
      fromStatusIds: t.from === '*' ? null : t.from.map(idOf),
      toStatusId: idOf(t.to),
    };
  });
  const statusIds = [...ids.values()];
  return { statusIds, initialStatusId: statusIds[0] as string, transitions };
}

/** The transitions available from a status. */
export function transitionsFrom(
  workflow: CompiledWorkflow,
  statusId: string,
): CompiledTransition[] {
  return workflow.transitions.filter(
    (t) => t.fromStatusIds === null || t.fromStatusIds.includes(statusId),
  );
}
