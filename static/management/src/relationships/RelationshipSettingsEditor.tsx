import { useState, type FormEvent } from 'react';
import type { RelationshipSettingsView } from '../../../../src/resolvers/relationshipViews';
import { ActionIssueFields } from '../../../shared/components/ActionIssueFields';
import { SaveBar } from '../../../shared/components/SaveBar';
import { personName } from '../../../shared/format';
import { useVersionedSave } from '../../../shared/useVersionedSave';
import { formFieldInput } from '../actionIssueInput';

/**
 * The register's settings: the issue types whose issues are complaints (one name a line).
 * Jira administrators edit; everyone else reads. A save from an older version is refused.
 */
export function RelationshipSettingsEditor({
  view,
  canEdit,
  onSaved,
}: {
  view: RelationshipSettingsView;
  canEdit: boolean;
  onSaved: () => void;
}) {
  const [types, setTypes] = useState(view.settings.complaintIssueTypes.join('\n'));
  const [meetingActions, setMeetingActions] = useState(view.settings.meetingActions);
  const { saving, outcome, save } = useVersionedSave('saveRelationshipSettings');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const complaintIssueTypes = types
      .split('\n')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    const result = await save(
      {
        complaintIssueTypes,
        meetingActions: { ...meetingActions, issueType: meetingActions.issueType.trim() },
      },
      view.version,
    );
    if ('saved' in result) onSaved();
  };

  return (
    <form className="relationships-form" onSubmit={submit} aria-label="Relationship settings">
      <h3>Complaints</h3>
      <label>
        Complaint issue types (one a line)
        <textarea value={types} disabled={!canEdit} onChange={(e) => setTypes(e.target.value)} />
      </label>
      <p className="relationships__note">
        An issue created with one of these types, or changed to one, is recorded once as a
        complaint: flagged to the team lead and counted toward recurrence.
        {view.version !== null &&
          ` Version ${view.version}, saved by ${personName(view.names, view.savedBy ?? '')} at ${view.savedAt}.`}
      </p>
      <h3>Meeting actions</h3>
      <ActionIssueFields
        value={meetingActions}
        onChange={setMeetingActions}
        labels={{
          projectKey: 'Project key for meeting actions (empty: name existing issues only)',
          issueType: 'Issue type for meeting actions',
        }}
        renderInput={formFieldInput(!canEdit)}
      />
      {canEdit && (
        <SaveBar
          outcome={outcome}
          what="the settings"
          saving={saving}
          saveLabel="Save settings"
          savedTitle="Settings saved"
        />
      )}
    </form>
  );
}
