import { useId } from 'react';
import type { PortalProfileView } from '../../../src/resolvers/portalViews';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { SectionMessage } from '../../shared/components/SectionMessage';
import { Spinner } from '../../shared/components/Spinner';
import { AgreementCard } from './AgreementCard';
import { ReportTable } from './ReportTable';
import { useResolver } from './useResolver';

type PortalCustomer = PortalProfileView['customers'][number];

/**
 * The profile panel: for each organisation the viewer speaks for, its agreements with what
 * they promise, and its issued monthly reports to download. The resolver sends only the
 * viewer's own organisations.
 */
export function ProfilePanel() {
  const [load] = useResolver<PortalProfileView>('getPortalProfile');
  if (load.status === 'loading') return <Spinner label="Loading your agreements…" />;
  if (load.status === 'failed') {
    return <ResolverErrorMessage error={load.error} what="your agreements and reports" />;
  }
  const { customers, notice } = load.data;
  return (
    <div className="portal-profile">
      {customers.length === 0 && (
        <SectionMessage appearance="information" title="No agreements to show">
          <p>{notice ?? 'You are not a contact of any organisation with an agreement.'}</p>
        </SectionMessage>
      )}
      {customers.map((customer) => (
        <CustomerSection key={customer.id} customer={customer} />
      ))}
    </div>
  );
}

function CustomerSection({ customer }: { customer: PortalCustomer }) {
  const headingId = useId();
  const agreementsId = useId();
  const reportsId = useId();
  return (
    <section className="portal-customer" aria-labelledby={headingId}>
      <h2 className="portal-customer__name" id={headingId}>
        {customer.name}
      </h2>
      <section aria-labelledby={agreementsId}>
        <h3 className="portal-heading" id={agreementsId}>
          Your agreements
        </h3>
        {customer.agreements.length === 0 ? (
          <p>No agreement is in force.</p>
        ) : (
          customer.agreements.map((agreement) => (
            <AgreementCard key={agreement.id} agreement={agreement} />
          ))
        )}
      </section>
      <section aria-labelledby={reportsId}>
        <h3 className="portal-heading" id={reportsId}>
          Monthly service reports
        </h3>
        {customer.reports.length === 0 ? (
          <p>No report has been issued yet.</p>
        ) : (
          <ReportTable customerName={customer.name} reports={customer.reports} />
        )}
      </section>
    </section>
  );
}
