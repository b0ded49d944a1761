import type { IssuedReviewSummary } from '../../../../src/resolvers/managementReviewViews';
import { Button } from '../../../shared/components/Button';
import { personBesideId } from '../../../shared/format';

const issuedAt = (t: number, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(t),
  );

/** The issued packs, newest first, each downloadable as issued and printable. */
export function IssuedReviews({
  packs,
  names = {},
  onDownload,
  onPrint,
}: {
  readonly packs: readonly IssuedReviewSummary[];
  /** The issuers' display names, shown beside the account ids the packs keep. */
  readonly names?: Readonly<Record<string, string>>;
  readonly onDownload: (pack: IssuedReviewSummary, format: 'json' | 'csv' | 'html') => void;
  readonly onPrint: (pack: IssuedReviewSummary) => void;
}) {
  if (packs.length === 0) return <p className="review__facts">No review has been issued yet.</p>;
  return (
    <div className="data-table">
      <table aria-label="Issued management reviews">
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Revision</th>
            <th scope="col">Issued</th>
            <th scope="col">By</th>
            <th scope="col">SHA-256</th>
            <th scope="col">
              <span className="review__hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {packs.map((p) => {
            const name = `${p.from} to ${p.to}, revision ${p.revision}`;
            return (
              <tr key={p.packId}>
                <td>
                  {p.from} to {p.to}
                </td>
                <td>{p.revision}</td>
                <td>{issuedAt(p.issuedAt, p.timeZone)}</td>
                <td>{personBesideId(names, p.issuedBy)}</td>
                <td>
                  <code title={p.contentHash}>{p.contentHash.slice(0, 12)}…</code>
                </td>
                <td className="review__actions">
                  <Button
                    appearance="subtle"
                    aria-label={`Download JSON of ${name}`}
                    onClick={() => onDownload(p, 'json')}
                  >
                    JSON
                  </Button>
                  <Button
                    appearance="subtle"
                    aria-label={`Download CSV of ${name}`}
                    onClick={() => onDownload(p, 'csv')}
                  >
                    CSV
                  </Button>
                  <Button
                    appearance="subtle"
                    aria-label={`Download the print document of ${name}`}
                    onClick={() => onDownload(p, 'html')}
                  >
                    HTML
                  </Button>
                  <Button
                    appearance="subtle"
                    aria-label={`Print ${name}`}
                    onClick={() => onPrint(p)}
                  >
                    Print
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
