import type { ReactNode } from 'react';
import type { SaveOutcome } from '../useVersionedSave';
import { Button } from './Button';
import { ResolverErrorMessage } from './ResolverErrorMessage';
import { SectionMessage } from './SectionMessage';

/**
 * The end of a settings form: what the last save came to (the version it made, or why it was
 * refused, e.g. "another admin saved version N") and the save button.
 */
export function SaveBar({
  outcome,
  what,
  saving,
  saveLabel,
  savedTitle = 'Saved',
  savedText,
  onSave,
  className,
}: {
  outcome: SaveOutcome | null;
  /** The settings, as in "the quality settings". */
  what: string;
  saving: boolean;
  saveLabel: string;
  savedTitle?: string;
  savedText?: (version: number) => ReactNode;
  /** Without it the button submits the form around it. */
  onSave?: () => void;
  className?: string;
}) {
  return (
    <>
      {outcome?.kind === 'saved' && (
        <SectionMessage appearance="success" title={savedTitle}>
          {savedText && <p>{savedText(outcome.version)}</p>}
        </SectionMessage>
      )}
      {outcome?.kind === 'error' && <ResolverErrorMessage error={outcome.error} what={what} />}
      <div className={className}>
        <Button
          type={onSave ? 'button' : 'submit'}
          appearance="primary"
          disabled={saving}
          onClick={onSave}
        >
          {saving ? 'Saving…' : saveLabel}
        </Button>
      </div>
    </>
  );
}
