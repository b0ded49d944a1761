import { useState } from 'react';
import type {
  IssuedReviewSummary,
  IssuedReviewsView,
  ReviewDownload,
  ReviewDraft,
} from '../../../../src/resolvers/managementReviewViews';
import { call } from '../../../shared/api';
import { Button } from '../../../shared/components/Button';
import { ResolverErrorMessage } from '../../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../../shared/components/SectionMessage';
import { Spinner } from '../../../shared/components/Spinner';
import { downloadFile } from '../../../shared/downloadFile';
import { FormField } from '../../../reports/src/FormField';
import { useResolver } from '../../../reports/src/useResolver';
import { AuditResultsForm, auditResultsPayload, type AuditDraft } from './AuditResultsForm';
import { IssuedReviews } from './IssuedReviews';
import { PrintView } from './PrintView';
import { ReviewPreview } from './ReviewPreview';
import { ReviewSchedule } from './ReviewSchedule';

const NO_PAYLOAD = {};

/**
 * The management review (ISO 9001 §9.3): a draft pack of a period (by default the 12 months
 * before this one) from the records, the audit results and the issue of the pack by a Jira
 * administrator, after confirming, and the issued packs to download or print. Everyone with
 * access reads. `canEdit`: the viewer is a Jira administrator (`getQualityPageAccess`).
 */
export function ReviewTab({ canEdit }: { readonly canEdit: boolean }) {
  const [request, setRequest] = useState<Record<string, unknown>>(NO_PAYLOAD);
  const draft = useResolver<ReviewDraft>('previewManagementReview', request);
  const issued = useResolver<IssuedReviewsView>('listManagementReviews', NO_PAYLOAD);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [audits, setAudits] = useState<readonly AuditDraft[]>([]);
  const [conclusion, setConclusion] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [outcome, setOutcome] = useState<IssuedReviewSummary>();
  const [failure, setFailure] = useState<unknown>();
  const [printed, setPrinted] = useState<ReviewDownload>();

  // Until the viewer picks months, the picker shows the draft's period (the default one first).
  const pack = draft.data?.pack;
  const shownFrom = from || pack?.period.from || '';
  const shownTo = to || pack?.period.to || '';

  const period = pack ? `${pack.period.from} to ${pack.period.to}` : '';
  const nextRevision = (draft.data?.latestIssued?.revision ?? 0) + 1;

  async function issue() {
    if (!pack) return;
    setIssuing(true);
    setFailure(undefined);
    try {
      const summary = await call<IssuedReviewSummary>('issueManagementReview', {
        from: pack.period.from,
        to: pack.period.to,
        auditResults: auditResultsPayload(audits, conclusion),
      });
      setOutcome(summary);
      setConfirming(false);
      issued.reload();
      draft.reload();
    } catch (error) {
      setFailure(error);
      setConfirming(false);
    } finally {
      setIssuing(false);
    }
  }

  async function fetchDocument(p: IssuedReviewSummary, format: 'json' | 'csv' | 'html') {
    setFailure(undefined);
    try {
      return await call<ReviewDownload>('downloadManagementReview', { packId: p.packId, format });
    } catch (error) {
      setFailure(error);
      return undefined;
    }
  }

  return (
    <div className="review">
      <h2>Management review</h2>
      <form
        className="review__period"
        aria-label="Review period"
        onSubmit={(e) => {
          e.preventDefault();
          setOutcome(undefined);
          setRequest({ from: shownFrom, to: shownTo });
        }}
      >
        <FormField label="From">
          {(id) => (
            <input
              id={id}
              type="month"
              value={shownFrom}
              onChange={(e) => setFrom(e.target.value)}
            />
          )}
        </FormField>
        <FormField label="To">
          {(id) => (
            <input id={id} type="month" value={shownTo} onChange={(e) => setTo(e.target.value)} />
          )}
        </FormField>
        <Button type="submit">Preview</Button>
      </form>

      {draft.error !== null && <ResolverErrorMessage error={draft.error} what="the review" />}
      {draft.loading && !pack && <Spinner label="Preparing the review…" />}

      {pack && (
        <>
          <p className="review__facts">
            Draft of {period} ({pack.period.timeZone}), from the records as they stand now.
            {draft.data?.latestIssued
              ? ` Revision ${draft.data.latestIssued.revision} of this period is issued.`
              : ' Not issued yet.'}
          </p>
          {canEdit && (
            <div className="review__issue">
              <AuditResultsForm
                audits={audits}
                conclusion={conclusion}
                onChange={(a, c) => {
                  setAudits(a);
                  setConclusion(c);
                }}
              />
              {!confirming ? (
                <Button appearance="primary" onClick={() => setConfirming(true)}>
                  Issue the review…
                </Button>
              ) : (
                <SectionMessage appearance="warning" title={`Issue the review of ${period}?`}>
                  <p>
                    It is issued as revision {nextRevision} with the figures as they are now and the
                    audit results above. An issued review cannot be changed: issuing again makes a
                    new revision.
                  </p>
                  <div className="review__buttons">
                    <Button appearance="primary" disabled={issuing} onClick={() => void issue()}>
                      Issue revision {nextRevision}
                    </Button>
                    <Button disabled={issuing} onClick={() => setConfirming(false)}>
                      Cancel
                    </Button>
                  </div>
                </SectionMessage>
              )}
            </div>
          )}
          {outcome && (
            <SectionMessage appearance="success" title="Review issued">
              <p>
                Revision {outcome.revision} of {outcome.from} to {outcome.to} is issued.
              </p>
            </SectionMessage>
          )}
          {failure !== undefined && <ResolverErrorMessage error={failure} what="the review" />}
          <ReviewPreview pack={pack} names={draft.data?.names} />
        </>
      )}

      <section aria-labelledby="review-issued" className="review__issued">
        <h3 id="review-issued">Issued reviews</h3>
        {issued.error !== null && (
          <ResolverErrorMessage error={issued.error} what="the issued reviews" />
        )}
        {issued.data && (
          <IssuedReviews
            packs={issued.data.reviews}
            names={issued.data.names}
            onDownload={async (p, format) => {
              const file = await fetchDocument(p, format);
              if (file) downloadFile(file.fileName, file.content, file.mimeType);
            }}
            onPrint={async (p) => setPrinted(await fetchDocument(p, 'html'))}
          />
        )}
      </section>
      {printed && <PrintView document={printed} onClose={() => setPrinted(undefined)} />}
      <ReviewSchedule canEdit={canEdit} />
    </div>
  );
}
