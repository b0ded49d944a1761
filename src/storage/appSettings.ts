/**
 * The app's settings as stored and as the admin page edits them. Types and defaults only, with
 * no imports, so the Custom UI can share them without pulling in Node's storage code.
 */

/** Which Jira fields say an issue's customer, environment and product (by field id). */
export interface FieldMapping {
  readonly customer: string;
  readonly environment: string;
  readonly product: string;
  /**
   * Jira's Team field (Atlassian Teams), whose team the reports group by. No default: the Team
   * field's id differs per site (often `customfield_10001`, but not always), so the app reads
   * no team until an admin picks the field, which saving checks is of the Team type.
   */
  readonly team?: string;
}

export interface AppSettings {
  readonly fields: FieldMapping;
  /** The key of the app's "SLA time left" custom field, as Jira names Forge fields. */
  readonly timeLeftField?: string;
}

/** Defaults until an admin maps the fields: custom fields named as in the demo site. */
export const DEFAULT_SETTINGS: AppSettings = {
  fields: {
    customer: 'customfield_10050',
    environment: 'customfield_10051',
    product: 'customfield_10052',
  },
};
