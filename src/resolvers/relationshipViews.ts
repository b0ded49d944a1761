/**
 * What the Quality page's relationship resolvers answer (`relationships.ts`). Types only,
 * importing only types, so the Custom UI shares them without Node's code.
 */
import type { RelationshipMonth } from '../domain/relationships/relationshipMeasures';
import type { CustomerRelationship } from '../domain/relationships/customerRelationship';
import type { RegisterEntry } from '../domain/relationships/registerEntry';
import type { RelationshipSettings } from '../domain/relationships/relationshipSettings';
import type { SettingsView } from './settingsView';

/** Display names by account id, as the viewer may see them; an id absent shows as itself. */
export type AccountNames = Readonly<Record<string, string>>;

export interface RelationshipRegisterView {
  /** Every customer of the contract in force, by name. */
  readonly entries: readonly RegisterEntry[];
  /** The account managers', contacts' and savers' display names. */
  readonly names: AccountNames;
}

/** A complaint of the customer: its feedback record and issue. */
export interface CustomerComplaint {
  readonly feedbackId: string;
  readonly issueKey: string | null;
  readonly summary: string | null;
  /** ISO instant the complaint was received (the issue's creation). */
  readonly receivedAt: string;
}

/** One saved revision of a customer's relationship: the register's history. */
export interface RelationshipRevisionView {
  readonly revision: number;
  readonly savedBy: string;
  /** ISO instant. */
  readonly savedAt: string;
  readonly relationship: CustomerRelationship;
}

export interface CustomerRelationshipView {
  readonly entry: RegisterEntry;
  readonly revisions: readonly RelationshipRevisionView[];
  readonly complaints: readonly CustomerComplaint[];
  /** The newest meetings, newest first. */
  readonly meetings: readonly MeetingView[];
  /** The display names of everyone the entry, its revisions and meetings name. */
  readonly names: AccountNames;
}

/** A customer meeting with its agreed actions and their issues' live status. */
export interface MeetingView {
  readonly meetingId: string;
  readonly revision: number;
  readonly heldOn: string;
  readonly attendees: readonly string[];
  readonly minutes: string;
  readonly recordedBy: string;
  /** ISO instant. */
  readonly recordedAt: string;
  readonly actions: readonly MeetingActionView[];
}

export interface MeetingActionView {
  readonly position: number;
  readonly summary: string | null;
  readonly owner: string | null;
  readonly dueDate: string | null;
  /** Null while its issue is being created (or its creation failed: retried later). */
  readonly issueKey: string | null;
  readonly createdByApp: boolean;
  /** As Jira shows the issue now; null when unknown. */
  readonly status: {
    readonly status: string;
    readonly done: boolean;
    readonly assignee: string | null;
    readonly dueDate: string | null;
  } | null;
}

export interface RelationshipMeasuresView {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly months: readonly RelationshipMonth[];
}

export type RelationshipSettingsView = SettingsView<RelationshipSettings> & {
  /** The saver's display name. */
  readonly names: AccountNames;
};
