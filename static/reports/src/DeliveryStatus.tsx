import type { ReportDeliveryView } from '../../../src/resolvers/views';
import { Button } from '../../shared/components/Button';

const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
const recipients = (n: number) => `${n} recipient${n === 1 ? '' : 's'}`;

/**
 * Where an issued revision went: posted and notified, being delivered, failed (with Jira's error
 * and a retry), or not delivered (issued without notifying, or before a delivery issue was set).
 */
export function DeliveryStatus({
  delivery,
  onRetry,
  busy,
}: {
  delivery: ReportDeliveryView | null;
  onRetry: () => void;
  busy: boolean;
}) {
  if (delivery === null) {
    return (
      <>
        Not delivered{' '}
        <Button appearance="subtle" disabled={busy} onClick={onRetry}>
          Deliver
        </Button>
      </>
    );
  }
  switch (delivery.status) {
    case 'delivered':
      return (
        <>
          Posted on {delivery.issueKey} and notified {recipients(delivery.recipientCount)},{' '}
          {delivery.deliveredAt && (
            <time dateTime={delivery.deliveredAt}>{utc(delivery.deliveredAt)}</time>
          )}
        </>
      );
    case 'failed':
      return (
        <>
          Delivery failed: {delivery.lastError}
          {delivery.attempts < delivery.maxAttempts
            ? ` (attempt ${delivery.attempts} of ${delivery.maxAttempts}; tried again hourly)`
            : ` (after ${delivery.attempts} attempts)`}{' '}
          <Button appearance="subtle" disabled={busy} onClick={onRetry}>
            Retry
          </Button>
        </>
      );
    default:
      return <>Being posted on {delivery.issueKey}…</>;
  }
}
