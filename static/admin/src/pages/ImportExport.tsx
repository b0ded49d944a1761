import { useState } from 'react';
import type { Contract } from '../../../../src/domain/contract/types';
import {
  formatBytes,
  MAX_DOCUMENT_BYTES,
  textSizeError,
} from '../../../../src/domain/documentSize';
import { problemCount } from '../../../../src/domain/validation';
import type { ImportPreview } from '../../../../src/resolvers/views';
import { call, ResolverCallError } from '../../../shared/api';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import type { FieldError } from '../state/errorsByPath';
import { useSessionState } from '../state/useSessionState';
import { ChangesList } from './ChangesList';
import { downloadJson, readFileText } from './download';

type ImportState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'preview'; preview: ImportPreview }
  | { status: 'invalid'; message: string; errors: readonly FieldError[] }
  | { status: 'failed'; message: string }
  | { status: 'applied' };

export const EXPORT_FILE = 'slm-contract.json';

/**
 * Export: the saved contract as `slm-contract.json`. Import: a document pasted or read from a
 * file, previewed by the `previewImport` resolver (what it adds, removes and changes compared
 * with the saved version); "Apply import" puts it in the draft, to be reviewed and saved.
 * A document with errors is only reported, never applied. A file or text over the app's size
 * limit is refused here, before it is read or sent.
 */
export function ImportExport({
  saved,
  version,
  dirty,
  onApply,
}: {
  saved: Contract;
  version: number | null;
  dirty: boolean;
  onApply: (contract: Contract) => void;
}) {
  const [text, setText] = useSessionState('import.text', '');
  const [state, setState] = useSessionState<ImportState>('import.state', { status: 'idle' });
  const [fileError, setFileError] = useState<string | null>(null);
  const exported = JSON.stringify(saved, null, 2);

  const preview = async () => {
    const tooBig = textSizeError(text, '$');
    if (tooBig) {
      setState({ status: 'invalid', message: tooBig.message, errors: [tooBig] });
      return;
    }
    setState({ status: 'loading' });
    try {
      const result = await call<ImportPreview>('previewImport', { json: text });
      setState({ status: 'preview', preview: result });
    } catch (error) {
      if (error instanceof ResolverCallError && error.failure.code === 'invalid') {
        setState({
          status: 'invalid',
          message: error.failure.message,
          errors: error.failure.errors ?? [],
        });
      } else setState({ status: 'failed', message: (error as Error).message });
    }
  };

  return (
    <div className="import-export">
      <section aria-labelledby="export-heading" className="page-section">
        <h2 id="export-heading" className="page-section__heading">
          Export
        </h2>
        <p>
          The saved contract
          {version === null
            ? ' (nothing saved yet: an empty contract)'
            : ` (version ${version})`}{' '}
          as an <code>slm-contract/1</code> document, to import on another site or keep in git.
          {dirty && ' Unsaved changes in the draft are not included.'}
        </p>
        <button
          type="button"
          className="button button--default"
          onClick={() => downloadJson(EXPORT_FILE, saved)}
        >
          Export
        </button>
        <div className="field">
          <label htmlFor="export-json" className="field__label">
            Saved contract (JSON)
          </label>
          <textarea
            id="export-json"
            className="input input--wide input--code"
            readOnly
            rows={10}
            value={exported}
          />
        </div>
      </section>

      <section aria-labelledby="import-heading" className="page-section">
        <h2 id="import-heading" className="page-section__heading">
          Import
        </h2>
        <p>
          Paste an <code>slm-contract/1</code> document or choose a file, and preview what it
          changes. Applying it replaces the whole draft{dirty ? ', unsaved changes included' : ''};
          nothing is saved until you select Save.
        </p>
        <div className="field">
          <label htmlFor="import-file" className="field__label">
            Choose a file
          </label>
          <input
            id="import-file"
            type="file"
            accept=".json,application/json"
            className="file-input"
            aria-describedby={fileError ? 'import-file-error' : undefined}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              if (file.size > MAX_DOCUMENT_BYTES) {
                setFileError(
                  `${file.name} is ${formatBytes(file.size)}: the app imports contracts of at most ${formatBytes(MAX_DOCUMENT_BYTES)} of JSON.`,
                );
                return;
              }
              readFileText(file).then(
                (content) => {
                  setFileError(null);
                  setText(content);
                  setState({ status: 'idle' });
                },
                (error: unknown) => setFileError((error as Error).message),
              );
            }}
          />
          {fileError && (
            <p id="import-file-error" className="field-error">
              {fileError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="import-json" className="field__label">
            Contract JSON to import
          </label>
          <textarea
            id="import-json"
            className="input input--wide input--code"
            rows={10}
            value={text}
            spellCheck={false}
            onChange={(e) => {
              setText(e.target.value);
              if (state.status !== 'idle') setState({ status: 'idle' });
            }}
          />
        </div>
        <button
          type="button"
          className="button button--default"
          disabled={text.trim() === '' || state.status === 'loading'}
          onClick={() => void preview()}
        >
          Preview import
        </button>

        <div className="import-result" aria-live="polite">
          {state.status === 'loading' && <p className="subtle">Checking the document…</p>}
          {state.status === 'failed' && (
            <SectionMessage appearance="error" title="The preview failed">
              <p>{state.message}</p>
            </SectionMessage>
          )}
          {state.status === 'invalid' && (
            <SectionMessage
              appearance="error"
              title={`The document is not a valid contract: ${problemCount(state.errors)} ${problemCount(state.errors) === 1 ? 'error' : 'errors'}`}
            >
              <p>Nothing was imported. Fix the document and preview it again.</p>
              <ul className="import-errors">
                {state.errors.map((e) => (
                  <li key={`${e.path}\n${e.message}`}>
                    <code>{e.path}</code> {e.message}
                  </li>
                ))}
              </ul>
            </SectionMessage>
          )}
          {state.status === 'preview' && (
            <div className="import-preview">
              <h3>Changes compared with the saved version</h3>
              {state.preview.changes.length === 0 ? (
                <p>The document is the same as the saved version.</p>
              ) : (
                <ChangesList changes={state.preview.changes} />
              )}
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  onApply(state.preview.contract);
                  setState({ status: 'applied' });
                }}
              >
                Apply import
              </button>
            </div>
          )}
          {state.status === 'applied' && (
            <SectionMessage appearance="success" title="Imported into the draft">
              <p>Review it on the other tabs, then select Save to make it the new version.</p>
            </SectionMessage>
          )}
        </div>
      </section>
    </div>
  );
}
