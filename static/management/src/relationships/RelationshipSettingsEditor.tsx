import { useState, type FormEvent } from 'react';
import type { RelationshipSettingsView } from '../../../../src/resolvers/relationshipViews';
import { call } from '../../../shared/api';
import { Button } from '../../../shared/components/Button';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../../shared/components/SectionMessage';

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
  const [projectKey, setProjectKey] = useState(view.settings.meetingActions.projectKey ?? '');
  const [issueType, setIssueType] = useState(view.settings.meetingActions.issueType);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setDone(false);
    try {
      const complaintIssueTypes = types
        .split('\n')
        .map((t) => t.trim())
        .filter((t) => t !== '');
      await call('saveRelationshipSettings', {
        settings: {
          complaintIssueTypes,
          meetingActions: { projectKey: projectKey.trim() || null, issueType: issueType.trim() },
        },
        baseVersion: view.version,
      });
      setDone(true);
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
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
          ` Version ${view.version}, saved by ${view.savedBy} at ${view.savedAt}.`}
      </p>
      <h3>Meeting actions</h3>
      <label>
        Project key for meeting actions (empty: name existing issues only)
        <input
          value={projectKey}
          disabled={!canEdit}
          onChange={(e) => setProjectKey(e.target.value)}
        />
      </label>
      <label>
        Issue type for meeting actions
        <input
          value={issueType}
          disabled={!canEdit}
          onChange={(e) => setIssueType(e.target.value)}
        />
      </label>
      {error !== null && <ResolverErrorMessage error={error} what="the settings" />}
      {done && <SectionMessage appearance="success" title="Settings saved" />}
      {canEdit && (
        <Button type="submit" appearance="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save settings'}
        </Button>
      )}
    </form>
  );
}
