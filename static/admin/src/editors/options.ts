import { MONTH_NAMES } from '../../../shared/format';
/** Choices the forms offer, with the words people read. */
import type { SelectOption } from '../components/fields/SelectField';
import { EVENT_KINDS, type EventKind } from '../../../../src/domain/contract/types';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const WEEKDAY_OPTIONS: SelectOption[] = WEEKDAYS.map((d) => ({
  value: d,
  label: WEEKDAY_NAMES[d],
}));

export const MONTH_OPTIONS: SelectOption<number>[] = MONTH_NAMES.map((label, i) => ({
  value: i + 1,
  label,
}));

export const HOLIDAY_RULE_TYPES: SelectOption[] = [
  { value: 'fixed', label: 'Every year' },
  { value: 'date', label: 'One-off date' },
  { value: 'easter', label: 'Easter ± days' },
  { value: 'weekdayOnOrAfter', label: 'Weekday on or after' },
];

export { EVENT_KINDS, type EventKind };

export const EVENT_LABELS: Record<EventKind, string> = {
  created: 'Issue created',
  statusEntered: 'Entered status',
  statusLeft: 'Left status',
  resolutionSet: 'Resolution set',
  resolutionCleared: 'Resolution cleared',
  commentByAgent: 'Public comment by an agent',
  commentByCustomer: 'Comment by the customer',
  assigneeChanged: 'Assignee changed',
  priorityChanged: 'Priority changed',
  fieldChanged: 'Field changed',
};

export const ENVIRONMENT_KINDS: SelectOption[] = [
  { value: 'production', label: 'Production' },
  { value: 'uat', label: 'UAT' },
  { value: 'test', label: 'Test' },
  { value: 'training', label: 'Training' },
  { value: 'development', label: 'Development' },
];

export const CONTACT_ROLES: SelectOption[] = [
  { value: 'customer', label: 'Customer' },
  { value: 'orderer', label: 'Orderer' },
];

export const ESCALATION_ACTION_TYPES: SelectOption[] = [
  { value: 'comment', label: 'Add a comment' },
  { value: 'notify', label: 'Notify' },
  { value: 'assign', label: 'Assign' },
  { value: 'raisePriority', label: 'Raise the priority' },
  { value: 'addLabel', label: 'Add a label' },
];

export const JIRA_PRIORITIES = ['Highest', 'High', 'Medium', 'Low', 'Lowest'];

/** Time zones offered while typing one; any IANA zone may be typed. */
export const COMMON_TIME_ZONES = [
  'UTC',
  'Europe/Copenhagen',
  'Europe/Oslo',
  'Europe/Stockholm',
  'Europe/Helsinki',
  'Europe/Reykjavik',
  'Europe/Berlin',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Paris',
  'Europe/Zurich',
  'Europe/Vienna',
  'Europe/Warsaw',
  'Europe/Prague',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Tallinn',
  'Europe/Riga',
  'Europe/Vilnius',
  'Europe/Athens',
  'Europe/Istanbul',
  'Europe/Kyiv',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Toronto',
  'America/Sao_Paulo',
  'America/Mexico_City',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Shanghai',
  'Asia/Tokyo',
  'Asia/Manila',
  'Australia/Sydney',
  'Pacific/Auckland',
  'Africa/Johannesburg',
];
