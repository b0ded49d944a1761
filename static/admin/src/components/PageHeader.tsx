import { Lozenge } from '../../../shared/components/Lozenge';
import { ConfirmButton } from './ConfirmButton';

/** The page title, the saved version, whether the draft has unsaved changes, Save and Discard. */
export function PageHeader({
  version,
  dirty,
  checking,
  errorCount,
  saving,
  onSave,
  onDiscard,
}: {
  version: number | null;
  dirty: boolean;
  checking: boolean;
  errorCount: number;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
}) {
  const state = !dirty
    ? 'No unsaved changes'
    : saving
      ? 'Saving…'
      : checking
        ? 'Checking the draft…'
        : errorCount > 0
          ? `${errorCount} ${errorCount === 1 ? 'error' : 'errors'} to fix before saving`
          : 'Ready to save';
  return (
    <header className="page-header">
      <div className="page-header__title">
        <h1>Service level contracts</h1>
        <p className="page-header__meta">
          <span>{version === null ? 'Nothing saved yet' : `Version ${version} in force`}</span>
          {dirty && <Lozenge appearance="moved">Unsaved changes</Lozenge>}
          <span className="subtle" role="status">
            {state}
          </span>
        </p>
      </div>
      <div className="page-header__actions">
        <ConfirmButton
          appearance="subtle"
          disabled={!dirty || saving}
          message={`Discard all unsaved changes and go back to ${version === null ? 'the empty contract' : `version ${version}`}?`}
          confirmLabel="Yes, discard"
          cancelLabel="Keep editing"
          onConfirm={onDiscard}
        >
          Discard changes
        </ConfirmButton>
        <button
          type="button"
          className="button button--primary"
          disabled={!dirty || errorCount > 0 || saving}
          onClick={onSave}
        >
          Save
        </button>
      </div>
    </header>
  );
}
