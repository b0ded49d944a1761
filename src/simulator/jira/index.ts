/**
 * The in-memory Jira of the local simulator: Jira Cloud's REST v3 (the subset the app uses) on
 * Jira's own paths and payload shapes, answered in-process.
 */
export { SimulatedJira } from './simulatedJira';
export type { SearchExplanation, SeedIssueInput, SimulatedJiraOptions } from './simulatedJira';
export { JIRA_ROUTE_TABLE, matchRoute } from './router';
export { DEFAULT_SUPPORT_WORKFLOW } from './workflow';
export { DEFAULT_ISSUE_TYPES } from './seed';
export { APP_ACCOUNT_ID, SITE_URL } from './catalog';
export { MAX_PROPERTY_VALUE_BYTES } from './issueProperties';
export { formatJiraTimestamp, parseJiraDateTime } from './jiraTime';
export { parseJql } from './jql/parser';
export { JqlError } from './jql/jqlError';
export type * from './types';
export type { SeededServiceDesk, ServiceDeskInput } from './serviceDesks';
