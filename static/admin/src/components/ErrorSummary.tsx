import type { Contract } from '../../../../src/domain/contract/types';
import { problemCount } from '../../../../src/domain/validation';
import type { FieldError } from '../state/errorsByPath';
import { locate, PART_LABELS } from '../state/navigation';

/** Where an error is, in words: "Calendars › Copenhagen office hours › week.mon[1]". */
export function describeLocation(path: string, draft: Contract): string {
  const where = locate(path);
  if (!where) return path === '$' ? 'Contract' : path.slice(2);
  const parts = [PART_LABELS[where.part]];
  let rest = path.slice(2 + where.part.length);
  if (where.index !== undefined) {
    const item = draft[where.part][where.index] as { id?: string; name?: string } | undefined;
    parts.push(item?.name || item?.id || `item ${where.index + 1}`);
    rest = rest.slice(`[${where.index}]`.length);
  }
  if (rest) parts.push(rest.replace(/^\./, ''));
  return parts.join(' › ');
}

/**
 * How many errors the draft has, each a button that opens its tab and item and focuses the
 * field. Shown above the tabs, so no error is out of sight on another tab.
 */
export function ErrorSummary({
  errors,
  draft,
  onGo,
}: {
  errors: readonly FieldError[];
  draft: Contract;
  onGo: (path: string) => void;
}) {
  // A big draft's list is capped: its last entry counts the errors not listed.
  const count = problemCount(errors);
  return (
    <div className="error-summary-region" aria-live="polite">
      {count > 0 && (
        <section className="error-summary" aria-labelledby="error-summary-heading">
          <h2 id="error-summary-heading" className="error-summary__heading">
            {count} {count === 1 ? 'error' : 'errors'} in the draft
          </h2>
          <p>Fix {count === 1 ? 'it' : 'them'} to save. Select an error to go to its field.</p>
          <ul className="error-summary__list">
            {errors.slice(0, 50).map((e, i) => (
              <li key={`${e.path}\n${e.message}\n${i}`}>
                <button type="button" className="link-button" onClick={() => onGo(e.path)}>
                  {describeLocation(e.path, draft)}
                </button>
                : {e.message}
              </li>
            ))}
            {count > 50 && <li>… and {count - 50} more.</li>}
          </ul>
        </section>
      )}
    </div>
  );
}
