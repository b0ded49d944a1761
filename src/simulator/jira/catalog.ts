/**
 * What every Jira site has before anyone configures it: status categories, priorities,
 * resolutions, issue link types and the permission keys, with Jira Cloud's default ids.
 */
import type { StatusCategoryKey } from './types';

/** The simulated site's base URL, used for every `self` link. */
export const SITE_URL = 'https://simulated.atlassian.net';

/** The app's own account: the author of everything done `asApp`. */
export const APP_ACCOUNT_ID = '557058:00000000-0000-4000-8000-000000000a99';
export const APP_DISPLAY_NAME = 'Service Level & Quality';

export const API = '/rest/api/3';

/** The REST address of a resource, e.g. `selfUrl('issue', '10001')`. */
export function selfUrl(...parts: string[]): string {
  return `${SITE_URL}${API}/${parts.join('/')}`;
}

export interface StatusCategory {
  id: number;
  key: StatusCategoryKey;
  name: string;
  colorName: string;
}

export const STATUS_CATEGORIES: readonly StatusCategory[] = [
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

export function statusCategory(key: StatusCategoryKey): StatusCategory {
  return STATUS_CATEGORIES.find((c) => c.key === key) as StatusCategory;
}

/** Ids Jira Cloud gives its built-in statuses; other statuses get ids from 10002 on. */
export const BUILT_IN_STATUS_IDS: Readonly<Record<string, string>> = {
  open: '1',
  'in progress': '3',
  reopened: '4',
  resolved: '5',
  closed: '6',
  'to do': '10000',
  done: '10001',
};

export const DEFAULT_PRIORITIES = [
  {
    id: '1',
    name: 'Highest',
    statusColor: '#d04437',
    description: 'This problem will block progress.',
  },
  {
    id: '2',
    name: 'High',
    statusColor: '#f15C75',
    description: 'Serious problem that could block progress.',
  },
  {
    id: '3',
    name: 'Medium',
    statusColor: '#f79232',
    description: 'Has the potential to affect progress.',
  },
  {
    id: '4',
    name: 'Low',
    statusColor: '#707070',
    description: 'Minor problem or easily worked around.',
  },
  {
    id: '5',
    name: 'Lowest',
    statusColor: '#999999',
    description: 'Trivial problem with little or no impact on progress.',
  },
];
export const DEFAULT_PRIORITY_ID = '3';

export const DEFAULT_RESOLUTIONS = [
  { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' },
  { id: '10001', name: "Won't Do", description: "This issue won't be actioned." },
  {
    id: '10002',
    name: 'Duplicate',
    description: 'The problem is a duplicate of an existing issue.',
  },
  { id: '10003', name: 'Cannot Reproduce', description: 'This issue could not be reproduced.' },
];
export const DEFAULT_RESOLUTION_ID = '10000';

export interface IssueLinkTypeRecord {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

export const DEFAULT_LINK_TYPES: readonly IssueLinkTypeRecord[] = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
  { id: '10004', name: 'Problem/Incident', inward: 'is caused by', outward: 'causes' },
];

export interface PermissionKey {
  id: string;
  key: string;
  name: string;
  type: 'GLOBAL' | 'PROJECT';
}

/** The permission keys `GET /mypermissions` knows; any other key is a 400. */
export const PERMISSION_KEYS: readonly PermissionKey[] = [
  { id: '0', key: 'ADMINISTER', name: 'Administer Jira', type: 'GLOBAL' },
  { id: '44', key: 'SYSTEM_ADMIN', name: 'Administer Jira system', type: 'GLOBAL' },
  { id: '27', key: 'USER_PICKER', name: 'Browse users and groups', type: 'GLOBAL' },
  { id: '33', key: 'BULK_CHANGE', name: 'Make bulk changes', type: 'GLOBAL' },
  { id: '22', key: 'CREATE_SHARED_OBJECTS', name: 'Share dashboards and filters', type: 'GLOBAL' },
  { id: '23', key: 'ADMINISTER_PROJECTS', name: 'Administer Projects', type: 'PROJECT' },
  { id: '10', key: 'BROWSE_PROJECTS', name: 'Browse Projects', type: 'PROJECT' },
  { id: '11', key: 'CREATE_ISSUES', name: 'Create Issues', type: 'PROJECT' },
  { id: '12', key: 'EDIT_ISSUES', name: 'Edit Issues', type: 'PROJECT' },
  { id: '13', key: 'ASSIGN_ISSUES', name: 'Assign Issues', type: 'PROJECT' },
  { id: '17', key: 'ASSIGNABLE_USER', name: 'Assignable User', type: 'PROJECT' },
  { id: '14', key: 'RESOLVE_ISSUES', name: 'Resolve Issues', type: 'PROJECT' },
  { id: '18', key: 'CLOSE_ISSUES', name: 'Close Issues', type: 'PROJECT' },
  { id: '46', key: 'TRANSITION_ISSUES', name: 'Transition Issues', type: 'PROJECT' },
  { id: '16', key: 'DELETE_ISSUES', name: 'Delete Issues', type: 'PROJECT' },
  { id: '21', key: 'LINK_ISSUES', name: 'Link Issues', type: 'PROJECT' },
  { id: '15', key: 'ADD_COMMENTS', name: 'Add Comments', type: 'PROJECT' },
  { id: '34', key: 'EDIT_ALL_COMMENTS', name: 'Edit All Comments', type: 'PROJECT' },
  { id: '28', key: 'WORK_ON_ISSUES', name: 'Work On Issues', type: 'PROJECT' },
  { id: '29', key: 'VIEW_READONLY_WORKFLOW', name: 'View Read-Only Workflow', type: 'PROJECT' },
  { id: '30', key: 'MANAGE_WATCHERS', name: 'Manage Watchers', type: 'PROJECT' },
  { id: '31', key: 'VIEW_VOTERS_AND_WATCHERS', name: 'View Voters and Watchers', type: 'PROJECT' },
  { id: '47', key: 'SERVICEDESK_AGENT', name: 'Service Desk Agent', type: 'PROJECT' },
];

/** Groups whose members administer Jira. */
export const ADMIN_GROUPS: readonly string[] = ['jira-administrators', 'site-admins'];
