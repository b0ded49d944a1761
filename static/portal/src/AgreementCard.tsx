import { useId } from 'react';
import type { PortalAgreementSummary } from '../../../src/resolvers/portalViews';
import { validityWords } from './portalText';

/** The priorities the agreement's goals name, in the order they first appear (most urgent first). */
function prioritiesOf(agreement: PortalAgreementSummary): string[] {
  const seen = new Set<string>();
  for (const table of agreement.obligations) {
    for (const t of table.targets) seen.add(t.priority);
  }
  return [...seen];
}

/**
 * One agreement: product, environments, validity, and what it promises: a table with a row per
 * goal and a column per priority, and the hours the clock runs in.
 */
export function AgreementCard({ agreement }: { agreement: PortalAgreementSummary }) {
  const headingId = useId();
  const priorities = prioritiesOf(agreement);
  return (
    <article className="portal-agreement" aria-labelledby={headingId}>
      <h4 className="portal-agreement__name" id={headingId}>
        {agreement.name}
      </h4>
      <dl className="portal-facts">
        <div>
          <dt>Product</dt>
          <dd>{agreement.product}</dd>
        </div>
        {agreement.environments.length > 0 && (
          <div>
            <dt>Environments</dt>
            <dd>{agreement.environments.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>Valid</dt>
          <dd>{validityWords(agreement.validFrom, agreement.validTo)}</dd>
        </div>
      </dl>
      {agreement.obligations.length > 0 && (
        <div className="portal-table-scroll">
          <table className="portal-table" aria-label={`What ${agreement.name} promises`}>
            <thead>
              <tr>
                <th scope="col">Promise</th>
                {priorities.map((p) => (
                  <th scope="col" key={p}>
                    {p}
                  </th>
                ))}
                <th scope="col">Hours</th>
              </tr>
            </thead>
            <tbody>
              {agreement.obligations.map((table) => (
                <tr key={table.goal}>
                  <th scope="row">
                    {table.goalName}
                    {table.issueTypes.length > 0 && (
                      <span className="portal-table__sub">For {table.issueTypes.join(', ')}</span>
                    )}
                  </th>
                  {priorities.map((p) => (
                    <td key={p}>{table.targets.find((t) => t.priority === p)?.target ?? '—'}</td>
                  ))}
                  <td>{table.hours}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
