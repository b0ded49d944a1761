import type { IssueEvent } from './issueTimeline';

/** An event as a user reads it in an explanation: `status entered "Waiting for customer"`. */
export function describeEvent(event: IssueEvent): string {
  switch (event.kind) {
    case 'created':
      return 'issue created';
    case 'statusEntered':
      return `status entered "${event.status}"`;
    case 'statusLeft':
      return `status left "${event.status}"`;
    case 'resolutionSet':
      return 'resolution set';
    case 'resolutionCleared':
      return 'resolution cleared';
    case 'commentByAgent':
      return 'public comment by an agent';
    case 'commentByCustomer':
      return 'comment by the customer';
    case 'assigneeChanged':
      return 'assignee changed';
    case 'priorityChanged':
      return 'priority changed';
    case 'fieldChanged':
      return `field "${event.field}" changed`;
  }
}
