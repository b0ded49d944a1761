import { useId } from 'react';
import type { PortalGoalView, PortalRequestView } from '../../../src/resolvers/portalViews';
import { Lozenge } from '../../shared/components/Lozenge';
import { ResolverErrorMessage } from '../../shared/components/ResolverErrorMessage';
import { Spinner } from '../../shared/components/Spinner';
import { goalStateLabel, instantWithZone } from './portalText';
import { RatingSection } from './RatingSection';
import { useResolver } from './useResolver';

/**
 * The request detail: the request's customer-facing goals (the resolver never sends internal
 * ones), what happens next on our side and on theirs, and after resolution the rating form.
 * Instants are shown in the customer's zone, which the view names.
 */
export function RequestDetail() {
  const [load, replace] = useResolver<PortalRequestView>('getPortalRequest');
  if (load.status === 'loading') return <Spinner label="Loading your service level…" />;
  if (load.status === 'failed') {
    return <ResolverErrorMessage error={load.error} what="the service level of this request" />;
  }
  const request = load.data;
  return (
    <div className="portal-request">
      <Goals request={request} />
      <NextSteps request={request} />
      <RatingSection request={request} onRated={replace} />
    </div>
  );
}

function Goals({ request }: { request: PortalRequestView }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 className="portal-heading" id={headingId}>
        Our promises on this request
      </h2>
      {request.agreement && (
        <p className="portal-note">Under your agreement {request.agreement.name}.</p>
      )}
      {request.goals.length === 0 ? (
        <p>No service level applies to this request.</p>
      ) : (
        <ul className="portal-goals">
          {request.goals.map((goal) => (
            <Goal key={goal.goal} goal={goal} timeZone={request.timeZone} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Goal({ goal, timeZone }: { goal: PortalGoalView; timeZone: string }) {
  const headingId = useId();
  const label = goalStateLabel(goal);
  const saysMore = goal.stateText.toLowerCase() !== label.text.toLowerCase();
  return (
    <li className="portal-goal" aria-labelledby={headingId}>
      <div className="portal-goal__header">
        <h3 className="portal-goal__name" id={headingId}>
          {goal.name}
        </h3>
        <Lozenge appearance={label.appearance}>{label.text}</Lozenge>
        {saysMore && <span className="portal-goal__state">{goal.stateText}</span>}
      </div>
      <dl className="portal-facts">
        <div>
          <dt>Target</dt>
          <dd>{goal.target}</dd>
        </div>
        {goal.deadline && (
          <div>
            <dt>
              {goal.state === 'paused' ? 'Deadline if the clock started again now' : 'Deadline'}
            </dt>
            <dd>
              <time dateTime={goal.deadline}>{instantWithZone(goal.deadline, timeZone)}</time>
            </dd>
          </div>
        )}
        {goal.pausedReason && (
          <div>
            <dt>Paused because</dt>
            <dd>{goal.pausedReason}</dd>
          </div>
        )}
        {goal.completedAt && (
          <div>
            <dt>Done</dt>
            <dd>
              <time dateTime={goal.completedAt}>{instantWithZone(goal.completedAt, timeZone)}</time>
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}

function NextSteps({ request }: { request: PortalRequestView }) {
  const oursId = useId();
  const yoursId = useId();
  const ours = request.ourNextStep;
  return (
    <div className="portal-next">
      <section aria-labelledby={oursId}>
        <h2 className="portal-heading" id={oursId}>
          What happens next
        </h2>
        {ours ? (
          <>
            <p>{ours.text}</p>
            {ours.due && (
              <p className="portal-note">
                By <time dateTime={ours.due}>{instantWithZone(ours.due, request.timeZone)}</time>
              </p>
            )}
          </>
        ) : (
          <p>
            {request.resolved ? 'Your request is resolved.' : 'Nothing is due from us right now.'}
          </p>
        )}
      </section>
      <section aria-labelledby={yoursId}>
        <h2 className="portal-heading" id={yoursId}>
          What we need from you
        </h2>
        <p>{request.yourNextStep ?? 'Nothing right now.'}</p>
      </section>
    </div>
  );
}
