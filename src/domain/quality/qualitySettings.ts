import { DEFAULT_QUALITY_RULES, type QualityRules } from './qualityRules';

/** One row of a team lead mapping: feedback whose team (component, project) is `match` goes to `accountId`. */
export interface LeadAssignment {
  readonly match: string;
  /** The Atlassian account id of the team lead. */
  readonly accountId: string;
}

/**
 * Who leads the follow-up of a case's feedback. The most specific mapping wins: the case's team,
 * then its component, then its project; `fallback` (also the quality owner told of overdue
 * follow-ups) when none matches.
 */
export interface TeamLeadMapping {
  readonly byTeam: readonly LeadAssignment[];
  readonly byComponent: readonly LeadAssignment[];
  readonly byProject: readonly LeadAssignment[];
  readonly fallback: string | null;
}

/** Where follow-up issues of flagged feedback are created, and how long a lead has. */
export interface FollowUpSettings {
  /** The Jira project the follow-up issues go to; null: no follow-up issues yet. */
  readonly projectKey: string | null;
  /** The issue type's name in that project, e.g. "Task". */
  readonly issueType: string;
  /** Business time the lead has, ISO 8601 (PT8H: one working day of an 8-hour calendar). */
  readonly dueIn: string;
  /** The contract calendar the due time is measured in; null: around the clock. */
  readonly calendar: string | null;
}

/** Where non-conformities are raised as Jira issues. */
export interface NonConformitySettings {
  readonly projectKey: string | null;
  readonly issueType: string;
}

/** The Survicate respondent attributes that carry the case's issue key and its customer. */
export interface SurvicateAttributes {
  readonly issueKeyAttribute: string;
  readonly customerAttribute: string;
}

export interface QualitySettings {
  readonly rules: QualityRules;
  readonly followUp: FollowUpSettings;
  readonly leads: TeamLeadMapping;
  readonly nonConformity: NonConformitySettings;
  readonly survicate: SurvicateAttributes;
  /** Whether Jira Service Management's own CSAT ratings are read as feedback. */
  readonly readJsmCsat: boolean;
}

/** Until an admin saves: the default rules, no projects chosen (so nothing is created), JSM read. */
export const DEFAULT_QUALITY_SETTINGS: QualitySettings = {
  rules: DEFAULT_QUALITY_RULES,
  followUp: { projectKey: null, issueType: 'Task', dueIn: 'PT8H', calendar: null },
  leads: { byTeam: [], byComponent: [], byProject: [], fallback: null },
  nonConformity: { projectKey: null, issueType: 'Task' },
  survicate: { issueKeyAttribute: 'issue_key', customerAttribute: 'customer' },
  readJsmCsat: true,
};

/** Where a case stands for the lead mapping: its team, component and project. */
export interface CaseOwnership {
  readonly team: string | null;
  readonly component: string | null;
  readonly projectKey: string | null;
}

/**
 * The team lead of a case: by its team, else its component, else its project, else the fallback;
 * null when none applies. Matches are exact (team and component names as Jira spells them).
 */
export function teamLeadOf(mapping: TeamLeadMapping, owner: CaseOwnership): string | null {
  const find = (rows: readonly LeadAssignment[], value: string | null) =>
    value === null ? undefined : rows.find((row) => row.match === value)?.accountId;
  return (
    find(mapping.byTeam, owner.team) ??
    find(mapping.byComponent, owner.component) ??
    find(mapping.byProject, owner.projectKey) ??
    mapping.fallback
  );
}
