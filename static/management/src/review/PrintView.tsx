import { useRef } from 'react';
import type { ReviewDownload } from '../../../../src/resolvers/managementReviewViews';
import { Button } from '../../../shared/components/Button';

/**
 * An issued pack's print-ready document (A4, `@media print`) in a frame of its own, printed from
 * there: the app's frame may not open windows (Forge's sandbox has no `allow-popups`), and the
 * document has no scripts, so its frame allows none.
 */
export function PrintView({
  document,
  onClose,
}: {
  readonly document: ReviewDownload;
  readonly onClose: () => void;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <section className="review-print" aria-label="Print view">
      <div className="review-print__bar">
        <Button appearance="primary" onClick={() => frame.current?.contentWindow?.print()}>
          Print
        </Button>
        <Button onClick={onClose}>Close the print view</Button>
      </div>
      <iframe
        ref={frame}
        className="review-print__frame"
        title={`Print view: ${document.fileName}`}
        sandbox="allow-same-origin allow-modals"
        srcDoc={document.content}
      />
    </section>
  );
}
