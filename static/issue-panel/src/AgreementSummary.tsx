import type { IssueSlaView } from '../../../src/resolvers/views';
import './AgreementSummary.css';

/** Which agreement applies and what it was matched on. */
export function AgreementSummary({ view }: { view: IssueSlaView }) {
  const { agreement, customer, environment, product, priority, contractVersion } = view;
  return (
    <section className="agreement" aria-labelledby="agreement-heading">
      <h2 className="subtle-heading" id="agreement-heading">
        Contract
      </h2>
      <dl className="agreement__facts">
        <div>
          <dt>Agreement</dt>
          <dd>
            {agreement?.name ?? '—'}
            {contractVersion !== null && (
              <span className="agreement__aside"> · contract v{contractVersion}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Customer</dt>
          <dd>{customer?.name ?? '—'}</dd>
        </div>
        <div>
          <dt>Environment</dt>
          <dd>
            {environment ? (
              <>
                {environment.name} <span className="agreement__aside">({environment.kind})</span>
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Product</dt>
          <dd>{product ?? '—'}</dd>
        </div>
        <div>
          <dt>Priority</dt>
          <dd>
            {priority ? (
              <>
                {priority.name}{' '}
                <span className="agreement__aside">
                  ({priority.model.name}, internal rank {priority.rank})
                </span>
                {priority.jiraPriority && (
                  <span className="agreement__aside"> · Jira priority {priority.jiraPriority}</span>
                )}
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
